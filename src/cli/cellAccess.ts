import ExcelJS from 'exceljs';
import type { CellContent } from './workbookTypes';

/** exceljs keeps sheet protection in an untyped property; a sheet counts as protected when `sheet` is set. */
export function isProtected(worksheet: ExcelJS.Worksheet): boolean {
  return Boolean((worksheet as unknown as { sheetProtection?: { sheet?: unknown } | null }).sheetProtection?.sheet);
}

export function isFormulaCell(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula || Boolean(cell.formula);
}

/** A covered cell of a merged area (not its top-left): exceljs would silently write to the top-left instead. */
export function isMergedNonMaster(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/** The cell's content as the report shows it: numbers stay numbers, rich text becomes its text. */
export function cellContent(cell: ExcelJS.Cell): CellContent {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellContentOf((value as { result?: unknown }).result);
    if ('error' in value) return String(value.error);
    if ('text' in value) return String((value as { text: unknown }).text);
  }
  return String(value);
}

function cellContentOf(value: unknown): CellContent {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Give one cell its own style object before changing it: exceljs shares one style object between all cells
 * read with the same style id, so `cell.fill = …` would repaint every cell that shares it.
 */
export function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}
