/**
 * The core's view of a workbook: plain rectangles of cells, as a host (Office.js, exceljs) hands them over.
 * Merged areas appear as the value in the top-left cell and empty cells elsewhere, which is what Office.js
 * returns; `merges` is an optional hint.
 */

/** An Excel error value such as `#DIV/0!` or `#REF!`. */
export interface CellErrorValue {
  error: string;
}

export type RawCellValue = number | string | boolean | null | CellErrorValue;

export interface GridCell {
  value: RawCellValue;
  /** Excel number format, e.g. `0.00%`, `#,##0.00`, `General`. */
  numberFormat?: string;
  /** The text Excel displays, when the host knows it. */
  text?: string;
  /** True when the cell holds a formula; `value` is then its cached result. */
  formula?: boolean;
}

/** A rectangle of cells, 0-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Sheet row/column of `cells[0][0]` (0-based); a used range need not start at A1. */
  origin?: { row: number; col: number };
  cells: GridCell[][];
  merges?: CellRange[];
  protected?: boolean;
}

export interface WorkbookGrid {
  /** File name or title, used in reports only. */
  name: string;
  sheets: SheetGrid[];
}

export function isCellError(value: RawCellValue): value is CellErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}
