import { CVERR_TEXT, MAX_ADDRESS_TEXT, XL_PATTERN } from '../../../../src/hosts/wps/wpsConstants';
import { hiddenCount, key, parseA1Range, rectToA1, type Rect } from '../../excel/simulated/fake/WorkbookModel';
import type { WpsEnv } from './WpsEnv';
import { NO_FILL, type WpsCellModel, type WpsInteriorModel, type WpsSheetModel } from './WpsModel';

const CODE_OF_ERROR = Object.fromEntries(Object.entries(CVERR_TEXT).map(([code, text]) => [text, Number(code)]));
type Scalar = string | number | boolean | undefined;
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/**
 * A Range of the simulated WPS: one or more rectangular areas of a sheet, read and written at once (WPS's model is
 * synchronous). Value2 / Formula answer a 2-D array (rows) for several cells and a scalar for one; NumberFormat,
 * HasFormula and the Interior answer one value when the cells agree and null when they differ, as COM does.
 */
export class FakeWpsRange {
  readonly areas: Rect[];

  constructor(
    private readonly env: WpsEnv,
    private readonly sheet: () => WpsSheetModel,
    address: string,
  ) {
    if (address.length > MAX_ADDRESS_TEXT) throw new Error(`Range 地址超过 ${MAX_ADDRESS_TEXT} 个字符`);
    this.areas = address.split(',').map((a) => parseA1Range(a));
  }

  private get first(): Rect {
    return this.areas[0];
  }

  /** Every cell position of every area. */
  private positions(): [number, number][] {
    return this.areas.flatMap((r) => Array.from({ length: r.rowCount * r.columnCount }, (_, i): [number, number] => [r.row + Math.floor(i / r.columnCount), r.col + (i % r.columnCount)]));
  }

  private grid<T>(make: (cell: WpsCellModel | undefined) => T): T | T[][] {
    const r = this.first;
    const cells = this.sheet().cells;
    const rows = Array.from({ length: r.rowCount }, (_, i) => Array.from({ length: r.columnCount }, (_, j) => make(cells[key(r.row + i, r.col + j)])));
    return r.rowCount === 1 && r.columnCount === 1 ? rows[0][0] : rows;
  }

  /** One value when every cell agrees, else null. */
  private common<T>(read: (cell: WpsCellModel | undefined) => T): T | null {
    const cells = this.sheet().cells;
    const values = this.positions().map(([r, c]) => read(cells[key(r, c)]));
    return values.every((v) => v === values[0]) ? values[0] : null;
  }

  /**
   * Change every cell; a locked cell of a protected sheet refuses, before anything is changed (a format change only
   * when the protection does not allow formatting cells).
   */
  write(change: (cell: WpsCellModel, row: number, col: number) => void, formatOnly = false): void {
    const sheet = this.sheet();
    const guarded = sheet.protectContents && !(formatOnly && sheet.allowFormattingCells);
    if (guarded && this.positions().some(([r, c]) => sheet.cells[key(r, c)]?.locked !== false)) {
      throw new Error(`您试图更改的单元格位于受保护的工作表「${sheet.name}」中`);
    }
    for (const [r, c] of this.positions()) {
      const k = key(r, c);
      const cell = sheet.cells[k] ?? {};
      change(cell, r, c);
      if (Object.keys(cell).length > 0) sheet.cells[k] = cell;
      else delete sheet.cells[k];
    }
  }

  get Value2(): unknown {
    this.env.count('Range.Value2');
    return this.grid((c) => this.value2Of(c));
  }

  set Value2(value: unknown) {
    this.env.count('Range.Value2=');
    this.enter(value, (cell, entered) => enterValue(cell, entered));
  }

  get Formula(): unknown {
    this.env.count('Range.Formula');
    return this.grid((c) => c?.formula ?? (c?.error ? c.error : c?.value === undefined ? '' : typeof c.value === 'boolean' ? String(c.value).toUpperCase() : String(c.value)));
  }

  set Formula(value: unknown) {
    this.env.count('Range.Formula=');
    this.enter(value, (cell, entered) => enterValue(cell, entered));
  }

  get HasFormula(): unknown {
    this.env.count('Range.HasFormula');
    return this.common((c) => c?.formula !== undefined);
  }

  get NumberFormat(): unknown {
    this.env.count('Range.NumberFormat');
    return this.common((c) => c?.numberFormat ?? 'General');
  }

  set NumberFormat(value: unknown) {
    this.env.count('Range.NumberFormat=');
    if (typeof value !== 'string') throw new TypeError('NumberFormat 只接受文本');
    this.write((cell) => {
      if (value === 'General') delete cell.numberFormat;
      else cell.numberFormat = value;
    }, true);
  }

  get Interior(): FakeWpsInterior {
    this.env.count('Range.Interior');
    return new FakeWpsInterior(this.env, this);
  }

