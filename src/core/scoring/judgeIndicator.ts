import { Dec } from '../numeric/decimal';
import { comparableText, saysNothingHappened, saysTheSame } from './targets/normaliseIndicatorText';
import { UNIT_SYNONYMS } from '../vocabulary';
import { meetsDeadline } from './targets/parseDeadline';
import type { Quantity, Target } from './targets/Target';

/** How far a target was missed: what the proportional score of each branch needs. */
export type Shortfall =
  | { kind: 'positive'; target: Dec; actual: Dec }
  | { kind: 'reverse'; target: Dec; actual: Dec }
  | { kind: 'belowRange'; lower: Dec; actual: Dec }
  | { kind: 'aboveRange'; upper: Dec; actual: Dec }
  /** `50、6.82`: one entry per value, null where that value was met. */
  | { kind: 'several'; parts: (Shortfall | null)[] };

/** Why an indicator is left for a person. */
export type ReviewReason =
  | 'qualitative'
  | 'deadline'
  | 'actualNotComparable'
  | 'unitMismatch'
  | 'actualIsBound'
  | 'countMismatch'
  | 'notProportional'
  | 'missingValue';

export type Judgement =
  | { status: 'met' }
  | { status: 'not-met'; shortfall: Shortfall }
  | { status: 'review'; reason: ReviewReason };

/** Whether an indicator met its target. Met → full 分值; not met → a shortfall to score; otherwise a person decides. */
export function judgeIndicator(target: Target, actual: Target, texts: { target: string; actual: string }): Judgement {
  if (!texts.target.trim() || !texts.actual.trim()) return review('missingValue');
  // An actual that repeats the target word for word says it was met, whatever the form.
  const same = comparableText(texts.target);
  if (same !== '' && same === comparableText(texts.actual)) return { status: 'met' };

  switch (target.kind) {
    case 'qualitative':
      return saysTheSame(target.text, texts.actual) ? { status: 'met' } : review('qualitative');
    case 'deadline':
      return actual.kind === 'deadline' && meetsDeadline(target.deadline, actual.deadline) ? { status: 'met' } : review('deadline');
    case 'values':
      return judgeSeveral(target.values, actual);
    case 'value':
      return judgeAtLeast(target.value, false, actual);
    case 'atLeast':
      return judgeAtLeast(target.bound, target.strict, actual);
    case 'atMost':
      // `无` under a ceiling (上访人数 ≤5人, 差错率 ≤1%) says none happened: 0, well within it.
      return judgeAtMost(target.bound, target.strict, saysNothingHappened(texts.actual) ? zeroOf(target.bound) : actual);
    case 'exactly':
      return judgeRange(target.value, target.value, actual);
    case 'range':
      return judgeRange(target.lower, target.upper, actual);
  }
}

function zeroOf(bound: Quantity): Target {
  return { kind: 'value', value: { value: new Dec(0), percent: bound.percent, unit: bound.unit, text: '0' } };
}

function review(reason: ReviewReason): Judgement {
  return { status: 'review', reason };
}

/** The actual as an interval [lo, hi] (null: unbounded) in the target's units: `≥14830人` is [14830, ∞). */
interface Span {
  lo: Dec | null;
  hi: Dec | null;
}

function spanOf(actual: Target, reference: Quantity): Span | ReviewReason {
  const align = (q: Quantity) => alignToTarget(q, reference);
  const bounds = (lo: Quantity | null, hi: Quantity | null): Span | ReviewReason => {
    const l = lo ? align(lo) : null;
    const h = hi ? align(hi) : null;
    if (l === 'unitMismatch' || h === 'unitMismatch') return 'unitMismatch';
    return { lo: l, hi: h };
  };
  switch (actual.kind) {
    case 'value':
    case 'exactly':
      return bounds(actual.value, actual.value);
    case 'atLeast':
      return bounds(actual.bound, null);
    case 'atMost':
      return bounds(null, actual.bound);
    case 'range':
      return bounds(actual.lower, actual.upper);
    case 'values':
      return actual.values.length === 1 ? bounds(actual.values[0], actual.values[0]) : 'countMismatch';
    case 'deadline':
    case 'qualitative':
      return 'actualNotComparable';
  }
}

