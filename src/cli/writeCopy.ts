import { TEXT, WRITE_FAILURE } from './messages';
import { WorkbookWriteError, writeAtomically } from './outputFile';
import type { XlsxBook } from './xlsx/readWorkbook';
import { ReadFailure } from './xlsx/ReadFailure';
import { CopyRefused, editWorkbook, type SheetWrites } from './xlsx/write/editWorkbook';

/**
 * Write a copy of `input` to `out` with these writes and nothing else changed (see editWorkbook), through a
 * temporary file. Returns the writes refused because the cell holds a formula; every failure is a
 * WorkbookWriteError with a reason in words.
 */
export async function writeCopy(input: string, out: string, book: XlsxBook, writes: SheetWrites[]): Promise<{ sheet: string; row: number; col: number }[]> {
  let refused: { sheet: string; row: number; col: number }[] = [];
  try {
    await writeAtomically(out, async (fd) => {
      refused = await editWorkbook(input, book, writes, fd, out);
    });
  } catch (error) {
    if (error instanceof CopyRefused) throw new WorkbookWriteError(TEXT.writeFailed(out, WRITE_FAILURE[error.kind]));
    if (error instanceof SyntaxError || error instanceof ReadFailure || error instanceof RangeError) {
      throw new WorkbookWriteError(TEXT.writeFailed(out, WRITE_FAILURE.malformed));
    }
    throw error;
  }
  return refused;
}