  /** For COUNTA: cells holding a value, a formula or an error. */
  filledCount(): number {
    // Over the cells that exist, not the range's positions: a probe may span a whole sheet.
    return Object.entries(this.sheet().cells).filter(([k, cell]) => {
      const [r, c] = k.split(',').map(Number);
      const inside = this.areas.some((a) => r >= a.row && r < a.row + a.rowCount && c >= a.col && c < a.col + a.columnCount);
      return inside && (cell.value !== undefined || cell.formula !== undefined || cell.error !== undefined);
    }).length;
  }

  get Locked(): boolean | null {
    this.env.count('Range.Locked');
    return this.common((c) => c?.locked !== false);
  }

  readInterior(property: keyof WpsInteriorModel): number | null {
    return this.common((c) => (c?.interior ?? NO_FILL)[property]);
  }

  get Row(): number {
    this.env.count('Range.Row');
    return this.first.row + 1;
  }

  get Column(): number {
    this.env.count('Range.Column');
    return this.first.col + 1;
  }

  get Rows(): { Count: number } {
    this.env.count('Range.Rows');
    const count = this.first.rowCount;
    return { get Count() { return count; } };
  }

  get Columns(): { Count: number } {
    this.env.count('Range.Columns');
    const count = this.first.columnCount;
    return { get Count() { return count; } };
  }

  /** The whole rows of the (first) area: columns A:XFD. */
  get EntireRow(): FakeWpsRange {
    this.env.count('Range.EntireRow');
    const r = this.first;
    return new FakeWpsRange(this.env, this.sheet, rectToA1({ row: r.row, col: 0, rowCount: r.rowCount, columnCount: LAST_COLUMN + 1 }));
  }

  /** The whole columns of the (first) area: rows 1:1048576. */
  get EntireColumn(): FakeWpsRange {
    this.env.count('Range.EntireColumn');
    const r = this.first;
    return new FakeWpsRange(this.env, this.sheet, rectToA1({ row: 0, col: r.col, rowCount: LAST_ROW + 1, columnCount: r.columnCount }));
  }

  /**
   * As COM: of whole rows, whether they are hidden (true all, false none, null some); of whole columns the same;
   * any other range (or several areas) refuses the property.
   */
  get Hidden(): boolean | null {
    this.env.count('Range.Hidden');
    const r = this.first;
    const wholeRows = r.col === 0 && r.columnCount === LAST_COLUMN + 1;
    const wholeColumns = r.row === 0 && r.rowCount === LAST_ROW + 1;
    if (this.areas.length !== 1 || wholeRows === wholeColumns) throw new Error('无法获取 Range 类的 Hidden 属性');
    const sheet = this.sheet();
    const [hidden, count] = wholeRows ? [hiddenCount(sheet.hiddenRows, r.row, r.rowCount), r.rowCount] : [hiddenCount(sheet.hiddenColumns, r.col, r.columnCount), r.columnCount];
    return hidden === 0 ? false : hidden === count ? true : null;
  }

  ClearContents(): boolean {
    this.env.count('Range.ClearContents');
    this.write((cell) => enterValue(cell, null));
    return true;
  }

  /** Setting a width sets the width of every column the range touches; a protected sheet refuses it. */
  set ColumnWidth(characters: number) {
    this.env.count('Range.ColumnWidth=');
    const sheet = this.sheet();
    if (sheet.protectContents && sheet.allowFormattingCells !== true) throw new Error(`您试图更改的单元格位于受保护的工作表「${sheet.name}」中`);
    if (!(characters >= 0 && characters <= 255)) throw new Error('列宽无效');
    for (const r of this.areas) for (let c = r.col; c < r.col + r.columnCount; c++) (sheet.columnWidths ??= {})[c] = characters;
  }

  /** The top-left cell's note: null when it has none, else its Text() and Delete(). */
  get Comment(): { Text(): string; Delete(): boolean } | null {
    this.env.count('Range.Comment');
    const sheet = this.sheet();
    const k = key(this.first.row, this.first.col);
    if (sheet.cells[k]?.comment === undefined) return null;
    const env = this.env;
    const guard = () => this.formattable(sheet);
    return {
      Text: () => (env.count('Comment.Text'), sheet.cells[k].comment ?? ''),
      Delete: () => {
        env.count('Comment.Delete');
        guard();
        delete sheet.cells[k].comment;
        return true;
      },
    };
  }

  /** A note on the cell; WPS (as Excel) refuses a second one, and a protected sheet refuses it unless it allows formatting. */
  AddComment(text: string): boolean {
    this.env.count('Range.AddComment');
    const sheet = this.sheet();
    this.formattable(sheet);
    const k = key(this.first.row, this.first.col);
    if (sheet.cells[k]?.comment !== undefined) throw new Error('该单元格已有批注');
    sheet.cells[k] = { ...(sheet.cells[k] ?? {}), comment: text };
    return true;
  }

  private formattable(sheet: WpsSheetModel): void {
    if (sheet.protectContents && sheet.allowFormattingCells !== true) throw new Error(`您试图更改的单元格位于受保护的工作表「${sheet.name}」中`);
  }

