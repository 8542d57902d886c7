import { DEFAULT_POLICY, numberFormatFor, resolvePolicy, type ScoringPolicy } from '../core';
import type { StoredSettings } from '../hosts/WorkbookHost';

/** The presets the settings panel offers; the core owns their rules, the pane only their names. */
export const PRESETS = ['default', 'deviation'] as const;

export const DEFAULT_SETTINGS: StoredSettings = { preset: 'default', decimals: DEFAULT_POLICY.scoreDecimals };

/**
 * The scoring policy for the saved settings: the preset with the chosen number of decimals (and a 得分 format to
 * match). A preset this version does not know falls back to the default rather than blocking the check.
 */
export function policyFromSettings(settings: StoredSettings): ScoringPolicy {
  let preset: ScoringPolicy;
  try {
    preset = resolvePolicy(settings.preset);
  } catch {
    preset = DEFAULT_POLICY;
  }
  const decimals = Math.max(0, Math.min(6, Math.trunc(settings.decimals)));
  return { ...preset, scoreDecimals: decimals, scoreFormat: numberFormatFor(decimals, false) };
}
