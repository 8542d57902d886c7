import { checkCase, describeCase, generateCase } from './case';

/** Seeds the suite runs: 2,000 cases in four files, so Jest's workers share them. */
export const CASES_PER_SHARD = 500;

/** Run the cases of one shard; the failures, each with its seed and case, for the assertion message. */
export function failuresOfShard(shard: number): string[] {
  const failures: string[] = [];
  const first = 1 + shard * CASES_PER_SHARD;
  for (let seed = first; seed < first + CASES_PER_SHARD; seed++) {
    const c = generateCase(seed);
    const problems = checkCase(c);
    if (problems.length) failures.push(`${describeCase(c)}\n    ${problems.join('\n    ')}`);
  }
  return failures;
}
