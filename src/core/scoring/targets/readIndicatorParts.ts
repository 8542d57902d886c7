import { parseActual } from './parseActual';
import { parseTarget, rangeOf, single, type Operator } from './parseTarget';
import { canonicalUnit } from './quantity';
import { readPartUnit, readPartWords, withPartUnit, type PartUnit, type PartWords } from './readPartWords';
import type { ActualReading, Comparison, Direction, Disagreement, PartColumn, PartName, StatedPart, TargetReading } from './IndicatorReading';
import type { Actual, Quantity, Target } from './Target';

/** One thing a part cell said, with the cell. */
interface Said<T, S> {
  value: T;
  text: string;
  source: S;
  column: PartColumn;
}

interface AllSaid<S> {
  comparison?: Said<Operator | 'range', S>;
  direction?: Said<'positive' | 'reverse' | 'twoSided', S>;
  nature?: Said<'quantitative' | 'qualitative', S>;
  unit?: Said<PartUnit, S>;
}

type Collected<S> = { said: AllSaid<S> } | { unread: { part: PartColumn; text: string } } | { disagreement: Disagreement<S> };

/** What the part cells say, each part once: a part said twice differently (two columns) is a disagreement. */
function collect<S>(parts: StatedPart<S>[]): Collected<S> {
  const said: AllSaid<S> = {};
  const put = <K extends keyof AllSaid<S>>(key: K, value: NonNullable<AllSaid<S>[K]>['value'], part: StatedPart<S>): Disagreement<S> | null => {
    const before = said[key];
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const text = part.text.trim();
    if (before && !same(before.value, value)) {
      return { part: part.column, text, source: part.source, against: { part: before.column, text: before.text, source: before.source } };
    }
    said[key] = { value, text, source: part.source, column: part.column } as AllSaid<S>[K];
    return null;
  };
  for (const part of parts) {
    if (part.column === 'unit') {
      const unit = readPartUnit(part.text);
      if (unit === 'unread') return { unread: { part: 'unit', text: part.text } };
      const clash = unit && put('unit', unit, part);
      if (clash) return { disagreement: clash };
      continue;
    }
    const words = readPartWords(part.text);
    if (words === 'unread') return { unread: { part: part.column, text: part.text } };
    for (const key of Object.keys(words ?? {}) as (keyof PartWords)[]) {
      const clash = put(key, words![key]!, part);
      if (clash) return { disagreement: clash };
    }
  }
  return { said };
}

/**
 * A 年度指标值 read from its value cell and the part columns beside it. The parts are put together in one order —
 * nature, unit, comparison, direction — and each must agree with what is already there: `≥` beside `95%` makes
 * `≥95%`; 反向 beside a bare `5` makes the ceiling `≤5`; 定性 makes the indicator qualitative whatever its value
 * looks like; `=100%` with 正向 is a target to reach (≥), with 反向 a ceiling. A part that contradicts (`≥95%` and
 * 反向, `95%` and the unit 人, `≥` before words without a number) is never resolved by a guess: the reading keeps
 * the value cell's own form and names the disagreement, and the indicator goes to a person.
 */
