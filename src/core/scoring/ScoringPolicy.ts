// PLACEHOLDER — replaced by the self-evaluation work (issue 3).
export interface ScoringPolicy {
  name: string;
  scoreDecimals: number;
}
export const DEFAULT_POLICY: ScoringPolicy = { name: 'default', scoreDecimals: 2 };
export function resolvePolicy(name?: string): ScoringPolicy {
  if (!name || name === DEFAULT_POLICY.name) return DEFAULT_POLICY;
  throw new RangeError(`unknown scoring policy: ${name}`);
}
