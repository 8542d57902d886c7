import { columnLetters } from '../../../../../src/core/grid/address';
/**
 * The simulated host's workbook: plain JSON (so a fixture converted in Node can be shipped into the browser), with
 * cells keyed "row,col" (0-based). It is what Excel would save: values, formulas, formats, fills, protection and
 * the add-in's document settings.
 */
export interface FillModel {
  color: string;
  pattern: string;
  patternColor: string;
}

export interface CellModel {
  value?: string | number | boolean | null;
  /** An Excel error such as #DIV/0!, shown in `values` as that text. */
  error?: string;
  /** Formula text starting with "="; `value` is its cached result. */
  formula?: string;
  numberFormat?: string;
  fill?: FillModel;
}

export interface SheetModel {
  name: string;
  protected?: boolean;
  cells: Record<string, CellModel>;
}

export interface WorkbookModel {
  name: string;
  sheets: SheetModel[];
  settings: Record<string, unknown>;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
}

export interface Rect {
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
}

export function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function isBlank(cell: CellModel | undefined): boolean {
  if (!cell) return true;
  const noValue = cell.value === undefined || cell.value === null || cell.value === '';
  return noValue && !cell.error && !cell.formula && !cell.fill && (!cell.numberFormat || cell.numberFormat === 'General');
}

/** Excel's used range (values and formats): the bounding box of every cell that is not blank, or null. */
export function usedRect(sheet: SheetModel): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, cell] of Object.entries(sheet.cells)) {
    if (isBlank(cell)) continue;
    const [r, c] = k.split(',').map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return bottom < 0 ? null : { row: top, col: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** What Office.js returns in `values` for a cell. */
export function officeValue(cell: CellModel | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.error) return cell.error;
  return cell.value === undefined || cell.value === null ? '' : cell.value;
}

/** What Office.js returns in `formulas`: the formula, else the constant as entered. */
export function officeFormula(cell: CellModel | undefined): string | number | boolean {
  return cell?.formula ?? officeValue(cell);
}

export function rectToA1(rect: Rect): string {
  const tl = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return tl;
  return `${tl}:${columnLetters(rect.col + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/** "B3" or "B3:D7" (no sheet part) as a rectangle. */
export function parseA1Range(address: string): Rect {
  const parts = address.replace(/\$/g, '').toUpperCase().split(':');
  const points = parts.map((p) => {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(p);
    if (!m) throw new RangeError(`bad address ${address}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  });
  const [a, b = a] = points;
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rowCount: Math.abs(b.row - a.row) + 1, columnCount: Math.abs(b.col - a.col) + 1 };
}

export function cloneModel(model: WorkbookModel): WorkbookModel {
  return JSON.parse(JSON.stringify(model)) as WorkbookModel;
}
