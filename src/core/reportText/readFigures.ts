import { TEXT_UNITS, type TextUnit } from '../vocabulary/textWords';

/** A figure written in the text: its digits as written, its unit, and where it is. */
export interface TextFigure {
  /** The digits as written, sign included (`-271483`, `29.84`, `204,813`). */
  digits: string;
  /** The number written, sign included, in the unit written (29.84 for 29.84%). */
  value: number;
  /** Decimals written: the figure's precision (8858 万元 stands for 8857.5 to 8858.5). */
  decimals: number;
  unit: TextUnit;
  unitText: string;
  /** Offsets in the paragraph: the digits' start, the unit's end. */
  start: number;
  end: number;
}

const UNITS = Object.keys(TEXT_UNITS).sort((a, b) => b.length - a.length);
const FIGURE = new RegExp(
  `(?<![\\d.,，])([-−－]?)\\s*(\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(${UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|')})`,
  'g',
);

/**
 * Every figure with a unit in a paragraph. A number without one (a year, a date, a count of items in words) is
 * no figure of the report's; a year before 年 never matches since 年 is no unit.
 */
export function readFigures(text: string): TextFigure[] {
  const out: TextFigure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [whole, sign, number, unitText] = match;
    const start = match.index! + whole.indexOf(number) - (sign ? whole.indexOf(number) - whole.indexOf(sign) : 0);
    const plain = number.replace(/[,，]/g, '');
    const negative = sign !== '';
    const value = Number(plain) * (negative ? -1 : 1);
    if (!Number.isFinite(value)) continue;
    const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
    out.push({
      digits: `${negative ? '-' : ''}${plain}`,
      value,
      decimals,
      unit: TEXT_UNITS[unitText],
      unitText,
      start,
      end: match.index! + whole.length,
    });
  }
  return out;
}
