import { checkFactCase, failureText } from './checkCase';
import { generateFactCase } from './factCase';
import { CASES_PER_SHARD, failureSummary, runSeeds, SHARDS } from './shard';

/**
 * For the core's rebuild, not for CI: runs only when asked.
 *
 *   FACTS_REPORT=1 npx jest tests/core/generalisation/facts/factsReport.test.ts
 *     all 5,000 seeds against today's core: failure counts by assignment, mistake, composition, reality and
 *     problem, two example seeds each (FACTS_FROM / FACTS_TO narrow the seeds);
 *   FACTS_SEED=1234 npx jest tests/core/generalisation/facts/factsReport.test.ts
 *     one case rebuilt from its seed: what the core must report, what it said, and a picture of the sheets.
 */
const seed = process.env.FACTS_SEED ? Number(process.env.FACTS_SEED) : null;
const report = process.env.FACTS_REPORT === '1';

(seed !== null ? it : it.skip)(`the case of FACTS_SEED=${process.env.FACTS_SEED ?? ''}`, () => {
  const outcome = checkFactCase(generateFactCase(seed!));
  console.log(failureText(outcome));
});

(report ? it : it.skip)('failure summary over the shards’ seeds', () => {
  const from = Number(process.env.FACTS_FROM ?? 1);
  const to = Number(process.env.FACTS_TO ?? CASES_PER_SHARD * SHARDS);
  const outcomes = runSeeds(Array.from({ length: to - from + 1 }, (_, i) => from + i));
  console.log(failureSummary(outcomes));
}, 600_000);
