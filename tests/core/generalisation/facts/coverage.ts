import { ASSIGNMENTS, assignmentName } from './assignments';
import { COMPOSITIONS } from './composition';
import type { FactCase } from './factCase';
import { FACT_REALITIES } from './factRealities';
import { FACT_MISTAKES } from './mistakes';

/**
 * What a shard's 1,000 seeds must draw, each at least so many times: every assignment of dimensions, every
 * mistake, every composition, every reality (as really written), clean and rounding-trap cases, a wrong figure
 * typed bare, a group of several cells. Five shards make it five times over the 5,000 seeds.
 */
export const MINIMUM_PER_SHARD = { assignment: 5, mistake: 20, composition: 50, reality: 10, clean: 100, other: 15 };

export function coverageOf(cases: FactCase[]): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const c of cases) {
    for (const a of new Set(c.assignments)) bump(`assignment ${a}`);
    bump(`mistake ${c.mistake}`);
    bump(`composition ${c.composition}`);
    for (const r of c.realities) bump(`reality ${r}`);
    if (c.bare) bump('other: a wrong figure typed as a bare number');
    if (c.errors.some((g) => g.length > 1)) bump('other: a group of several cells');
    if (c.formulas.length && c.errors.length) bump('other: a mistake among formulas');
    if (c.hidden.length && c.errors.length) bump('other: a mistake beside hidden figures');
  }
  return counts;
}

/** Each thing to draw with its minimum and its count; the test asserts count ≥ minimum for every line. */
export function coverageLines(counts: Map<string, number>): { what: string; minimum: number; count: number }[] {
  const m = MINIMUM_PER_SHARD;
  const line = (what: string, minimum: number) => ({ what, minimum, count: counts.get(what) ?? 0 });
  return [
    ...ASSIGNMENTS.map((a) => line(`assignment ${assignmentName(a)}`, m.assignment)),
    ...FACT_MISTAKES.map((x) => line(`mistake ${x}`, m.mistake)),
    line('mistake none', m.clean),
    line('mistake roundingTraps', m.clean),
    ...COMPOSITIONS.map((x) => line(`composition ${x}`, m.composition)),
    ...FACT_REALITIES.map((x) => line(`reality ${x}`, m.reality)),
    ...['a wrong figure typed as a bare number', 'a group of several cells', 'a mistake among formulas', 'a mistake beside hidden figures'].map((x) => line(`other: ${x}`, m.other)),
  ];
}
