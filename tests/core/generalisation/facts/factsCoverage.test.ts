import { ASSIGNMENTS, assignmentName } from './assignments';
import { COMPOSITIONS } from './composition';
import { generateFactCase } from './factCase';
import { FACT_REALITIES } from './factRealities';
import { FACT_MISTAKES } from './mistakes';
import { CASES_PER_SHARD, SHARDS } from './shard';

/**
 * The seeds the shards run (1 … 5,000) draw every assignment of dimensions, every mistake of the catalogue,
 * every composition and every reality, each at least a minimum number of times: no layout, mistake or reality
 * is in the catalogue without being proved. Counts only the generator (no core), so it runs in CI now.
 */
const MINIMUM = { assignment: 40, mistake: 60, composition: 200, reality: 30, clean: 300 };

const counts = new Map<string, number>();
const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
for (let seed = 1; seed <= CASES_PER_SHARD * SHARDS; seed++) {
  const c = generateFactCase(seed);
  for (const a of new Set(c.assignments)) bump(`assignment ${a}`);
  bump(`mistake ${c.mistake}`);
  bump(`composition ${c.composition}`);
  for (const r of c.realities) bump(`reality ${r}`);
  if (c.bare) bump('bare');
  if (c.errors.some((g) => g.length > 1)) bump('group of several cells');
}
const count = (key: string) => counts.get(key) ?? 0;

describe(`the fact generator's ${CASES_PER_SHARD * SHARDS} seeds`, () => {
  it.each(ASSIGNMENTS.map(assignmentName))(`draw the assignment %s at least ${MINIMUM.assignment} times`, (name) => {
    expect(count(`assignment ${name}`)).toBeGreaterThanOrEqual(MINIMUM.assignment);
  });

  it.each([...FACT_MISTAKES])(`inject the mistake %s at least ${MINIMUM.mistake} times`, (mistake) => {
    expect(count(`mistake ${mistake}`)).toBeGreaterThanOrEqual(MINIMUM.mistake);
  });

  it.each([...COMPOSITIONS])(`lay facts out as %s at least ${MINIMUM.composition} times`, (composition) => {
    expect(count(`composition ${composition}`)).toBeGreaterThanOrEqual(MINIMUM.composition);
  });

  it.each([...FACT_REALITIES])(`write the reality %s at least ${MINIMUM.reality} times`, (reality) => {
    expect(count(`reality ${reality}`)).toBeGreaterThanOrEqual(MINIMUM.reality);
  });

  it('make clean cases and rounding-trap cases, wrong figures typed bare, and groups of several cells', () => {
    expect(count('mistake none')).toBeGreaterThanOrEqual(MINIMUM.clean);
    expect(count('mistake roundingTraps')).toBeGreaterThanOrEqual(MINIMUM.clean);
    expect(count('bare')).toBeGreaterThanOrEqual(MINIMUM.mistake);
    expect(count('group of several cells')).toBeGreaterThanOrEqual(MINIMUM.mistake);
  });
});
