import * as fs from 'fs';
import * as path from 'path';
import { vocabularyTables } from './readmeTables';

/**
 * The README lists the recognised words between two markers; the list must be the vocabulary's, word for word.
 * To refresh it after changing the vocabulary: WRITE_README_VOCABULARY=1 npx jest tests/core/vocabulary/readme
 */
const README = path.resolve(__dirname, '../../../docs/checks.md');
const START = '<!-- vocabulary:start (generated from src/core/vocabulary by tests/core/vocabulary/readmeTables.ts) -->';
const END = '<!-- vocabulary:end -->';

describe('README synonym tables', () => {
  it('are the vocabulary, word for word', () => {
    const readme = fs.readFileSync(README, 'utf8');
    const expected = `${START}\n${vocabularyTables()}\n${END}`;
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
