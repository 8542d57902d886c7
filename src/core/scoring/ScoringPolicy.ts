import type { ScoringPolicy } from './policyConfig';
import { POLICY_PRESETS, DEFAULT_POLICY } from './presets';

export { createPolicy, DEFAULT_SETTINGS, InvalidPolicyError, SCORE_DECIMALS, type ScoringPolicy, type ScoringPolicySettings } from './policyConfig';
export { DEFAULT_POLICY, DEVIATION_POLICY, POLICY_PRESETS, PRESET_CHOICES, type PresetChoice } from './presets';

/** The preset of that name (the default without one); an unknown name throws a RangeError naming the valid ones. */
export function resolvePolicy(name?: string): ScoringPolicy {
  if (name === undefined || name === '') return DEFAULT_POLICY;
  const preset = POLICY_PRESETS.find((p) => p.name === name);
  if (!preset) {
    throw new RangeError(`unknown scoring policy "${name}"; valid presets: ${POLICY_PRESETS.map((p) => p.name).join(', ')}`);
  }
  return preset;
}
