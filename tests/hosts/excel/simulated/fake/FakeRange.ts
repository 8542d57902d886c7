import { FakeClientObject, type FakeEnv } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import type { FakeWorksheet } from './FakeWorksheet';
import { key, officeFormula, officeValue, rectToA1, type CellModel, type Rect, type SheetModel } from './WorkbookModel';

type Cells = (string | number | boolean)[][];

/** A range proxy over a rectangle of its worksheet; the rectangle is settled when the first queued action runs. */
export class FakeRange extends FakeClientObject {
  readonly format: { readonly fill: FakeRangeFill };
  private settled: Rect | null | undefined;

  constructor(
    env: FakeEnv,
    readonly worksheet: FakeWorksheet,
    private readonly locate: () => Rect | null,
    private readonly nullable: boolean,
  ) {
    super(env);
    this.format = { fill: new FakeRangeFill(env, this) };
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

  protected readProperty(name: string): unknown {
    if (this.worksheet.isNull() || (this.nullable && this.rect(false) === null)) return null;
    const sheet = this.worksheet.sheet();
    const r = this.area();
    switch (name) {
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
  get values(): Cells {
    return this.loadedValue('values');
  }
  set values(values: Cells) {
    this.queueCellWrite('values', values, (cell, v) => {
      if (typeof v === 'string' && v.startsWith('=')) throw new FakeOfficeError('NotImplemented', 'formula writes are not simulated');
      delete cell.formula;
      delete cell.error;
      if (v === '' || v === null) delete cell.value;
      else cell.value = v;
    });
  }
  get numberFormat(): Cells {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(formats: Cells) {
    this.queueCellWrite('numberFormat', formats, (cell, v) => {
      cell.numberFormat = String(v);
    });
  }
  get formulas(): Cells {
    return this.loadedValue('formulas');
  }

  private queueCellWrite(what: string, data: Cells, apply: (cell: CellModel, value: string | number | boolean) => void): void {
    const copy = JSON.parse(JSON.stringify(data)) as Cells;
    this.queueWrite(copy, () => {
      const sheet = this.worksheet.writableSheet();
      const r = this.area();
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

  select(): void {
    this.queueWrite('select', () => {
      const sheet = this.worksheet.sheet();
      this.env.model.activeSheet = sheet.name;
      this.env.model.selection = { sheet: sheet.name, address: rectToA1(this.area()) };
    });
  }
}

const NO_FILL = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' };

/** Range.format.fill: reads the top-left cell; writes go to every cell; "no fill" reads as pattern None, #FFFFFF. */
export class FakeRangeFill extends FakeClientObject {
  constructor(
    env: FakeEnv,
    private readonly range: FakeRange,
  ) {
    super(env);
  }

  protected readProperty(name: string): unknown {
    const sheet = this.range.worksheet.sheet();
    const r = this.range.rect() as Rect;
    const fill = sheet.cells[key(r.row, r.col)]?.fill ?? NO_FILL;
    if (name === 'color' || name === 'pattern' || name === 'patternColor') return fill[name];
    throw new FakeOfficeError('InvalidArgument', `RangeFill.${name} is not simulated`);
  }

  private change(payload: unknown, apply: (cell: CellModel) => void): void {
    this.queueWrite(payload, () => this.range.forEachCell(this.range.worksheet.writableSheet(), apply));
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(color: string) {
    this.change(color, (cell) => {
      cell.fill = { color: color.toUpperCase(), pattern: 'Solid', patternColor: cell.fill?.patternColor ?? '#000000' };
    });
  }
  get pattern(): string {
    return this.loadedValue('pattern');
  }
  set pattern(pattern: string) {
    this.change(pattern, (cell) => {
      cell.fill = pattern === 'None' ? undefined : { ...(cell.fill ?? NO_FILL), pattern };
      if (!cell.fill) delete cell.fill;
    });
  }
  get patternColor(): string {
    return this.loadedValue('patternColor');
  }
  set patternColor(patternColor: string) {
    this.change(patternColor, (cell) => {
      if (cell.fill) cell.fill = { ...cell.fill, patternColor };
    });
  }

  clear(): void {
    this.change('clear', (cell) => {
      delete cell.fill;
    });
  }
}
