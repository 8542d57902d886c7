import type { CellValues } from './CellValues';
import { evaluateRelation, sameDigits, type Evaluation } from './evaluateRelation';
import type { Relation, Term } from './Relation';

/**
 * Whether a relation holds, is violated, is fillable or is skipped — the same answer as `evaluateRelation(…).status`,
 * found first in plain floats carrying a bound on their distance from what the decimal engine computes (running
 * error analysis). Only a relation whose answer the bound leaves open (a stated value exactly at a rounding edge, a
 * divisor that may be zero, figures beyond a float's comfortable range, exact addends) is judged by the decimal
 * engine. Most relations hold or miss by far more than a float's error, so most judgements cost no Decimal at all;
 * the decimal engine stays the only source of the figures a finding or a fill reports.
 */
export function relationStatus(relation: Relation, values: CellValues): Evaluation['status'] {
  if (values.hasTrials()) return judgedStatus(relation, values);
  // Recognition, reconciliation and the check ask about the same relations on the same stated values.
  let status = values.statedStatuses.get(relation) as Evaluation['status'] | undefined;
  if (status === undefined) values.statedStatuses.set(relation, (status = judgedStatus(relation, values)));
  return status;
}

/**
 * The status judged now and not remembered: for a relation made to be asked once (a discovery candidate on one
 * row, a rate tried in percentage points), which a memory would only keep from the garbage collector.
 */
export function judgedStatus(relation: Relation, values: CellValues): Evaluation['status'] {
  if (relation.typedTwice && sameDigits(relation, values) !== null) return evaluateRelation(relation, values).status;
  return quickStatus(relation, values) ?? evaluateRelation(relation, values).status;
}

/**
 * Relative error added by each float operation: 4× a double's unit roundoff, which also covers decimal.js
 * rounding each of its results to 40 significant digits.
 */
const U = 2 ** -50;
/** Figures this far from 1 (or shown to more decimals than this) go to the decimal engine: no overflow, no subnormals. */
const MAX_MAGNITUDE = 1e100;
const MIN_MAGNITUDE = 1e-100;
const MAX_DECIMALS = 100;

/** A float and a bound on its distance from the decimal engine's value. */
interface Approx {
  v: number;
  e: number;
}

/** Float images of the decimal combine(): the interval's bounds and the point. */
interface ApproxSum {
  lo: Approx;
  hi: Approx;
  point: Approx;
}

/** The answer is left to the decimal engine. */
const UNSURE = null;
/** combine() found an input that is not a number: the decimal engine returns null too. */
const NO_VALUE = 'none';

const HALF_UNITS: number[] = [];

function halfUnit(decimals: number): number {
  // 10ᵈ is exact up to d = 22, so the quotient is the correctly rounded half unit there.
  return (HALF_UNITS[decimals] ??= 0.5 / 10 ** decimals);
}

function inRange(x: number): boolean {
  const size = Math.abs(x);
  return x === 0 || (size >= MIN_MAGNITUDE && size <= MAX_MAGNITUDE);
}

function sum(a: Approx, b: Approx, sign: 1 | -1): Approx {
  const v = sign === 1 ? a.v + b.v : a.v - b.v;
  return { v, e: a.e + b.e + Math.abs(v) * U };
}

function product(a: Approx, b: Approx): Approx {
  const v = a.v * b.v;
  return { v, e: Math.abs(a.v) * b.e + Math.abs(b.v) * a.e + a.e * b.e + Math.abs(v) * U };
}

/** 1, 0 or −1 when the bound decides the sign of the decimal value; NaN when it does not. */
function signOf(a: Approx): number {
  if (a.e === 0) return Math.sign(a.v);
  if (a.v - a.e > 0) return 1;
  if (a.v + a.e < 0) return -1;
  return NaN;
}

/** a ≤ b for the decimal values: true, false, or null when the bound cannot tell. */
function atMost(a: Approx, b: Approx): boolean | null {
  const s = signOf(sum(b, a, -1));
  return Number.isNaN(s) ? null : s >= 0;
}

/** The sums in plain locals (no object per step: this runs for every term of every relation judged). */
function combine(terms: Term[], values: CellValues, emptyAsZero: boolean): ApproxSum | typeof NO_VALUE | typeof UNSURE {
  let lo = 0;
  let loE = 0;
  let hi = 0;
  let hiE = 0;
  let point = 0;
  let pointE = 0;
  let present = 0;
  for (const term of terms) {
    const parsed = values.get(term.ref);
    if (parsed.kind === 'empty' && emptyAsZero) continue;
    if (parsed.kind !== 'number') return NO_VALUE;
    present++;
    const x = parsed.float;
    if (!inRange(x) || parsed.decimals > MAX_DECIMALS) return UNSURE;
    const xE = Math.abs(x) * U;
    const half = halfUnit(parsed.decimals);
    const halfE = half * U;
    // The shown interval [x − half, x + half], each bound with its own rounding.
    const shownLo = x - half;
    const shownLoE = xE + halfE + Math.abs(shownLo) * U;
    const shownHi = x + half;
    const shownHiE = xE + halfE + Math.abs(shownHi) * U;
    if (term.sign === 1) {
      lo += shownLo;
      loE += shownLoE + Math.abs(lo) * U;
      hi += shownHi;
      hiE += shownHiE + Math.abs(hi) * U;
      point += x;
    } else {
      lo -= shownHi;
      loE += shownHiE + Math.abs(lo) * U;
      hi -= shownLo;
      hiE += shownLoE + Math.abs(hi) * U;
      point -= x;
    }
    pointE += xE + Math.abs(point) * U;
  }
  return present === 0 ? NO_VALUE : { lo: { v: lo, e: loE }, hi: { v: hi, e: hiE }, point: { v: point, e: pointE } };
}

