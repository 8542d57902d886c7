import * as fs from 'fs';
import * as path from 'path';
import {
  BOUND_WORDS_AFTER,
  BOUND_WORDS_BEFORE,
  DIRECTION_WORDS,
  EQUAL_WORDS,
  INDICATOR_UNIT_WORDS,
  NATURE_WORDS,
  NEGATION_WORDS,
  NOTHING_HAPPENED_LEAD_WORDS,
  NOTHING_HAPPENED_WORDS,
  RANGE_PART_WORDS,
  SIGN_WORDS,
} from '../../../src/core/vocabulary';

/**
 * The README's scoring section lists the words of a target's part cells and of the actuals between two markers;
 * the list must be the vocabulary's, word for word. To refresh it after changing targetWords.ts:
 * WRITE_README_VOCABULARY=1 npx jest tests/core/selfEvaluation/readmeWords
 */
const README = path.resolve(__dirname, '../../../docs/scoring.md');
const START = '<!-- indicatorWords:start (generated from src/core/vocabulary/targetWords.ts by tests/core/selfEvaluation/readmeWords.test.ts) -->';
const END = '<!-- indicatorWords:end -->';

const list = (words: readonly string[]) => words.map((w) => `\`${w}\``).join(' ');
const SIDES = { positive: '正向 (`positive`)', reverse: '反向 (`reverse`)', twoSided: '中性 (`twoSided`)', quantitative: '定量', qualitative: '定性 (`qualitative`)' };

function indicatorWordsTable(): string {
  const comparison = new Map<string, string[]>();
  // Spelled-out signs (`大于等于`, `≧`) are turned into the sign before a cell is read.
  for (const [op, words] of [...BOUND_WORDS_BEFORE, ...BOUND_WORDS_AFTER, ...SIGN_WORDS]) comparison.set(op, [...new Set([...(comparison.get(op) ?? []), ...words])]);
  return [
    '| part cell says | words (a cell may hold several: `定量（正向）`) |',
    '|---|---|',
    ...[...comparison].map(([op, words]) => `| comparison \`${op}\` | ${list(words)} |`),
    `| comparison \`=\` | ${list(EQUAL_WORDS)} |`,
    `| comparison: a range | ${list(RANGE_PART_WORDS)} |`,
    ...DIRECTION_WORDS.map(([side, words]) => `| direction ${SIDES[side]} | ${list(words)} |`),
    ...NATURE_WORDS.map(([nature, words]) => `| nature ${SIDES[nature]} | ${list(words)} |`),
    '',
    '| actual | words |',
    '|---|---|',
    `| nothing happened (0) | ${list(NOTHING_HAPPENED_WORDS)}, after any of ${list(NOTHING_HAPPENED_LEAD_WORDS)} |`,
    `| a sentence that denies its number (for a person) | ${list(NEGATION_WORDS)} |`,
    `| count units beside the tables' units | ${list(INDICATOR_UNIT_WORDS)} |`,
  ].join('\n');
}

describe('README words of indicator parts and actuals', () => {
  it('are the vocabulary, word for word', () => {
    const readme = fs.readFileSync(README, 'utf8');
    const expected = `${START}\n${indicatorWordsTable()}\n${END}`;
    const from = readme.indexOf(START);
    const to = readme.indexOf(END);
    if (process.env.WRITE_README_VOCABULARY && from >= 0 && to > from) {
      fs.writeFileSync(README, readme.slice(0, from) + expected + readme.slice(to + END.length));
      return;
    }
    expect(from).toBeGreaterThanOrEqual(0);
    expect(readme.slice(from, to + END.length)).toBe(expected);
  });
});
