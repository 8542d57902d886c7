import ExcelJS from 'exceljs';
import * as fs from 'fs';
import { holdsSomething, type CellRange, type GridCell, type RawCellValue, type SheetCell, type SheetGrid, type WorkbookGrid } from '../core';
import { READ_FAILURE } from './messages';

/** A workbook that could not be read, with the reason in words a user understands. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'WorkbookReadError';
  }
}

/** Read an .xlsx into core grids: cached values of formulas, number formats, merges (top-left keeps the value). */
export async function readXlsx(file: string, displayName = file): Promise<{ grid: WorkbookGrid; workbook: ExcelJS.Workbook }> {
  const problem = sniffFile(file);
  if (problem) throw new WorkbookReadError(displayName, problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new WorkbookReadError(displayName, describeReadFailure(error));
  }
  // A zip that is not a spreadsheet (a .docx, an archive) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw new WorkbookReadError(displayName, READ_FAILURE.noSheets);
  return { grid: toWorkbookGrid(workbook, displayName), workbook };
}

export function toWorkbookGrid(workbook: ExcelJS.Workbook, name: string): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((worksheet) => sheets.push(toSheetGrid(worksheet)));
  return { name, sheets };
}

function toSheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const cells: SheetCell[] = [];
  // Only the cells exceljs holds: memory follows the data, not the bounding box.
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const content = toGridCell(cell);
      if (holdsSomething(content)) cells.push({ ...content, row: r - 1, col: c - 1 });
    });
  });
  const merges: CellRange[] = (worksheet.model.merges ?? []).map(parseRange);
  return { name: worksheet.name, cells, merges, protected: Boolean((worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) };
}

function toGridCell(cell: ExcelJS.Cell): GridCell {
  const numberFormat = cell.numFmt || undefined;
  if (cell.type === ExcelJS.ValueType.Merge) return { value: null };
  const value = cell.value;
  if (value === null || value === undefined) return { value: null, numberFormat };
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = typeof cell.formula === 'string' ? cell.formula : '';
      return { value: plainValue((value as ExcelJS.CellFormulaValue).result), numberFormat, formula };
    }
    if ('richText' in value) return { value: value.richText.map((part) => part.text).join(''), numberFormat };
    if ('error' in value) return { value: { error: String(value.error) }, numberFormat };
    if ('text' in value) return { value: String((value as { text: unknown }).text), numberFormat };
  }
  return { value: plainValue(value), numberFormat };
}

function plainValue(value: unknown): RawCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'error' in value) return { error: String((value as { error: unknown }).error) };
  if (typeof value === 'object' && 'richText' in value) {
    return (value as { richText: { text: string }[] }).richText.map((p) => p.text).join('');
  }
  return String(value);
}

function parseRange(range: string): CellRange {
  const [a, b = a] = range.split(':');
  const decode = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''))!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const start = decode(a);
  const end = decode(b);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/**
 * Look at the file before exceljs does: its own messages for an empty or non-zip file are about zip internals
 * ("End of data reached", "central directory"), and a directory or an old .xls deserve a reason of their own.
 */
function sniffFile(file: string): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    return describeReadFailure(error);
  }
  if (stat.isDirectory()) return READ_FAILURE.directory;
  if (stat.size === 0) return READ_FAILURE.empty;
  const head = Buffer.alloc(8);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    fs.readSync(fd, head, 0, head.length, 0);
  } catch (error) {
    return describeReadFailure(error);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (head.readUInt32BE(0) === 0xd0cf11e0) return READ_FAILURE.legacyXls; // OLE2 compound file
  if (head[0] !== 0x50 || head[1] !== 0x4b) return READ_FAILURE.notZip; // "PK"
  return null;
}

function describeReadFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT' || /^File not found/.test(message)) return READ_FAILURE.notFound;
  if (code === 'EISDIR') return READ_FAILURE.directory;
  if (code === 'EACCES' || code === 'EPERM') return READ_FAILURE.permission;
  if (/end of central directory|end of data|zip|signature|corrupt|invalid|unexpected end/i.test(message)) return READ_FAILURE.corrupt;
  return READ_FAILURE.other(message);
}