export function readTargetParts<S>(value: { text: string; source: S }, parts: StatedPart<S>[] = []): TargetReading<S> {
  const base = parseTarget(value.text);
  const collected = collect(parts);
  const plain = { text: value.text, shown: value.text.trim(), from: { value: value.source } as TargetReading<S>['from'] };
  if ('unread' in collected) return { ...plain, ...describe(base), unread: collected.unread };
  if ('disagreement' in collected) return { ...plain, ...describe(base), disagreement: collected.disagreement };
  const { said } = collected;
  const from = { ...plain.from };
  for (const key of ['comparison', 'direction', 'nature', 'unit'] as const) if (said[key]) from[key] = said[key]!.source;

  let form: Target = base;
  let comparisonFrom: PartName = 'value';
  let unitApplied = false;
  const textOf = (part: PartName) => (part === 'value' ? value.text.trim() : said[part]!.text);
  if (said.nature?.value === 'qualitative') form = { kind: 'qualitative', text: value.text.trim() };
  else if (said.nature?.value === 'quantitative' && base.kind === 'qualitative') return disagreeing('nature', 'value');
  if (said.unit && form.kind !== 'qualitative' && form.kind !== 'deadline') {
    const united = applyUnit(form, said.unit.value);
    if (united === null) return disagreeing('unit', 'value');
    unitApplied = united !== form;
    form = united;
  }
  if (said.comparison) {
    // A sign beside words: the words have no number to compare (or a 定性 column says they are only words).
    if (form.kind === 'qualitative') return disagreeing('comparison', said.nature?.value === 'qualitative' ? 'nature' : 'value');
    const compared = applyComparison(form, said.comparison.value);
    if (compared === null) return disagreeing('comparison', 'value');
    form = compared;
    comparisonFrom = 'comparison';
  }
  if (said.direction) {
    const directed = applyDirection(form, said.direction.value);
    if (directed === null) return disagreeing('direction', comparisonFrom);
    form = directed;
  }
  const words = [said.direction?.text, said.nature?.text].filter((t): t is string => !!t);
  const valueShown = unitApplied ? withUnitShown(value.text.trim(), said.unit!.text) : value.text.trim();
  const shown = `${said.comparison?.text ?? ''}${valueShown}${words.length ? `（${words.join('，')}）` : ''}`;
  return { text: value.text, shown, from, ...describe(form) };

  function disagreeing(part: PartName, against: PartName): TargetReading<S> {
    const side = (name: PartName) => ({ part: name === 'value' ? name : said[name]!.column, text: textOf(name), source: from[name] });
    return { ...plain, from, ...describe(base), disagreement: { ...side(part), against: side(against) } };
  }
}

/**
 * A 实际完成值 read from its cell and the unit column it shares with the target (or has of its own): a bare `98`
 * under `%` is 98%, `45/50` under `人` is 45人 of 50人. A unit that contradicts the cell's own (`98%` under 人) is
 * a disagreement for a person.
 */
export function readActualParts<S>(value: { text: string; source: S }, parts: StatedPart<S>[] = []): ActualReading<S> {
  const base = parseActual(value.text);
  const collected = collect(parts.filter((p) => p.column === 'unit'));
  const plain = { text: value.text, shown: value.text.trim(), from: { value: value.source } as ActualReading<S>['from'], form: base };
  if ('unread' in collected) return { ...plain, unread: collected.unread };
  if ('disagreement' in collected) return { ...plain, disagreement: collected.disagreement };
  const unit = collected.said.unit;
  if (!unit) return plain;
  const from = { ...plain.from, unit: unit.source };
  const united = applyUnitToActual(base, unit.value);
  if (united === null) {
    const against = { part: 'value' as const, text: value.text.trim(), source: value.source };
    return { ...plain, from, disagreement: { part: unit.column, text: unit.text, source: unit.source, against } };
  }
  return { ...plain, from, form: united, shown: united === base ? plain.shown : withUnitShown(plain.shown, unit.text) };
}

/** A value cell shown with the unit its column gives it, after its last figure: `91以上` and `%` show `91%以上`. */
function withUnitShown(text: string, unit: string): string {
  return text.replace(/(\d)(?!.*\d)/, `$1${unit}`);
}

/** The quantities of a form, each given the unit column's unit or checked against it; null when one disagrees. */
function applyUnit(form: Target, unit: PartUnit): Target | null {
  let changed = false;
  let clash = false;
  const fit = (q: Quantity): Quantity => {
    if (q.percent || q.unit) {
      const agrees = q.percent ? unit.percent !== null : unit.percent === null && canonicalUnit(q.unit) === canonicalUnit(unit.unit);
      if (!agrees) clash = true;
      return q;
    }
    changed = true;
    return withPartUnit(q, unit);
  };
  const out = mapQuantities(form, fit);
  if (clash) return null;
  return changed ? out : form;
}