/**
 * The actual's value in the target's terms. Units that name different things (`人` vs `户`) cannot be compared.
 * Beside a percentage, staff type a bare number either as a fraction (`0.98`) or in percentage points (`98`),
 * and the other way round; the number alone cannot say which, so the reading nearer the target is taken:
 * `0.98` and `98` are both 98% against `≥95%`, while `0.5` against `≤1%` is 0.5%, not 50%.
 */
function alignToTarget(actual: Quantity, target: Quantity): Dec | 'unitMismatch' {
  const unitA = UNIT_SYNONYMS[actual.unit] ?? actual.unit;
  const unitT = UNIT_SYNONYMS[target.unit] ?? target.unit;
  if (unitA && unitT && unitA !== unitT) return 'unitMismatch';
  if (target.percent && !actual.percent && !actual.unit) return nearer(target.value, actual.value, actual.value.div(100));
  if (!target.percent && actual.percent && !target.unit) return nearer(target.value, actual.value, actual.value.mul(100));
  return actual.value;
}

/**
 * Of two readings of one number, the one whose ratio to the target is nearer 1. Against a target of 0 there is no
 * ratio: a number above 1 is then taken as percentage points, as staff mostly type them.
 */
function nearer(target: Dec, asTyped: Dec, rescaled: Dec): Dec {
  if (target.isZero() || asTyped.isZero()) return asTyped.abs().gt(1) && rescaled.abs().lt(asTyped.abs()) ? rescaled : asTyped;
  const distance = (x: Dec) => {
    const ratio = x.div(target).abs();
    return ratio.gte(1) ? ratio : new Dec(1).div(ratio);
  };
  return distance(rescaled).lt(distance(asTyped)) ? rescaled : asTyped;
}

function judgeAtLeast(bound: Quantity, strict: boolean, actual: Target): Judgement {
  const span = spanOf(actual, bound);
  if (typeof span === 'string') return review(span);
  const satisfies = (x: Dec) => (strict ? x.gt(bound.value) : x.gte(bound.value));
  if (span.lo !== null && satisfies(span.lo)) return { status: 'met' };
  if (span.hi !== null && !satisfies(span.hi)) return { status: 'not-met', shortfall: { kind: 'positive', target: bound.value, actual: span.hi } };
  return review('actualIsBound');
}

function judgeAtMost(bound: Quantity, strict: boolean, actual: Target): Judgement {
  const span = spanOf(actual, bound);
  if (typeof span === 'string') return review(span);
  const satisfies = (x: Dec) => (strict ? x.lt(bound.value) : x.lte(bound.value));
  if (span.hi !== null && satisfies(span.hi)) return { status: 'met' };
  if (span.lo !== null && !satisfies(span.lo)) return { status: 'not-met', shortfall: { kind: 'reverse', target: bound.value, actual: span.lo } };
  return review('actualIsBound');
}

function judgeRange(lower: Quantity, upper: Quantity, actual: Target): Judgement {
  const span = spanOf(actual, lower);
  if (typeof span === 'string') return review(span);
  if (span.lo !== null && span.hi !== null && span.lo.gte(lower.value) && span.hi.lte(upper.value)) return { status: 'met' };
  if (span.hi !== null && span.hi.lt(lower.value)) return { status: 'not-met', shortfall: { kind: 'belowRange', lower: lower.value, actual: span.hi } };
  if (span.lo !== null && span.lo.gt(upper.value)) return { status: 'not-met', shortfall: { kind: 'aboveRange', upper: upper.value, actual: span.lo } };
  return review('actualIsBound');
}

/** `50、6.82` against `50、8.59`: each value is a target to reach, compared in turn. */
function judgeSeveral(targets: Quantity[], actual: Target): Judgement {
  if (actual.kind !== 'values' || actual.values.length !== targets.length) return review('countMismatch');
  const parts: (Shortfall | null)[] = [];
  for (let i = 0; i < targets.length; i++) {
    const judgement = judgeAtLeast(targets[i], false, { kind: 'value', value: actual.values[i] });
    if (judgement.status === 'review') return judgement;
    parts.push(judgement.status === 'met' ? null : judgement.shortfall);
  }
  return parts.every((p) => p === null) ? { status: 'met' } : { status: 'not-met', shortfall: { kind: 'several', parts } };
}
