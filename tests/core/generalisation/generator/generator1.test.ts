import { CASES_PER_SHARD, failuresOfShard } from './runCases';

/**
 * The layout generator, part 1 of 4: seeded workbooks built from the seeds' tables with random realities,
 * each with one injected mistake, rounding traps only, or nothing (see case.ts). A failure prints the seed and
 * the case; rebuild it with generateCase(seed).
 */
it(`${CASES_PER_SHARD} generated workbooks: the injected cell is the only error, a clean case has none, every 得分 exact`, () => {
  const failures = failuresOfShard(0);
  expect(failures.slice(0, 10).join('\n')).toBe('');
  expect(failures).toHaveLength(0);
});
