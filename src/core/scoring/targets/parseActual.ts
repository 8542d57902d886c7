import { rememberByText } from '../../text/rememberByText';
import {
  BOUND_WORDS_AFTER,
  BOUND_WORDS_BEFORE,
  NEGATION_WORDS,
  NOTHING_HAPPENED_LEAD_WORDS,
  NOTHING_HAPPENED_WORDS,
  RATIO_WORDS,
  wordPattern,
} from '../../vocabulary';
import { comparableText, normaliseIndicatorText } from './normaliseIndicatorText';
import { parseTarget } from './parseTarget';
import { canonicalUnit, quantityOf, UNIT_PATTERN } from './quantity';
import type { Actual } from './Target';

/**
 * Parse a 实际完成值 as staff write it: a number, a count with its unit, a signed bound (`≥14830人`), a date
 * (`2020年12月20日`), a sentence around one number (`完成率98.5%，较上年提高`), a ratio of two counts (`45/50`,
 * `45人/50人`) or words saying nothing happened (`未发生`, `零发生`, `无`). A sentence that negates its number
 * (`未达到95%`) or holds more than one is text, for a person. Each distinct text is parsed once.
 */
export const parseActual: (text: string) => Actual = rememberByText(readActual);

const NOTHING = new RegExp(`^(${wordPattern(NOTHING_HAPPENED_LEAD_WORDS)})?(${wordPattern(NOTHING_HAPPENED_WORDS)})$`);
const COUNT = `(\\d+(?:\\.\\d+)?)(${UNIT_PATTERN})?`;
const RATIO = new RegExp(`^${COUNT}(?:${wordPattern(RATIO_WORDS)})${COUNT}$`);
const BOUND_WORDS = new RegExp(wordPattern([...BOUND_WORDS_BEFORE, ...BOUND_WORDS_AFTER].flatMap(([, words]) => words)), 'g');
const NEGATION = new RegExp(wordPattern(NEGATION_WORDS));
/** Clauses as parseTarget splits them. */
const CLAUSE = /[,;。]/;

function readActual(text: string): Actual {
  const trimmed = text.trim();
  if (saysNothingHappened(trimmed)) return { kind: 'nothing', text: trimmed };
  const normalised = normaliseIndicatorText(trimmed);
  const ratio = RATIO.exec(normalised);
  if (ratio) return ratioOf(ratio) ?? { kind: 'qualitative', text: trimmed };
  const parsed = parseTarget(trimmed);
  if (parsed.kind === 'qualitative' || parsed.kind === 'deadline') return parsed;
  // A number inside a clause that denies it (`未达到95%`): not that number. Other clauses may deny other things
  // (`全年未发生差错，准确率100%`).
  const denied = normalised.split(CLAUSE).some((clause) => /\d/.test(clause) && NEGATION.test(clause.replace(BOUND_WORDS, '')));
  return denied ? { kind: 'qualitative', text: trimmed } : parsed;
}

/** `无`, `未发生`, `全年零发生。`: the whole text, spaces and punctuation aside. */
export function saysNothingHappened(actual: string): boolean {
  return NOTHING.test(comparableText(actual));
}

/** Two counts of one unit (or none), the second above 0: `45人/50人` is 45 of 50. */
function ratioOf(match: RegExpExecArray): Actual | null {
  const [, top, topUnit, bottom, bottomUnit] = match;
  if (topUnit && bottomUnit && canonicalUnit(topUnit) !== canonicalUnit(bottomUnit)) return null;
  const numerator = quantityOf(top, undefined, topUnit ?? bottomUnit);
  const denominator = quantityOf(bottom, undefined, bottomUnit ?? topUnit);
  return denominator.value.gt(0) ? { kind: 'ratio', numerator, denominator } : null;
}
