import { checkFactCase, failureText } from './checkCase';
import { coverageLines, coverageOf } from './coverage';
import { generateFactCase, type FactCase } from './factCase';
import { CASES_PER_SHARD, seedsOfShard, shardsEnabled, SHARDS } from './shard';

/**
 * One shard of the fact generator's cases, as factsGenerator1…5.test.ts run it: the cases of CASES_PER_SHARD
 * seeds, built once; the coverage of what they draw (runs now: it tests the generator); and what the core
 * says about each (a real assertion; FACTS_SHARDS=0 skips it for a quick local run). A failure prints the
 * seed, what the core must report and a picture of the
 * sheets; rebuild it with generateFactCase(seed), or FACTS_SEED=seed npx jest …/facts/factsReport.test.ts.
 */
export function shardSuite(shard: number): void {
  const seeds = seedsOfShard(shard);
  let cases: FactCase[] | null = null;
  const built = () => (cases ??= seeds.map(generateFactCase));

  describe(`fact generator, part ${shard + 1} of ${SHARDS} (seeds ${seeds[0]}–${seeds[seeds.length - 1]})`, () => {
    it('draws every assignment, mistake, composition and reality at least its minimum number of times', () => {
      const short = coverageLines(coverageOf(built())).filter((l) => l.count < l.minimum);
      expect(short.map((l) => `${l.what}: ${l.count} < ${l.minimum}`)).toEqual([]);
    });

    (shardsEnabled() ? it : it.skip)(`the core reports each error group of the ${CASES_PER_SHARD} cases, no other error, no warning in a clean case`, () => {
      const failures = built().map(checkFactCase).filter((o) => o.problems.length);
      // Thrown rather than compared: a diff of the pictures would cost more than the cases.
      if (failures.length) throw new Error(`${failures.length} of ${CASES_PER_SHARD} cases fail; the first:\n\n${failures.slice(0, 3).map(failureText).join('\n\n')}`);
    });
  });
}
