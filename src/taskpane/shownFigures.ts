import Decimal from 'decimal.js';
import { describeNumberFormat, differenceOf, shownText } from '../core';

/** A plain number as the core states it (no percent, no separators): formatted by the cell's number format. */
const PLAIN = /^-?\d+(\.\d+)?$/;

/**
 * A figure of a finding as the sheet shows it: `239551` in a `#,##0` cell as 239,551, in `0.00` as 239551.00. Text,
 * a rate already written with %, or a cell in General stays as the core states it.
 */
export function shownFigure(text: string | null, format: string | undefined): string | null {
  if (text === null || !format || /^general$/i.test(format) || !PLAIN.test(text.trim())) return text;
  // Rounded half-up in decimals first (1.005 shows 1.01, as Excel shows it); the format then only lays it out.
  const { decimals, scale } = describeNumberFormat(format);
  const value = decimals === null ? new Decimal(text) : new Decimal(text).times(scale).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).div(scale);
  return shownText(format, value.toNumber()) ?? text;
}

/** `相差 −541`: stated − expected, shown in the cell's format (its sign as a true minus); null unless both are numbers. */
export function shownDifference(stated: string | null, expected: string | null, format: string | undefined): string | null {
  const gap = differenceOf(stated, expected);
  if (!gap) return null;
  const magnitude = shownFigure(gap.abs().toFixed(gap.decimalPlaces()), format) ?? gap.abs().toString();
  return `${gap.isNegative() ? '−' : '+'}${magnitude}`;
}
