import { Dec } from '../numeric/decimal';
import { comparableText, saysTheSame } from './targets/normaliseIndicatorText';
import type { IndicatorReadings } from './targets/IndicatorReading';
import { meetsDeadline } from './targets/parseDeadline';
import { canonicalUnit } from './targets/quantity';
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
  | 'missingValue'
  | 'partsDisagree'
  | 'partUnread'
  | 'nothingAgainstTarget'
  | 'ratioNotComparable';

export type Judgement =
  | { status: 'met' }
  | { status: 'not-met'; shortfall: Shortfall }
  | { status: 'review'; reason: ReviewReason };

/**
 * Whether an indicator met its target, from its parsed parts (wherever the template put them), never from a
 * column's position. Met → full 分值; not met → a shortfall to score; otherwise a person decides.
 */
export function judgeIndicator({ target, actual }: IndicatorReadings): Judgement {
  if (target.unread || actual.unread) return review('partUnread');
  if (target.disagreement || actual.disagreement) return review('partsDisagree');
  if (!target.text.trim() || !actual.text.trim()) return review('missingValue');
  // An actual that repeats the target word for word says it was met, whatever the form.
  const same = comparableText(target.shown);
  if (same !== '' && same === comparableText(actual.shown)) return { status: 'met' };

  const form = target.form;
  const stated = actual.form;
  switch (form.kind) {
    case 'qualitative':
      return saysTheSame(form.text, actual.shown) ? { status: 'met' } : review('qualitative');
    case 'deadline':
      return stated.kind === 'deadline' && meetsDeadline(form.deadline, stated.deadline) ? { status: 'met' } : review('deadline');
  }
  // `无`, `未发生`: none happened, so within any ceiling; of a target to reach it says nothing a formula can score.
  if (stated.kind === 'nothing') return form.kind === 'atMost' ? judgeAtMost(form.bound, form.strict, zeroOf(form.bound)) : review('nothingAgainstTarget');
  if (stated.kind === 'ratio') return judgeRatio(form, stated.numerator, stated.denominator);
  return judgeQuantity(form, stated);
}

/** A number, a count, a bound, a range or several values, against a quantitative target. */
function judgeQuantity(form: Exclude<Target, { kind: 'qualitative' | 'deadline' }>, actual: Target): Judgement {
  switch (form.kind) {
    case 'values':
      return judgeSeveral(form.values, actual);
    case 'value':
      return judgeAtLeast(form.value, false, actual);
    case 'atLeast':
      return judgeAtLeast(form.bound, form.strict, actual);
    case 'atMost':
      // A count of 0 in any unit (`0起` under `≤5人次`) is within a ceiling.
      return judgeAtMost(form.bound, form.strict, isZero(actual) ? zeroOf(form.bound) : actual);
    case 'exactly':
      return judgeRange(form.value, form.value, actual);
    case 'range':
      return judgeRange(form.lower, form.upper, actual);
  }
}

/**
 * `45/50` against a percentage: 45 of 50 is 90%. Judged exactly, without dividing: the target is scaled by the
 * denominator (95% of 50 is 47.5) and compared with the numerator, so every score keeps its one division
 * (分值 × 45 ÷ 47.5). Against a count or a plain number a ratio is ambiguous (45 done, or 45 of 50?): a person decides.
 */
function judgeRatio(form: Exclude<Target, { kind: 'qualitative' | 'deadline' }>, numerator: Quantity, denominator: Quantity): Judgement {
  const quantities = quantitiesOf(form);
  if (!quantities.every((q) => q.percent)) return review('ratioNotComparable');
  const scale = (q: Quantity): Quantity => ({ ...q, value: q.value.mul(denominator.value), percent: false, unit: '' });
  const count: Quantity = { ...numerator, percent: false, unit: '' };
  return judgeQuantity(scaleForm(form, scale), { kind: 'value', value: count });
}

function quantitiesOf(form: Exclude<Target, { kind: 'qualitative' | 'deadline' }>): Quantity[] {
  switch (form.kind) {
    case 'value':
    case 'exactly':
      return [form.value];
    case 'atLeast':
    case 'atMost':
      return [form.bound];
    case 'range':
      return [form.lower, form.upper];
    case 'values':
      return form.values;
  }
}

function scaleForm<F extends Exclude<Target, { kind: 'qualitative' | 'deadline' }>>(form: F, scale: (q: Quantity) => Quantity): F {
  switch (form.kind) {
    case 'value':
    case 'exactly':
      return { ...form, value: scale(form.value) };
    case 'atLeast':
    case 'atMost':
      return { ...form, bound: scale(form.bound) };
    case 'range':
      return { ...form, lower: scale(form.lower), upper: scale(form.upper) };
    case 'values':
      return { ...form, values: form.values.map(scale) };
  }
  return form;
}

function isZero(actual: Target): boolean {
  return (actual.kind === 'value' || actual.kind === 'exactly') && actual.value.value.isZero();
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
  const unitA = canonicalUnit(actual.unit);
  const unitT = canonicalUnit(target.unit);
  if (unitA && unitT && unitA !== unitT) return 'unitMismatch';
  // A percentage and a count (`95%` and `95人`) are not one measure either.
  if ((target.percent && unitA) || (actual.percent && unitT)) return 'unitMismatch';
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
