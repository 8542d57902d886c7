import type Decimal from 'decimal.js';
import { Dec, halfUnit } from './decimal';

/**
 * A closed interval of reals. A value shown with d decimals stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]
 * (XBRL Calculations 1.1, round-to-nearest); relations are judged by propagating these intervals.
 */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export function shownInterval(value: Decimal, decimals: number): Interval {
  const half = halfUnit(decimals);
  return { lo: value.minus(half), hi: value.plus(half) };
}

export function exact(value: Decimal | number | string): Interval {
  const v = new Dec(value);
  return { lo: v, hi: v };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function negate(a: Interval): Interval {
  return { lo: a.hi.neg(), hi: a.lo.neg() };
}

export function subtract(a: Interval, b: Interval): Interval {
  return add(a, negate(b));
}

export function multiply(a: Interval, b: Interval): Interval {
  const products = [a.lo.mul(b.lo), a.lo.mul(b.hi), a.hi.mul(b.lo), a.hi.mul(b.hi)];
  return { lo: Dec.min(...products), hi: Dec.max(...products) };
}

/** Undefined (null) when the divisor may be zero: nothing can be said about the quotient. */
export function divide(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  const reciprocal = { lo: new Dec(1).div(b.hi), hi: new Dec(1).div(b.lo) };
  return multiply(a, reciprocal);
}

export function meets(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export function midpoint(a: Interval): Decimal {
  return a.lo.plus(a.hi).div(2);
}

export function sum(intervals: Interval[]): Interval {
  return intervals.reduce(add, exact(0));
}
