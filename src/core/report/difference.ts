import Decimal from 'decimal.js';

/** A figure as a finding states it, when it is a plain number (digits, a sign, thousands separators; no percent). */
function plainNumber(text: string | null): Decimal | null {
  const trimmed = text?.trim() ?? '';
  return /^-?[\d,]+(\.\d+)?$/.test(trimmed) ? new Decimal(trimmed.replace(/,/g, '')) : null;
}

/**
 * How far the stated figure is from the one it should be (stated − expected), to the decimals either shows: the
 * `相差 541` of a 合计 that left a fund out. Null unless both are plain numbers that differ.
 */
export function differenceOf(stated: string | null, expected: string | null): Decimal | null {
  const [a, b] = [plainNumber(stated), plainNumber(expected)];
  if (!a || !b || a.eq(b)) return null;
  return a.minus(b).toDecimalPlaces(Math.max(a.decimalPlaces(), b.decimalPlaces()));
}
