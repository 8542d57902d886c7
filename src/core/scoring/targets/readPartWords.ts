import {
  BOUND_WORDS_AFTER,
  BOUND_WORDS_BEFORE,
  DIRECTION_WORDS,
  EQUAL_WORDS,
  isPlaceholder,
  NATURE_WORDS,
  PART_FILLER_WORDS,
  RANGE_PART_WORDS,
  wordPattern,
} from '../../vocabulary';
import { rememberByText } from '../../text/rememberByText';
import { normaliseIndicatorText } from './normaliseIndicatorText';
import type { Operator } from './parseTarget';
import { quantityOf } from './quantity';
import type { Quantity } from './Target';

/** What a cell of a comparison, direction or nature column says; each absent when it says nothing of it. */
export interface PartWords {
  comparison?: Operator | 'range';
  direction?: 'positive' | 'reverse' | 'twoSided';
  nature?: 'quantitative' | 'qualitative';
}

type Said = ['comparison', Operator | 'range'] | ['direction', 'positive' | 'reverse' | 'twoSided'] | ['nature', 'quantitative' | 'qualitative'];

const WORDS = new Map<string, Said>();
for (const [op, words] of [...BOUND_WORDS_BEFORE, ...BOUND_WORDS_AFTER]) for (const w of words) WORDS.set(w, ['comparison', op]);
for (const w of EQUAL_WORDS) WORDS.set(w, ['comparison', '=']);
for (const w of RANGE_PART_WORDS) WORDS.set(w, ['comparison', 'range']);
for (const [direction, words] of DIRECTION_WORDS) for (const w of words) WORDS.set(w, ['direction', direction]);
for (const [nature, words] of NATURE_WORDS) for (const w of words) WORDS.set(w, ['nature', nature]);
const ANY_WORD = new RegExp(wordPattern([...WORDS.keys()]), 'g');
const FILLER = new RegExp(wordPattern(PART_FILLER_WORDS), 'g');

/**
 * The words of a part cell (`≥`, `不低于`, `反向`, `越小越好`, `定性`, `定量（正向）`), whatever its header: null
 * for a blank or a placeholder (`—`), 'unread' when it holds a word none of the lists knows or says one thing two
 * ways (`正向反向`). A county's new word is one more string in targetWords.ts.
 */
export const readPartWords: (text: string) => PartWords | 'unread' | null = rememberByText((text) => {
  if (isPlaceholder(text)) return null;
  const said: PartWords = {};
  let clash = false;
  const rest = normaliseIndicatorText(text).replace(ANY_WORD, (word) => {
    const [part, value] = WORDS.get(word)!;
    if (said[part] !== undefined && said[part] !== value) clash = true;
    (said as Record<string, string>)[part] = value;
    return '';
  });
  if (clash || rest.replace(FILLER, '').replace(/[\p{P}\s]/gu, '') !== '') return 'unread';
  return said;
});

/** What a unit cell says: `%` (or `‰`) makes a bare number a percentage, anything else is the unit as typed. */
export interface PartUnit {
  percent: '%' | '‰' | null;
  unit: string;
}

/** A unit cell (`%`, `人`, `万元`, `（%）`): null for a blank or a placeholder, 'unread' when it holds a figure. */
export const readPartUnit: (text: string) => PartUnit | 'unread' | null = rememberByText((text) => {
  if (isPlaceholder(text)) return null;
  const unit = normaliseIndicatorText(text).replace(/^\((.*)\)$/, '$1');
  if (/\d/.test(unit) || unit === '') return 'unread';
  return unit === '%' || unit === '‰' ? { percent: unit, unit: '' } : { percent: null, unit };
});

/** A bare number given the unit of its unit column: `95` and `%` are 95%, `74272` and `人` are 74272人. */
export function withPartUnit(quantity: Quantity, unit: PartUnit): Quantity {
  const digits = quantity.text;
  return quantityOf(digits, unit.percent ?? undefined, unit.percent ? undefined : unit.unit);
}
