import type Decimal from 'decimal.js';
import { Dec } from '../numeric/decimal';
import { add, divide, exact, meets, midpoint, multiply, negate, type Interval } from '../numeric/Interval';
import { statedInterval, type NumberValue } from '../values/parseCellValue';
import { addendInterval } from './addendInterval';
import type { CellValues } from './CellValues';
import { isBound, type Relation, type Term } from './Relation';

export type Evaluation =
  /** An input is missing or not a number: nothing to say. */
  | { status: 'skipped' }
  /** The target is empty and every input is present: the core can fill it. */
  | { status: 'fillable'; computed: Interval; point: Decimal }
  | { status: 'holds'; stated: NumberValue; computed: Interval; point: Decimal }
  | { status: 'violated'; stated: NumberValue; computed: Interval; point: Decimal };

interface LinearValue {
  interval: Interval;
  point: Decimal;
}

function combine(terms: Term[], values: CellValues, emptyAsZero: boolean, exactAddends: boolean): LinearValue | null {
  let interval = exact(0);
  let point = new Dec(0);
  let present = 0;
  for (const term of terms) {
    const parsed = values.get(term.ref);
    if (parsed.kind === 'empty' && emptyAsZero) continue;
    if (parsed.kind !== 'number') return null;
    present++;
    const shown = (exactAddends ? addendInterval(values, term.ref) : null) ?? statedInterval(parsed);
    interval = add(interval, term.sign === 1 ? shown : negate(shown));
    point = term.sign === 1 ? point.plus(parsed.value) : point.minus(parsed.value);
  }
  // A sum whose every addend is empty says nothing (a fund the county does not run).
  return present === 0 ? null : { interval, point };
}

/** The value the relation computes for its target, as an interval over the inputs' shown precision. */
export function computeRelation(relation: Relation, values: CellValues): LinearValue | null {
  const value = computeUnscaled(relation, values);
  if (!value || !relation.factor || relation.factor === 1) return value;
  const factor = exact(relation.factor);
  return { interval: multiply(value.interval, factor), point: value.point.mul(relation.factor) };
}

function computeUnscaled(relation: Relation, values: CellValues): LinearValue | null {
  const numerator = combine(relation.numerator, values, relation.emptyAsZero ?? false, relation.exactAddends ?? false);
  if (!numerator) return null;
  if (!relation.denominator) return numerator;
  const denominator = combine(relation.denominator, values, false, false);
  if (!denominator || denominator.point.isZero()) return null;
  const interval = divide(numerator.interval, denominator.interval);
  if (!interval) return null;
  return { interval, point: numerator.point.div(denominator.point) };
}

/** The relation judged in decimals, with the figures a finding or a fill reports; `relationStatus` when only the status is wanted. */
export function evaluateRelation(relation: Relation, values: CellValues): Evaluation {
  const target = values.get(relation.target);
  if (target.kind !== 'number' && target.kind !== 'empty') return { status: 'skipped' };
  const computed = computeRelation(relation, values);
  if (!computed) return { status: 'skipped' };
  if (target.kind === 'empty') {
    return isBound(relation) ? { status: 'skipped' } : { status: 'fillable', computed: computed.interval, point: computed.point };
  }
  // A 总分 sums figures typed as shown, so it is one too: a bare `81.7` is 81.70 exactly, not 81.65–81.75.
  const stated = (relation.exactAddends ? addendInterval(values, relation.target) : null) ?? statedInterval(target);
  const copy = sameDigits(relation, values);
  const holds =
    copy !== null
      ? copy
      : relation.comparison === 'atMost'
      ? stated.lo.lte(computed.interval.hi)
      : relation.comparison === 'atLeast'
        ? stated.hi.gte(computed.interval.lo)
        : meets(stated, computed.interval);
  return { status: holds ? 'holds' : 'violated', stated: target, computed: computed.interval, point: computed.point ?? midpoint(computed.interval) };
}

/**
 * The same fact typed twice by hand to the same decimals in the same unit (two sentences of a report): one true
 * value rounds to one string of digits, so the two must be equal (29.84% and 29.83% are two statements of one
 * decline that cannot both be right, though their intervals touch at 29.835%). Null where the relation is no such copy.
 */
export function sameDigits(relation: Relation, values: CellValues): boolean | null {
  if (!relation.typedTwice || (relation.factor !== undefined && relation.factor !== 1) || relation.numerator.length !== 1) return null;
  const target = values.get(relation.target);
  const other = values.get(relation.numerator[0].ref);
  if (target.kind !== 'number' || other.kind !== 'number' || target.decimals !== other.decimals || target.percent !== other.percent) return null;
  return target.value.eq(other.value);
}
