import { checkFactCase, type CaseOutcome } from './checkCase';
import { generateFactCase } from './factCase';

/**
 * The fact generator's cases in shards of CASES_PER_SHARD seeds (factsGenerator1…5.test.ts run one each, so
 * Jest's workers can share them), and the summary FACTS_REPORT=1 prints: failure counts by assignment, mistake,
 * composition, reality and problem, with two example seeds each, for driving the core's rebuild.
 */
export const CASES_PER_SHARD = 1000;
export const SHARDS = 5;

/** The shards are real assertions on every run; FACTS_SHARDS=0 skips them for a quick local run. */
export const shardsEnabled = (): boolean => process.env.FACTS_SHARDS !== '0';

export function seedsOfShard(shard: number): number[] {
  return Array.from({ length: CASES_PER_SHARD }, (_, i) => 1 + shard * CASES_PER_SHARD + i);
}

export function runSeeds(seeds: number[]): CaseOutcome[] {
  return seeds.map((seed) => checkFactCase(generateFactCase(seed)));
}

/** Failure counts by assignment, by mistake and by reality, each with two example seeds. */
export function failureSummary(outcomes: CaseOutcome[]): string {
  const failing = outcomes.filter((o) => o.problems.length);
  const lines = [`${failing.length} of ${outcomes.length} cases fail`];
  const table = (title: string, keysOf: (o: CaseOutcome) => string[], ofFailing = false) => {
    const all = new Map<string, number>();
    const bad = new Map<string, number[]>();
    for (const o of ofFailing ? failing : outcomes) for (const k of new Set(keysOf(o))) all.set(k, (all.get(k) ?? 0) + 1);
    for (const o of failing) for (const k of new Set(keysOf(o))) bad.set(k, [...(bad.get(k) ?? []), o.case.seed]);
    lines.push('', `by ${title}:`);
    for (const [k, total] of [...all].sort((a, b) => (bad.get(b[0])?.length ?? 0) / b[1] - (bad.get(a[0])?.length ?? 0) / a[1] || a[0].localeCompare(b[0]))) {
      const seeds = bad.get(k) ?? [];
      lines.push(`  ${String(seeds.length).padStart(5)} / ${String(total).padEnd(5)} ${k.padEnd(34)} ${seeds.length ? `e.g. seeds ${seeds.slice(0, 2).join(', ')}` : ''}`);
    }
  };
  table('assignment', (o) => o.case.assignments);
  table('mistake', (o) => [o.case.mistake]);
  table('composition', (o) => [o.case.composition]);
  table('reality', (o) => o.case.realities);
  table('problem (of the failing cases)', (o) => o.problems.map((p) => (p.startsWith('missed') ? 'missed a group' : p.startsWith('false') ? 'false errors' : 'warnings in a clean case')), true);
  return lines.join('\n');
}
