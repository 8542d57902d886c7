import * as fs from 'fs';
import * as path from 'path';
import { factModelTables } from './readmeFacts';

/**
 * The README shows the fact model and the relation catalogue between two markers; they must be the core's data.
 * To refresh after changing it: WRITE_README_FACTS=1 npx jest tests/core/facts/readme
 */
const README = path.resolve(__dirname, '../../../docs/checks.md');
const START = '<!-- facts:start (generated from src/core/facts/dimensionCatalogue.ts and src/core/catalogue/relationCatalogue.ts by tests/core/facts/readmeFacts.ts) -->';
const END = '<!-- facts:end -->';

it('the README’s fact model and relation catalogue are the core’s, word for word', () => {
  const readme = fs.readFileSync(README, 'utf8');
  const expected = `${START}\n${factModelTables()}\n${END}`;
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (process.env.WRITE_README_FACTS && from >= 0 && to > from) {
    fs.writeFileSync(README, readme.slice(0, from) + expected + readme.slice(to + END.length));
    return;
  }
  expect(from).toBeGreaterThanOrEqual(0);
  expect(readme.slice(from, to + END.length)).toBe(expected);
});
