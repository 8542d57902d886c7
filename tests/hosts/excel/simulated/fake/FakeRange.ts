import { FakeClientObject, type FakeEnv } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import { FakeRangeFill } from './FakeRangeFill';
import type { FakeWorksheet } from './FakeWorksheet';
import { typedEntry } from './typedEntry';
import { hiddenCount, isLineHidden, key, officeFormula, officeValue, rectToA1, usedRect, type CellModel, type LineSpan, type Rect, type SheetModel } from './WorkbookModel';

type Cells = (string | number | boolean)[][];

/** A range proxy over a rectangle of its worksheet; the rectangle is settled when the first queued action runs. */
export class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;
  private settled: Rect | null | undefined;

  constructor(
    env: FakeEnv,
    readonly worksheet: FakeWorksheet,
    private readonly locate: () => Rect | null,
    private readonly nullable: boolean,
  ) {
    super(env);
    this.format = new FakeRangeFormat(env, this);
    if (nullable) this.queueExistence(() => this.rect(false) !== null);
    else this.setLoaded('isNullObject', false);
  }

  rect(required = true): Rect | null {
    if (this.settled === undefined) this.settled = this.locate();
    if (!this.settled && required) throw new FakeOfficeError('InvalidOperation', 'the range is a null object');
    return this.settled;
  }

  private area(): Rect {
    return this.rect() as Rect;
  }

  /** Cells of the range for a read or write; over the host's per-range limit Excel refuses. */
  private cellsOf(sheet: SheetModel, make: (cell: CellModel | undefined, row: number, col: number) => string | number | boolean): Cells {
    const r = this.area();
    if (r.rowCount * r.columnCount > this.env.limits.maxCellsPerRange) {
      throw new FakeOfficeError('RangeExceedsLimit', `${r.rowCount * r.columnCount} cells exceed ${this.env.limits.maxCellsPerRange}`);
    }
    return Array.from({ length: r.rowCount }, (_, i) =>
      Array.from({ length: r.columnCount }, (_, j) => make(sheet.cells[key(r.row + i, r.col + j)], r.row + i, r.col + j)),
    );
  }

  /** Range.rowHidden and columnHidden came with ExcelApi 1.2: an older Excel refuses the load at sync. */
  override load(propertyNames: string | string[]): this {
    const names = Array.isArray(propertyNames) ? propertyNames : propertyNames.split(',').map((n) => n.trim());
    for (const name of names) if (name === 'rowHidden' || name === 'columnHidden' || name === 'hidden') this.requireApi(2, `Range.${name}`);
    return super.load(propertyNames);
  }

  protected readProperty(name: string): unknown {
    if (this.worksheet.isNull() || (this.nullable && this.rect(false) === null)) return null;
    const sheet = this.worksheet.sheet();
    const r = this.area();
    switch (name) {
      case 'rowHidden':
        return allOrNone(hiddenCount(sheet.hiddenRows, r.row, r.rowCount), r.rowCount);
      case 'columnHidden':
        return allOrNone(hiddenCount(sheet.hiddenColumns, r.col, r.columnCount), r.columnCount);
      case 'rowIndex':
        return r.row;
      case 'columnIndex':
        return r.col;
      case 'rowCount':
        return r.rowCount;
      case 'columnCount':
        return r.columnCount;
      case 'address':
        return `${sheet.name}!${rectToA1(r)}`;
      case 'values':
        this.env.queue.countCells(r.rowCount * r.columnCount);
        return this.cellsOf(sheet, (c) => officeValue(c));
      case 'formulas':
        return this.cellsOf(sheet, (c) => officeFormula(c));
      case 'numberFormat':
        return this.cellsOf(sheet, (c) => c?.numberFormat ?? 'General');
      default:
        throw new FakeOfficeError('InvalidArgument', `Range.${name} is not simulated`);
    }
  }

  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get address(): string {
    return this.loadedValue('address');
  }
  get rowHidden(): boolean | null {
    return this.loadedValue('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.loadedValue('columnHidden');
  }
  get values(): Cells {
    return this.loadedValue('values');
  }
  /** Strings are parsed as if typed (typedEntry): '5' becomes 5, '98%' 0.98, '2018-12-31' a date, unless the cell is text ("@"). */
  set values(values: Cells) {
    this.queueCellWrite('values', 'content', values, (cell, v) => enter(cell, v));
  }
  get numberFormat(): Cells {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(formats: Cells) {
    this.queueCellWrite('numberFormat', 'format', formats, (cell, v) => {
      cell.numberFormat = String(v);
    });
  }
  get formulas(): Cells {
    return this.loadedValue('formulas');
  }
  set formulas(formulas: Cells) {
    this.queueCellWrite('formulas', 'content', formulas, (cell, v) => enter(cell, v));
  }

  private queueCellWrite(what: string, kind: 'content' | 'format', data: Cells, apply: (cell: CellModel, value: string | number | boolean) => void): void {
    const copy = JSON.parse(JSON.stringify(data)) as Cells;
    this.queueWrite(copy, () => {
      const r = this.area();
      const sheet = this.worksheet.writableSheet(kind, r);
      if (copy.length !== r.rowCount || copy.some((row) => row.length !== r.columnCount)) {
        throw new FakeOfficeError('InvalidArgument', `${what}: the array does not match the size of the range ${rectToA1(r)}`);
      }
      this.forEachCell(sheet, (cell, i, j) => apply(cell, copy[i][j]));
    });
  }

  /** Visit every cell of the range in the model, creating it as needed (for writes). */
  forEachCell(sheet: SheetModel, visit: (cell: CellModel, i: number, j: number) => void): void {
    const r = this.area();
    for (let i = 0; i < r.rowCount; i++) {
      for (let j = 0; j < r.columnCount; j++) {
        const k = key(r.row + i, r.col + j);
        const cell = (sheet.cells[k] ??= {});
        visit(cell, i, j);
      }
    }
  }

  /** The visible cells of the range (ExcelApi 1.3): those whose row and column are both visible. */
  getVisibleView(): FakeRangeView {
    this.requireApi(3, 'Range.getVisibleView');
    return new FakeRangeView(this.env, this);
  }

  /** The used range within this range (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.requireApi(4, 'Range.getUsedRangeOrNullObject');
    return new FakeRange(this.env, this.worksheet, () => usedRect(this.worksheet.sheet(), valuesOnly, this.area()), true);
  }

  select(): void {
    this.queueWrite('select', () => {
      const sheet = this.worksheet.visibleSheet();
      this.env.model.activeSheet = sheet.name;
      this.env.model.selection = { sheet: sheet.name, address: rectToA1(this.area()) };
    });
  }
}

/** A value written to a cell: a string as if typed, anything else as it is; '' empties the cell. */
function enter(cell: CellModel, v: string | number | boolean | null): void {
  delete cell.formula;
  delete cell.error;
  delete cell.value;
  if (v === '' || v === null) return;
  if (typeof v !== 'string') {
    cell.value = v;
    return;
  }
  const typed = typedEntry(v, cell.numberFormat);
  if (typed.numberFormat) cell.numberFormat = typed.numberFormat;
  if (typed.formula) cell.formula = typed.formula;
  if (typed.error) cell.error = typed.error;
  if (typed.value !== undefined && typed.value !== null) cell.value = typed.value;
}

/** Range.format.protection (ExcelApi 1.2): whether the top-left cell is locked; cells are locked by default. */
export class FakeRangeProtection extends FakeClientObject {
  constructor(
    env: FakeEnv,
    private readonly range: FakeRange,
  ) {
    super(env);
  }

  get locked(): boolean {
    return this.loadedValue('locked');
  }

  protected readProperty(name: string): unknown {
    if (name !== 'locked') throw new FakeOfficeError('InvalidArgument', `FormatProtection.${name} is not simulated`);
    const r = this.range.rect() as Rect;
    return this.range.worksheet.sheet().cells[key(r.row, r.col)]?.locked !== false;
  }
}

/** Office.js's answer for a range's rows (or columns): true when all are hidden, false when none is, null when some. */
function allOrNone(hidden: number, count: number): boolean | null {
  return hidden === 0 ? false : hidden === count ? true : null;
}

/**
 * Range.getVisibleView() (ExcelApi 1.3): the cells of the range whose row and column are both visible.
 * `cellAddresses` has one array per visible row holding the visible cells' sheet-qualified addresses, as Excel
 * gives them (`Sheet1!B3`, `'报表 1'!B3`); with nothing visible it is empty. rowCount / columnCount count them.
 */
export class FakeRangeView extends FakeClientObject {
  constructor(
    env: FakeEnv,
    private readonly range: FakeRange,
  ) {
    super(env);
  }

  get cellAddresses(): string[][] {
    return this.loadedValue('cellAddresses');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }

  protected readProperty(name: string): unknown {
    const sheet = this.range.worksheet.sheet();
    const r = this.range.rect() as Rect;
    if (r.rowCount * r.columnCount > this.env.limits.maxCellsPerRange) {
      throw new FakeOfficeError('RangeExceedsLimit', `${r.rowCount * r.columnCount} cells exceed ${this.env.limits.maxCellsPerRange}`);
    }
    const rows = visibleLines(sheet.hiddenRows, r.row, r.rowCount);
    const columns = visibleLines(sheet.hiddenColumns, r.col, r.columnCount);
    switch (name) {
      case 'rowCount':
        return rows.length;
      case 'columnCount':
        return columns.length;
      case 'cellAddresses': {
        if (columns.length === 0) return [];
        const prefix = `${qualifiedSheetName(sheet.name)}!`;
        return rows.map((row) => columns.map((col) => `${prefix}${rectToA1({ row, col, rowCount: 1, columnCount: 1 })}`));
      }
      default:
        throw new FakeOfficeError('InvalidArgument', `RangeView.${name} is not simulated`);
    }
  }
}

function visibleLines(spans: LineSpan[] | undefined, first: number, count: number): number[] {
  const out: number[] = [];
  for (let line = first; line < first + count; line++) if (!isLineHidden(spans, line)) out.push(line);
  return out;
}

/** A sheet's name as Excel writes it before `!`: quoted (with '' for ') unless it is letters, digits and _. */
function qualifiedSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Range.format: the fill, the protection, and (ExcelApi 1.2) the width of the range's columns in points. */
export class FakeRangeFormat extends FakeClientObject {
  readonly fill: FakeRangeFill;
  readonly protection: FakeRangeProtection;

  constructor(
    env: FakeEnv,
    private readonly range: FakeRange,
  ) {
    super(env);
    this.fill = new FakeRangeFill(env, range);
    this.protection = new FakeRangeProtection(env, range);
  }

  set columnWidth(points: number) {
    this.requireApi(2, 'RangeFormat.columnWidth');
    if (!(points >= 0 && points <= 409 * 6)) throw new FakeOfficeError('InvalidArgument', `column width ${points}`);
    this.queueWrite({ columnWidth: points }, () => {
      const rect = this.range.rect() as Rect;
      const sheet = this.range.worksheet.writableSheet('format', rect);
      for (let c = rect.col; c < rect.col + rect.columnCount; c++) (sheet.columnWidths ??= {})[c] = points;
    });
  }

  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `RangeFormat.${name} is not simulated`);
  }
}