function bounds(products: Approx[]): { lo: Approx; hi: Approx } {
  let lo = products[0];
  let hi = products[0];
  let e = 0;
  for (const p of products) {
    if (p.v < lo.v) lo = p;
    if (p.v > hi.v) hi = p;
    e = Math.max(e, p.e);
  }
  // The least of several approximations is within the largest error of the least true value.
  return { lo: { v: lo.v, e }, hi: { v: hi.v, e } };
}

function multiply(a: { lo: Approx; hi: Approx }, b: { lo: Approx; hi: Approx }) {
  return bounds([product(a.lo, b.lo), product(a.lo, b.hi), product(a.hi, b.lo), product(a.hi, b.hi)]);
}

function reciprocal(b: Approx): Approx | typeof UNSURE {
  const size = Math.abs(b.v);
  if (size <= b.e) return UNSURE;
  const v = 1 / b.v;
  return { v, e: b.e / ((size - b.e) * size) + Math.abs(v) * U };
}

/** The computed interval, NO_VALUE where the decimal engine computes nothing, UNSURE where the bound cannot tell. */
function computed(relation: Relation, values: CellValues): { lo: Approx; hi: Approx } | typeof NO_VALUE | typeof UNSURE {
  const numerator = combine(relation.numerator, values, relation.emptyAsZero ?? false);
  if (numerator === UNSURE || numerator === NO_VALUE) return numerator;
  let interval: { lo: Approx; hi: Approx } = numerator;
  if (relation.denominator) {
    const denominator = combine(relation.denominator, values, false);
    if (denominator === UNSURE || denominator === NO_VALUE) return denominator;
    const pointSign = signOf(denominator.point);
    if (Number.isNaN(pointSign)) return UNSURE;
    if (pointSign === 0) return NO_VALUE;
    // divide(): nothing is said when the divisor's interval may hold zero.
    const loAtMostZero = atMost(denominator.lo, { v: 0, e: 0 });
    const hiAtLeastZero = atMost({ v: 0, e: 0 }, denominator.hi);
    if (loAtMostZero === null || hiAtLeastZero === null) return UNSURE;
    if (loAtMostZero && hiAtLeastZero) return NO_VALUE;
    const low = reciprocal(denominator.hi);
    const high = reciprocal(denominator.lo);
    if (low === UNSURE || high === UNSURE) return UNSURE;
    interval = multiply(numerator, { lo: low, hi: high });
  }
  if (relation.factor && relation.factor !== 1) {
    const factor: Approx = { v: relation.factor, e: Math.abs(relation.factor) * U };
    interval = multiply(interval, { lo: factor, hi: factor });
  }
  return interval;
}

/** The status when plain floats decide it for certain, else null. Mirrors evaluateNow() step by step. */
export function quickStatus(relation: Relation, values: CellValues): Evaluation['status'] | null {
  if (relation.exactAddends) return UNSURE;
  const target = values.get(relation.target);
  if (target.kind !== 'number' && target.kind !== 'empty') return 'skipped';
  const interval = computed(relation, values);
  if (interval === UNSURE) return UNSURE;
  if (interval === NO_VALUE) return 'skipped';
  const numbers = [interval.lo.v, interval.lo.e, interval.hi.v, interval.hi.e];
  if (!numbers.every(Number.isFinite)) return UNSURE;
  if (target.kind === 'empty') return relation.comparison === 'atMost' || relation.comparison === 'atLeast' ? 'skipped' : 'fillable';
  const x = target.float;
  if (!inRange(x) || target.decimals > MAX_DECIMALS) return UNSURE;
  const value: Approx = { v: x, e: Math.abs(x) * U };
  const half: Approx = { v: halfUnit(target.decimals), e: halfUnit(target.decimals) * U };
  const statedLo = sum(value, half, -1);
  const statedHi = sum(value, half, 1);
  const below = atMost(statedLo, interval.hi);
  if (relation.comparison === 'atMost') return below === null ? UNSURE : below ? 'holds' : 'violated';
  const above = atMost(interval.lo, statedHi);
  if (relation.comparison === 'atLeast') return above === null ? UNSURE : above ? 'holds' : 'violated';
  if (below === false || above === false) return 'violated';
  if (below === null || above === null) return UNSURE;
  return 'holds';
}
