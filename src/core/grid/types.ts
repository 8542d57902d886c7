/**
 * The core's view of a workbook: the cells that hold something, as a host (Office.js, WPS, an .xlsx reader) hands
 * them over. Empty cells are left out, so memory follows the data, never a sheet's bounding box (one stray value at
 * XFD1048576 costs one cell). Merged areas appear as the value in the top-left cell; `merges` is an optional hint.
 */

/** An Excel error value such as `#DIV/0!` or `#REF!`. */
export interface CellErrorValue {
  error: string;
}

export type RawCellValue = number | string | boolean | null | CellErrorValue;

export interface GridCell {
  /** The value, or a formula's cached result; null when empty (or a formula that was never calculated). */
  value: RawCellValue;
  /** Excel number format, e.g. `0.00%`, `#,##0.00`, `General`. */
  numberFormat?: string;
  /** The text Excel displays, when the host knows it. */
  text?: string;
  /**
   * The formula, without its leading `=`, when the cell holds one (`SUM(B3:B8)`); `value` is then its cached
   * result. '' for a formula whose text the host could not give.
   */
  formula?: string;
}

/** A cell at its place on the sheet (0-based row and column). */
export interface SheetCell extends GridCell {
  row: number;
  col: number;
}

/** A rectangle of cells, 0-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetGrid {
  name: string;
  /** Every cell that holds a value or a formula, in any order; at most one entry per position. */
  cells: SheetCell[];
  merges?: CellRange[];
  protected?: boolean;
  visibility?: SheetVisibility;
  /**
   * Hidden rows (0-based, ascending, no duplicates) among the rows that hold one of `cells`: a reader lists a hidden
   * row only when a cell lies in it, so the list is never longer than `cells`, whatever is hidden (all rows below
   * 200, say). Absent or empty when none.
   */
  hiddenRows?: number[];
  /** Hidden columns, likewise: only those that hold one of `cells` (columns E:XFD hidden cost the occupied ones). */
  hiddenColumns?: number[];
}

export interface WorkbookGrid {
  /** File name or title, used in reports only. */
  name: string;
  sheets: SheetGrid[];
}

export function isCellError(value: RawCellValue): value is CellErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Whether a host cell is worth keeping: it holds a value, or a formula (even one never calculated). */
export function holdsSomething(cell: GridCell): boolean {
  return (cell.value !== null && cell.value !== undefined && cell.value !== '') || cell.formula !== undefined;
}

/**
 * The cells of a dense block of rows (as Office.js or WPS return a used range), placed from `origin`:
 * empty cells are dropped.
 */
export function cellsFromRows(rows: GridCell[][], origin: { row: number; col: number } = { row: 0, col: 0 }): SheetCell[] {
  const out: SheetCell[] = [];
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell && holdsSomething(cell)) out.push({ ...cell, row: origin.row + r, col: origin.col + c });
    }),
  );
  return out;
}

/** Whether the cell holds a formula (its text may be unknown: ''). */
export function isFormula(cell: GridCell | undefined): boolean {
  return cell?.formula !== undefined;
}
