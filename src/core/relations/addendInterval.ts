import { Dec } from '../numeric/decimal';
import { exact, shownInterval, type Interval } from '../numeric/Interval';
import type { CellRef } from '../grid/address';
import type { CellValues } from './CellValues';

/**
 * What an addend stands for in a relation with `exactAddends`, such as a 分值 or 得分 in a 总分. The policy sums the rounded 得分 (and 分值 are whole points), so a
 * figure typed as shown — `20`, `18.87`, `10分` — is exact; only a cell holding more digits than it shows (a
 * formula left unrounded) stands for the interval its shown value rounds from. The shared relation engine
 * treats every figure as rounded, which for seven 得分 lets a 总分 be 0.035 off, and for seven whole-number
 * 分值 3.5 off, unnoticed.
 * null: not a number.
 */
export function addendInterval(values: CellValues, ref: CellRef): Interval | null {
  const parsed = values.get(ref);
  if (parsed.kind !== 'number') return null;
  const raw = values.raw(ref)?.value;
  if (typeof raw !== 'number') return exact(parsed.value);
  const stored = new Dec(Number.isInteger(raw) ? String(raw) : String(Number(raw.toPrecision(12))));
  return stored.decimalPlaces() <= parsed.decimals ? exact(parsed.value) : shownInterval(parsed.value, parsed.decimals);
}

/** Σ of the addends' intervals; null when any is not a number. */
export function sumOfAddends(values: CellValues, refs: CellRef[]): Interval | null {
  let lo = new Dec(0);
  let hi = new Dec(0);
  for (const ref of refs) {
    const interval = addendInterval(values, ref);
    if (!interval) return null;
    lo = lo.plus(interval.lo);
    hi = hi.plus(interval.hi);
  }
  return { lo, hi };
}
