import type { WorkbookGrid } from '../core';
import { READ_FAILURE } from './messages';
import type { ReadLimits } from './xlsx/limits';
import { ReadFailure } from './xlsx/ReadFailure';
import { readWorkbook, type ReadOptions, type XlsxBook } from './xlsx/readWorkbook';

/** A workbook that could not be read, with the reason in words a user understands. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly kind: ReadFailure['kind'],
  ) {
    super(`${file}: ${reason}`);
    this.name = 'WorkbookReadError';
  }
}

/** Read an .xlsx into core grids; every failure becomes a WorkbookReadError with a reason in words. */
export async function readXlsx(file: string, displayName = file, limits?: ReadLimits, options?: ReadOptions): Promise<{ grid: WorkbookGrid; book: XlsxBook }> {
  try {
    return await readWorkbook(file, displayName, limits, options);
  } catch (error) {
    if (!(error instanceof ReadFailure)) throw error;
    throw new WorkbookReadError(displayName, READ_FAILURE[error.kind](error.detail), error.kind);
  }
}
