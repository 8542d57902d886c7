import { columnLetters } from '../../../../../src/core/grid/address';
/**
 * The simulated host's workbook: plain JSON (so a fixture converted in Node can be shipped into the browser), with
 * cells keyed "row,col" (0-based). It is what Excel would save: values, formulas, formats, fills (theme colours,
 * tints, patterns, gradients), borders, locks, sheet ids, visibility and protection, and the add-in's settings.
 */
export interface FillModel {
  /** #RRGGBB; ignored when `themeColor` is set. */
  color?: string;
  /** A theme colour by name (accent1 …), resolved through THEME_COLORS as Excel resolves the workbook's theme. */
  themeColor?: keyof typeof THEME_COLORS;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
  /** A gradient fill: Office.js reads it (pattern LinearGradient / RectangularGradient) but cannot set one. */
  gradient?: { kind: 'LinearGradient' | 'RectangularGradient'; stops: string[] };
}

/** The Office theme's colours (Excel 2013 and later). */
export const THEME_COLORS = {
  dark1: '#000000',
  light1: '#FFFFFF',
  dark2: '#44546A',
  light2: '#E7E6E6',
  accent1: '#4472C4',
  accent2: '#ED7D31',
  accent3: '#A5A5A5',
  accent4: '#FFC000',
  accent5: '#5B9BD5',
  accent6: '#70AD47',
} as const;

export interface CellModel {
  value?: string | number | boolean | null;
  /** An Excel error such as #DIV/0!, shown in `values` as that text. */
  error?: string;
  /** Formula text starting with "="; `value` is its cached result. */
  formula?: string;
  numberFormat?: string;
  fill?: FillModel;
  /** A border (or any other formatting): no value, yet part of the used range unless `valuesOnly`. */
  border?: boolean;
  /** Excel's cells are locked unless unlocked; the lock matters only while the sheet is protected. */
  locked?: boolean;
  /** The cell's note (批注). */
  note?: string;
}

export interface SheetModel {
  /** Stable across renames, as Worksheet.id; createFakeHost gives one to a sheet without. */
  id?: string;
  name: string;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  protected?: boolean;
  /** What a protected sheet still allows. */
  protection?: { allowFormatCells?: boolean };
  cells: Record<string, CellModel>;
  /** Hidden rows as spans (0-based, inclusive), as a sheet stores them: rows 200:1048576 are one span. */
  hiddenRows?: LineSpan[];
  /** Hidden columns likewise (E:XFD is [4, 16383]). */
  hiddenColumns?: LineSpan[];
  /** Column widths set (points), by 0-based column. */
  columnWidths?: Record<number, number>;
  /** Rows frozen at the top (freezePanes.freezeRows). */
  freezeRows?: number;
  /** The range an AutoFilter applies to. */
  autoFilter?: Rect;
  /** Page layout set (orientation Landscape/Portrait, paperSize A4 …). */
  pageLayout?: { orientation?: string; paperSize?: string };
}

/** A run of hidden rows or columns, 0-based, inclusive. */
export type LineSpan = [first: number, last: number];

/** How many of the lines [first, first + count) the spans hide, without visiting them (a span may cover 1,048,576). */
export function hiddenCount(spans: LineSpan[] | undefined, first: number, count: number): number {
  const last = first + count - 1;
  let hidden = 0;
  // Spans may overlap: each line counts once, clipped against what the spans before it reached.
  let reached = first - 1;
  for (const [a, b] of [...(spans ?? [])].sort((x, y) => x[0] - y[0])) {
    const from = Math.max(a, reached + 1);
    const to = Math.min(b, last);
    if (to >= from) hidden += to - from + 1;
    reached = Math.max(reached, to);
  }
  return hidden;
}

/** "6:8" or "D:F" (or one line) as a 0-based span, `index` reading one end. */
export function lineSpan(text: string, index: (part: string) => number): LineSpan {
  const [a, b = a] = text.split(':').map(index);
  return [Math.min(a, b), Math.max(a, b)];
}

export function isLineHidden(spans: LineSpan[] | undefined, line: number): boolean {
  return (spans ?? []).some(([a, b]) => line >= a && line <= b);
}

export interface WorkbookModel {
  name: string;
  sheets: SheetModel[];
  settings: Record<string, unknown>;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  /** The newest ExcelApi 1.x this Excel supports, as its minor number (Office 2019: 8; default: the latest). */
  excelApi?: number;
  /** Office's theme colours (`Office.context.officeTheme`), as Excel on Windows gives them; absent on the web. */
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
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

export function holdsValue(cell: CellModel | undefined): boolean {
  if (!cell) return false;
  return (cell.value !== undefined && cell.value !== null && cell.value !== '') || Boolean(cell.error) || Boolean(cell.formula);
}

/** Blank for Excel's used range: no value and no formatting (a border, a fill, a number format, an unlocked cell). */
export function isBlank(cell: CellModel | undefined): boolean {
  if (!cell) return true;
  return !holdsValue(cell) && !cell.fill && !cell.border && cell.locked !== false && (!cell.numberFormat || cell.numberFormat === 'General');
}

/**
 * Excel's used range: the bounding box of every cell that is not blank (with `valuesOnly`, of every cell holding a
 * value or formula), within `inside` when given (Range.getUsedRangeOrNullObject); null when there is none.
 */
export function usedRect(sheet: SheetModel, valuesOnly = false, inside?: Rect): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, cell] of Object.entries(sheet.cells)) {
    if (valuesOnly ? !holdsValue(cell) : isBlank(cell)) continue;
    const [r, c] = k.split(',').map(Number);
    if (inside && (r < inside.row || c < inside.col || r >= inside.row + inside.rowCount || c >= inside.col + inside.columnCount)) continue;
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

/**
 * A test's hands on a simulated workbook's model, the same for every simulated host: a sheet by name, a cell by A1,
 * and the edits a user makes behind the add-in's back.
 */
export function modelEditing<Cell, Sheet extends { name: string; cells: Record<string, Cell> }>(model: { sheets: Sheet[] }) {
  const sheet = (name: string): Sheet => {
    const found = model.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  const at = (address: string) => {
    const r = parseA1Range(address);
    return key(r.row, r.col);
  };
  return {
    sheet,
    cell: (name: string, address: string): Cell | undefined => sheet(name).cells[at(address)],
    edit: (name: string, address: string, cell: Cell | undefined): void => {
      if (cell) sheet(name).cells[at(address)] = cell;
      else delete sheet(name).cells[at(address)];
    },
    deleteSheet: (name: string): void => {
      model.sheets.splice(model.sheets.indexOf(sheet(name)), 1);
    },
  };
}
