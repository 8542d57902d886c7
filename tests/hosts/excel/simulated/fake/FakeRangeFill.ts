import { FakeClientObject, type FakeEnv } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import type { FakeRange } from './FakeRange';
import { key, THEME_COLORS, type CellModel, type FillModel, type Rect } from './WorkbookModel';

const GRADIENTS = ['LinearGradient', 'RectangularGradient'];

/** What Office.js reads for a fill: a theme colour resolves to its RGB and its tint to tintAndShade. */
export function officeFill(fill: FillModel | undefined): { color: string; pattern: string; patternColor: string; tintAndShade: number; patternTintAndShade: number } {
  if (!fill) return { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };
  if (fill.gradient) return { color: fill.gradient.stops[0] ?? '#FFFFFF', pattern: fill.gradient.kind, patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };
  return {
    color: fill.themeColor ? THEME_COLORS[fill.themeColor] : (fill.color ?? '#FFFFFF'),
    pattern: fill.pattern,
    patternColor: fill.patternColor ?? '#000000',
    tintAndShade: fill.tintAndShade ?? 0,
    patternTintAndShade: fill.patternTintAndShade ?? 0,
  };
}

/**
 * Range.format.fill: reads the top-left cell; writes go to every cell. `color` is ExcelApi 1.1, the other
 * properties 1.9. Setting a colour makes an RGB solid fill (a theme colour and its tint are replaced); a gradient
 * can be read but not set; "no fill" reads as pattern None, #FFFFFF. Formatting a protected sheet needs its
 * permission to format cells.
 */
export class FakeRangeFill extends FakeClientObject {
  constructor(
    env: FakeEnv,
    private readonly range: FakeRange,
  ) {
    super(env);
  }

  override load(propertyNames: string | string[]): this {
    const names = Array.isArray(propertyNames) ? propertyNames : propertyNames.split(',').map((n) => n.trim());
    for (const name of names) if (name !== 'color') this.requireApi(9, `RangeFill.${name}`);
    return super.load(propertyNames);
  }

  protected readProperty(name: string): unknown {
    const sheet = this.range.worksheet.sheet();
    const r = this.range.rect() as Rect;
    const fill = officeFill(sheet.cells[key(r.row, r.col)]?.fill);
    if (name in fill) return fill[name as keyof typeof fill];
    throw new FakeOfficeError('InvalidArgument', `RangeFill.${name} is not simulated`);
  }

  private change(payload: unknown, apply: (cell: CellModel) => void): void {
    this.queueWrite(payload, () => this.range.forEachCell(this.range.worksheet.writableSheet('format', this.range.rect() as Rect), apply));
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(color: string) {
    this.change(color, (cell) => {
      const old = cell.fill && !cell.fill.gradient && cell.fill.pattern !== 'None' ? cell.fill : undefined;
      cell.fill = { color: color.toUpperCase(), pattern: old?.pattern ?? 'Solid', ...(old?.patternColor ? { patternColor: old.patternColor } : {}) };
    });
  }
  get pattern(): string {
    return this.loadedValue('pattern');
  }
  set pattern(pattern: string) {
    this.requireApi(9, 'RangeFill.pattern');
    if (GRADIENTS.includes(pattern)) throw new FakeOfficeError('InvalidArgument', `RangeFill.pattern ${pattern} is not supported`);
    this.change(pattern, (cell) => {
      if (pattern === 'None') delete cell.fill;
      else cell.fill = { ...(cell.fill?.gradient ? {} : cell.fill), color: cell.fill?.color ?? '#FFFFFF', pattern };
    });
  }
  get patternColor(): string {
    return this.loadedValue('patternColor');
  }
  set patternColor(patternColor: string) {
    this.requireApi(9, 'RangeFill.patternColor');
    this.change(patternColor, (cell) => {
      if (cell.fill) cell.fill = { ...cell.fill, patternColor: patternColor.toUpperCase() };
    });
  }
  get tintAndShade(): number {
    return this.loadedValue('tintAndShade');
  }
  set tintAndShade(value: number) {
    this.requireApi(9, 'RangeFill.tintAndShade');
    this.change(value, (cell) => {
      if (cell.fill) cell.fill = { ...cell.fill, tintAndShade: value };
    });
  }
  get patternTintAndShade(): number {
    return this.loadedValue('patternTintAndShade');
  }
  set patternTintAndShade(value: number) {
    this.requireApi(9, 'RangeFill.patternTintAndShade');
    this.change(value, (cell) => {
      if (cell.fill) cell.fill = { ...cell.fill, patternTintAndShade: value };
    });
  }

  clear(): void {
    this.change('clear', (cell) => {
      delete cell.fill;
    });
  }
}
