import type { FactCase } from './factCase';

/** One paragraph a failing test prints: enough to rebuild the case (generateFactCase(seed)) and to see it. */
export function describeFactCase(c: FactCase): string {
  const mistake = c.mistake + (c.bare ? ' (typed as a bare number)' : '');
  return [
    `seed ${c.seed}: ${c.composition} (${c.placement}), tables [${c.assignments.join('; ')}], mistake ${mistake}`,
    `  realities [${c.realities.join(', ')}]`,
    `  must report ${c.errors.length ? c.errors.map((g) => `[${g.join(' ')}]`).join(' ') : 'nothing'}${c.injected.length ? `; changed ${c.injected.join(' ')}` : ''}`,
    `  rebuild: generateFactCase(${c.seed}) in tests/core/generalisation/facts/factCase.ts; FACTS_SEED=${c.seed} npx jest tests/core/generalisation/facts/factsReport.test.ts`,
  ].join('\n');
}
