import Decimal from 'decimal.js';

/**
 * The one seam for exact arithmetic: every amount, rate and score in the core is a Decimal from here.
 * 40 significant digits leave room for ratios of sums of many 2-decimal amounts.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Round half away from zero, as Excel's ROUND and number formats do (1.005 → 1.01). */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  return new Dec(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

const HALF_UNITS = new Map<number, Decimal>();

/** Half a unit in the last shown place: 0.005 for two decimals. Decimals are immutable, so each is made once. */
export function halfUnit(decimals: number): Decimal {
  let half = HALF_UNITS.get(decimals);
  if (!half) HALF_UNITS.set(decimals, (half = new Dec(10).pow(-decimals).div(2)));
  return half;
}
