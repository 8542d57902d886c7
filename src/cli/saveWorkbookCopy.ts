import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { TEXT } from './messages';

/** A copy could not be written (same path as the input, or the file system refused); exit code 2. */
export class WorkbookWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookWriteError';
  }
}

/** True when `out` names the same file as `input`: same resolved path, through symlinks, or the same inode. */
export function isSameFile(input: string, out: string): boolean {
  const real = (p: string) => {
    const absolute = path.resolve(p);
    try {
      return fs.realpathSync(absolute);
    } catch {
      // The output usually does not exist yet: resolve its folder, which may itself be a link.
      try {
        return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute));
      } catch {
        return absolute;
      }
    }
  };
  if (real(input) === real(out)) return true;
  try {
    const a = fs.statSync(input);
    const b = fs.statSync(out);
    return a.dev === b.dev && a.ino === b.ino; // a hard link
  } catch {
    return false;
  }
}

/**
 * Write the workbook to `out`, never over `input`. It is written beside `out` first and renamed into place,
 * so a failure half-way leaves no truncated workbook where the user expects one.
 */
export async function saveWorkbookCopy(workbook: ExcelJS.Workbook, input: string, out: string): Promise<void> {
  if (isSameFile(input, out)) throw new WorkbookWriteError(TEXT.samePath(out, input));
  const temporary = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(temporary);
    fs.renameSync(temporary, out);
  } catch (error) {
    try {
      fs.unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    const detail = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    throw new WorkbookWriteError(TEXT.writeFailed(out, String(detail)));
  }
}

/** Transitional: the exceljs model the copy is written from. */
export async function loadForWriting(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}