  /** A filter over the range (one area only, as in WPS). */
  AutoFilter(): boolean {
    this.env.count('Range.AutoFilter');
    if (this.areas.length !== 1) throw new Error('该命令不能用于多重选定区域');
    this.sheet().autoFilter = rectToA1(this.first);
    return true;
  }

  /** WPS selects only on the active sheet, and never on a hidden one. */
  Select(): boolean {
    this.env.count('Range.Select');
    const sheet = this.sheet();
    if (this.env.model.activeSheet !== sheet.name || sheet.visible !== -1) throw new Error('Range 类的 Select 方法无效');
    this.env.model.selection = { sheet: sheet.name, address: this.areas.map((r) => rectToA1(r)).join(',') };
    return true;
  }

  private value2Of(cell: WpsCellModel | undefined): Scalar {
    if (cell?.error) return this.env.options.errorsAs === 'code' ? CODE_OF_ERROR[cell.error] : cell.error;
    return cell?.value;
  }

  /** Assign one value to every cell, or a 2-D array of exactly the (single) area's shape. */
  private enter(value: unknown, put: (cell: WpsCellModel, entered: Scalar | null) => void): void {
    if (!Array.isArray(value)) {
      this.write((cell) => put(cell, value as Scalar | null));
      return;
    }
    const r = this.first;
    const shaped = this.areas.length === 1 && value.length === r.rowCount && value.every((row) => Array.isArray(row) && row.length === r.columnCount);
    if (!shaped) throw new Error('数组的行列数与区域不符（模拟主机只接受与区域同形的二维数组）');
    this.write((cell, row, col) => put(cell, (value as Scalar[][])[row - r.row][col - r.col]));
  }
}

/** What WPS stores for a value entered through Value2: text is read as typed unless the cell is text-formatted. */
export function enterValue(cell: WpsCellModel, entered: Scalar | null): void {
  delete cell.formula;
  delete cell.error;
  delete cell.value;
  if (entered === undefined || entered === null || entered === '') return;
  if (typeof entered !== 'string' || cell.numberFormat === '@') {
    cell.value = entered;
    return;
  }
  if (entered.startsWith("'")) cell.value = entered.slice(1);
  else if (entered.startsWith('=')) cell.formula = entered;
  else if (entered in CODE_OF_ERROR) cell.error = entered;
  else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(entered.trim())) cell.value = Number(entered);
  else if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(entered.trim())) {
    cell.value = Number(entered.trim().slice(0, -1)) / 100;
    if (!cell.numberFormat) cell.numberFormat = '0%';
  } else if (/^(TRUE|FALSE)$/i.test(entered)) cell.value = entered.toUpperCase() === 'TRUE';
  else cell.value = entered;
}

/** A range's Interior: reads agree-or-null across the cells, writes change every cell. */
export class FakeWpsInterior {
  constructor(
    private readonly env: WpsEnv,
    private readonly range: FakeWpsRange,
  ) {}

  private get(property: keyof WpsInteriorModel, member: string): number | null {
    this.env.count(`Interior.${member}`);
    return this.range.readInterior(property);
  }

  private set(member: string, change: (interior: WpsInteriorModel) => WpsInteriorModel | null): void {
    this.env.count(`Interior.${member}=`);
    this.range.write((cell) => {
      const next = change({ ...(cell.interior ?? NO_FILL) });
      if (next && next.pattern !== XL_PATTERN.none) cell.interior = next;
      else delete cell.interior;
    }, true);
  }

  get Color(): number | null {
    return this.get('color', 'Color');
  }
  /** Giving a colour to an unfilled cell makes its fill solid, as in WPS and Excel. */
  set Color(value: number) {
    this.set('Color', (i) => ({ ...i, color: checkedColour(value), pattern: i.pattern === XL_PATTERN.none ? XL_PATTERN.solid : i.pattern }));
  }
  get Pattern(): number | null {
    return this.get('pattern', 'Pattern');
  }
  set Pattern(value: number) {
    if (value === XL_PATTERN.linearGradient || value === XL_PATTERN.rectangularGradient) throw new Error('渐变填充不能通过 Pattern 设置');
    this.set('Pattern', (i) => (value === XL_PATTERN.none ? null : { ...i, pattern: value }));
  }
  get PatternColor(): number | null {
    return this.get('patternColor', 'PatternColor');
  }
  set PatternColor(value: number) {
    this.set('PatternColor', (i) => ({ ...i, patternColor: checkedColour(value) }));
  }
  get TintAndShade(): number | null {
    return this.get('tintAndShade', 'TintAndShade');
  }
  set TintAndShade(value: number) {
    this.set('TintAndShade', (i) => ({ ...i, tintAndShade: value }));
  }
  get PatternTintAndShade(): number | null {
    return this.get('patternTintAndShade', 'PatternTintAndShade');
  }
  set PatternTintAndShade(value: number) {
    this.set('PatternTintAndShade', (i) => ({ ...i, patternTintAndShade: value }));
  }
}

function checkedColour(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffff) throw new TypeError(`颜色应为 0–16777215 的 BGR 整数：${String(value)}`);
  return value;
}
