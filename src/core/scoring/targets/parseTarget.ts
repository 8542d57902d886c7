import { rememberByText } from '../../text/rememberByText';
import { BOUND_WORDS_AFTER, BOUND_WORDS_BEFORE, NOT_QUANTITY_AFTER, RANGE_WORDS, wordPattern } from '../../vocabulary';
import { normaliseIndicatorText } from './normaliseIndicatorText';
import { parseDeadline } from './parseDeadline';
import { quantityOf, UNIT_PATTERN } from './quantity';
import type { Quantity, Target } from './Target';

/**
 * Parse a 年度指标值 (or a 实际完成值, which is written the same way) into a typed target:
 * one-sided bounds in signs or words, plain values, ranges, several values, deadlines, and anything else as
 * qualitative text. A bound inside a sentence (`上访率控制在0.1%以内，维护社会稳定`) is still found, as long as
 * exactly one clause carries numbers. Each distinct text is parsed once (targets repeat on every county's sheet);
 * the Target returned is shared and never changed.
 */
export const parseTarget: (text: string) => Target = rememberByText(readTarget);

function readTarget(text: string): Target {
  const normalised = normaliseIndicatorText(text);
  const qualitative: Target = { kind: 'qualitative', text: text.trim() };
  if (!normalised) return qualitative;
  const deadline = parseDeadline(normalised);
  if (deadline) return { kind: 'deadline', deadline };
  const parsed = splitClauses(normalised)
    .map(parseClause)
    .filter((clause): clause is Target | 'unrecognised' => clause !== null);
  return parsed.length === 1 && parsed[0] !== 'unrecognised' ? parsed[0] : qualitative;
}

export type Operator = '≥' | '>' | '≤' | '<' | '=';

/** The vocabulary's bound words (longest first, so `不低于` is not read as `低于`) ending the gap before a number. */
const OPERATOR_BEFORE: [RegExp, Operator][] = [
  ...BOUND_WORDS_BEFORE.map(([op, words]): [RegExp, Operator] => [new RegExp(`(${wordPattern(words)})$`), op]),
  [/=$/, '='],
];
/** A sign after a number is read as if it stood before it: the garbled `105%≤≥95%` means ≤105% and ≥95%. */
const OPERATOR_AFTER: [RegExp, Operator][] = BOUND_WORDS_AFTER.map(([op, words]) => [new RegExp(`^(${wordPattern(words)})`), op]);

/** A number not glued to another number; years (`2020年`) and quarters are labels, not quantities. */
const QUANTITY = new RegExp(`(?<![\\d.])(-?\\d+(?:\\.\\d+)?)(%|‰)?(${UNIT_PATTERN})?(?![\\d.])(?!${wordPattern(NOT_QUANTITY_AFTER)})`, 'g');
/** `95%-105%`, `95%～105%`, `95%至105%`, `6—9个月`: the separator becomes `~`. */
const RANGE_SEPARATOR = new RegExp(`(\\d%?(?:${UNIT_PATTERN})?)(?:${wordPattern(RANGE_WORDS)})+(?=-?\\d)`, 'g');

function splitClauses(normalised: string): string[] {
  return normalised
    .replace(/(\d),(\d{3})(?!\d)/g, '$1$2')
    .split(/[,;。]/)
    .filter((clause) => clause.length > 0);
}

interface Token {
  quantity: Quantity;
  start: number;
  end: number;
}

/** null: the clause has no number (words only); 'unrecognised': numbers in a shape that is no target. */
function parseClause(clause: string): Target | 'unrecognised' | null {
  const text = clause.replace(RANGE_SEPARATOR, '$1~');
  const tokens: Token[] = [...text.matchAll(QUANTITY)].map((m) => ({
    quantity: quantityOf(m[1], m[2], m[3]),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  if (tokens.length === 0) return null;
  const gaps = tokens.map((t, i) => text.slice(i === 0 ? 0 : tokens[i - 1].end, t.start));
  gaps.push(text.slice(tokens[tokens.length - 1].end));
  const operators = tokens.map((_, i) => operatorBefore(gaps[i]) ?? operatorAfter(gaps[i + 1]));

  if (tokens.length === 1) return single(tokens[0].quantity, operators[0]);
  const between = gaps.slice(1, -1).map((gap) => gap.replace(/^(≤|≥)/, '').replace(/(≥|>|≤|<|=)$/, ''));
  const quantities = alignUnits(tokens.map((t) => t.quantity));
  if (tokens.length === 2) {
    const [a, b] = quantities;
    if (operators.every((op) => op === null) && between[0] === '~') return rangeOf(a, b);
    const lowerIndex = operators.findIndex((op) => op === '≥' || op === '>');
    const upperIndex = operators.findIndex((op) => op === '≤' || op === '<');
    // `≥95%且≤105%`, `≥95%或≤105%` and the garbled `105%≤≥95%` all mean "between": 或 joining a lower and an
    // upper bound cannot mean "either", since every number would satisfy it.
    if (lowerIndex >= 0 && upperIndex >= 0) return rangeOf(quantities[lowerIndex], quantities[upperIndex]);
  }
  if (operators.every((op) => op === null) && between.every((gap) => gap === '、')) return { kind: 'values', values: quantities };
  return 'unrecognised';
}

/** A number and the comparison it stands with: `≥95%` is at least 95%; a bare value is a target to reach. */
export function single(quantity: Quantity, operator: Operator | null): Target {
  switch (operator) {
    case null:
      return { kind: 'value', value: quantity };
    case '=':
      return { kind: 'exactly', value: quantity };
    case '≥':
    case '>':
      return { kind: 'atLeast', bound: quantity, strict: operator === '>' };
    case '≤':
    case '<':
      return { kind: 'atMost', bound: quantity, strict: operator === '<' };
  }
}

export function rangeOf(a: Quantity, b: Quantity): Target {
  return a.value.lte(b.value) ? { kind: 'range', lower: a, upper: b } : { kind: 'range', lower: b, upper: a };
}

function operatorBefore(gap: string): Operator | null {
  for (const [pattern, operator] of OPERATOR_BEFORE) if (pattern.test(gap)) return operator;
  return null;
}

function operatorAfter(gap: string | undefined): Operator | null {
  if (gap === undefined) return null;
  for (const [pattern, operator] of OPERATOR_AFTER) if (pattern.test(gap)) return operator;
  return null;
}

/** `95~105%`: a bare number beside a percentage or a unit takes it (95 → 95%). */
function alignUnits(quantities: Quantity[]): Quantity[] {
  const withPercent = quantities.find((q) => q.percent);
  const withUnit = quantities.find((q) => q.unit !== '');
  return quantities.map((q) => {
    if (q.percent || q.unit) return q;
    if (withPercent) return { ...q, value: q.value.div(100), percent: true, unit: withPercent.unit };
    if (withUnit) return { ...q, unit: withUnit.unit };
    return q;
  });
}
