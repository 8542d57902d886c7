import type Decimal from 'decimal.js';
import { roundHalfUp } from '../numeric/decimal';
import type { RawCellValue } from '../grid/types';
import { isCellError } from '../grid/types';
import { describeNumberFormat } from './numberFormat';
import type { NumberValue, ParsedValue } from './parseCellValue';

/** A number as the report shows it: `239551`, `99.17%`, `-23.20%`. */
export function formatShown(value: Decimal, decimals: number, percent: boolean): string {
  if (percent) {
    const places = Math.max(0, decimals - 2);
    return `${roundHalfUp(value.mul(100), places).toFixed(places)}%`;
  }
  return roundHalfUp(value, decimals).toFixed(Math.max(0, decimals));
}

export function formatNumberValue(value: NumberValue): string {
  return formatShown(value.value, value.decimals, value.percent);
}

export function formatParsed(value: ParsedValue): string | null {
  switch (value.kind) {
    case 'empty':
      return null;
    case 'error':
      return value.code;
    case 'text':
      return value.text;
    case 'number':
      return formatNumberValue(value);
  }
}

export function rawToText(value: RawCellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (isCellError(value)) return value.error;
  return String(value);
}

/** Decimals (of the fraction, for percentages) and percent flag implied by a number format, for values FundCheck writes. */
export function decimalsOfFormat(format: string): { decimals: number; percent: boolean } {
  const { decimals, percent } = describeNumberFormat(format);
  return { decimals: (decimals ?? 0) + (percent ? 2 : 0), percent };
}

/** The plain number format that shows `shownDecimals` decimals: `0`, `0.00`, `0.0%`. */
export function numberFormatFor(shownDecimals: number, percent: boolean): string {
  const shown = Math.max(0, shownDecimals);
  return `0${shown ? '.' + '0'.repeat(shown) : ''}${percent ? '%' : ''}`;
}