function applyUnitToActual(actual: Actual, unit: PartUnit): Actual | null {
  if (actual.kind === 'nothing') return actual;
  if (actual.kind !== 'ratio') return applyUnit(actual, unit);
  // A ratio of counts is a fraction: beside `%` it stays as it is; beside a count unit its counts take that unit.
  if (unit.percent !== null) return actual;
  const fit = (q: Quantity) => (q.unit ? (canonicalUnit(q.unit) === canonicalUnit(unit.unit) ? q : null) : withPartUnit(q, unit));
  const numerator = fit(actual.numerator);
  const denominator = fit(actual.denominator);
  if (!numerator || !denominator) return null;
  return numerator === actual.numerator && denominator === actual.denominator ? actual : { kind: 'ratio', numerator, denominator };
}

function mapQuantities(form: Target, fit: (q: Quantity) => Quantity): Target {
  switch (form.kind) {
    case 'value':
    case 'exactly':
      return { ...form, value: fit(form.value) };
    case 'atLeast':
    case 'atMost':
      return { ...form, bound: fit(form.bound) };
    case 'range':
      return rangeOf(fit(form.lower), fit(form.upper));
    case 'values':
      return { kind: 'values', values: form.values.map(fit) };
    case 'deadline':
    case 'qualitative':
      return form;
  }
}

/** A comparison column's sign on the value: a bare value takes it; a value with a sign of its own must have the same. */
function applyComparison(form: Target, op: Operator | 'range'): Target | null {
  switch (form.kind) {
    case 'value':
      return op === 'range' ? null : single(form.value, op);
    case 'atLeast':
      return op === (form.strict ? '>' : '≥') ? form : null;
    case 'atMost':
      return op === (form.strict ? '<' : '≤') ? form : null;
    case 'exactly':
      return op === '=' ? form : null;
    case 'range':
      return op === 'range' ? form : null;
    case 'values':
      // Several values are each a target to reach.
      return op === '≥' ? form : null;
    case 'deadline':
      // The same day or an earlier one: a deadline is a ceiling on time.
      return op === '≤' || op === '<' ? form : null;
    case 'qualitative':
      return null;
  }
}

/**
 * A direction column on the comparison: 反向 makes a bare value a ceiling and 正向 a target to reach (as it is
 * already); `=` takes the side the direction names; a bound or a range must point the way the column says.
 */
function applyDirection(form: Target, direction: 'positive' | 'reverse' | 'twoSided'): Target | null {
  switch (form.kind) {
    case 'value':
    case 'exactly':
      if (direction === 'positive') return form.kind === 'value' ? form : single(form.value, '≥');
      return direction === 'reverse' ? single(form.value, '≤') : form.kind === 'exactly' ? form : single(form.value, '=');
    case 'atLeast':
      return direction === 'positive' ? form : null;
    case 'atMost':
      return direction === 'reverse' ? form : null;
    case 'range':
      return direction === 'twoSided' ? form : null;
    case 'values':
      return direction === 'positive' ? form : null;
    case 'deadline':
    case 'qualitative':
      // On time is good whichever way a template names it; words have no side.
      return form;
  }
}

/** The parts a target's form amounts to, for the fact and the report. */
function describe(form: Target): Pick<TargetReading, 'form' | 'comparison' | 'values' | 'unit' | 'direction' | 'nature'> {
  const quantitative = (comparison: Comparison, values: Quantity[], direction: Direction) => ({
    form,
    comparison,
    values,
    unit: values[0]?.percent ? '%' : values[0]?.unit ?? '',
    direction,
    nature: 'quantitative' as const,
  });
  switch (form.kind) {
    case 'value':
      return quantitative('≥', [form.value], 'positive');
    case 'atLeast':
      return quantitative(form.strict ? '>' : '≥', [form.bound], 'positive');
    case 'atMost':
      return quantitative(form.strict ? '<' : '≤', [form.bound], 'reverse');
    case 'exactly':
      return quantitative('=', [form.value], 'twoSided');
    case 'range':
      return quantitative('range', [form.lower, form.upper], 'twoSided');
    case 'values':
      return quantitative('values', form.values, 'positive');
    case 'deadline':
      return quantitative('deadline', [], 'reverse');
    case 'qualitative':
      return { form, comparison: 'qualitative', values: [], unit: '', direction: 'qualitative', nature: 'qualitative' };
  }
}
