import { isNumber, WpsShapeError } from './readShape';
import { posKey, readOverAreas, type Pos } from './uniformReads';
import type { WpsInterior, WpsWorksheet } from './WpsApi';
import { bgrOf, hexOf, XL_PATTERN } from './wpsConstants';

/**
 * A cell's fill, in the terms the add-in stores (Excel's RangeFill names, #RRGGBB colours), so a record written by
 * Excel can be restored in WPS and the other way round. WPS speaks XlPattern constants and BGR integers.
 */
export interface FillRecord {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** XlPattern constants by Office.js RangeFill pattern name. */
export const PATTERN_CONSTANT: Readonly<Record<string, number>> = {
  None: XL_PATTERN.none, Solid: XL_PATTERN.solid, Gray75: -4126, Gray50: -4125, Gray25: -4124, Gray16: 17, Gray8: 18,
  Horizontal: -4128, Vertical: -4166, Down: -4121, Up: -4162, Checker: 9, SemiGray75: 10, LightHorizontal: 11,
  LightVertical: 12, LightDown: 13, LightUp: 14, Grid: 15, CrissCross: 16,
  LinearGradient: XL_PATTERN.linearGradient, RectangularGradient: XL_PATTERN.rectangularGradient,
};

const PATTERN_NAME = new Map(Object.entries(PATTERN_CONSTANT).map(([name, constant]) => [constant, name]));

/** The properties read for a filled cell, each asked over all such cells at once (one call when they agree). */
const PROPERTIES = ['Color', 'PatternColor', 'TintAndShade', 'PatternTintAndShade'] as const;

/**
 * The fills of scattered cells of one sheet, in the order given. The pattern comes first, asked over multi-area
 * ranges of the cells and split only where the cells differ; the colours and tints only for the cells that have a
 * fill. So unfilled cells (the usual case) cost a call per range of cells, never one per cell.
 */
export function readFills(worksheet: WpsWorksheet, cells: Pos[]): FillRecord[] {
  const ask = (property: (typeof PROPERTIES)[number] | 'Pattern', among: Pos[]) =>
    readOverAreas(among, (address) => {
      const value = worksheet.Range(address).Interior[property];
      if (value === null || value === undefined) return null;
      if (!isNumber(value)) throw new WpsShapeError(`单元格填充（Interior.${property}）`, '数字', value);
      return value;
    });
  const patterns = ask('Pattern', cells);
  const filled = cells.filter((c) => patterns.get(posKey(c)) !== XL_PATTERN.none);
  const [color, patternColor, tintAndShade, patternTintAndShade] = PROPERTIES.map((property) => ask(property, filled));
  return cells.map((cell) => {
    const k = posKey(cell);
    const name = PATTERN_NAME.get(patterns.get(k) as number);
    if (!name) throw new WpsShapeError('单元格填充图案（Interior.Pattern）', 'XlPattern 常量', patterns.get(k));
    if (name === 'None') return { color: '#FFFFFF', pattern: 'None' };
    return {
      color: hexOf(color.get(k) as number),
      pattern: name,
      patternColor: hexOf(patternColor.get(k) as number),
      tintAndShade: tintAndShade.get(k) as number,
      patternTintAndShade: patternTintAndShade.get(k) as number,
    };
  });
}

/** Put a saved fill back: "no fill" is cleared (Pattern none), never painted white, which looks the same but is not. */
export function restoreFill(interior: WpsInterior, fill: FillRecord): void {
  const pattern = PATTERN_CONSTANT[fill.pattern] ?? XL_PATTERN.solid;
  if (pattern === XL_PATTERN.none) {
    interior.Pattern = XL_PATTERN.none;
    return;
  }
  interior.Pattern = pattern;
  interior.Color = bgrOf(fill.color);
  if (fill.patternColor) interior.PatternColor = bgrOf(fill.patternColor);
  if (fill.tintAndShade !== undefined) interior.TintAndShade = fill.tintAndShade;
  if (fill.patternTintAndShade !== undefined) interior.PatternTintAndShade = fill.patternTintAndShade;
}

/** A highlight: one solid colour over every cell of the range. */
export function paint(interior: WpsInterior, color: string): void {
  interior.Pattern = XL_PATTERN.solid;
  interior.Color = bgrOf(color);
  interior.TintAndShade = 0;
}
