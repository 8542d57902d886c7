import { PRESET_CHOICES, SCORE_DECIMALS, createPolicy, numberFormatFor, type ScoringPolicy } from '../core';
import type { StoredSettings } from '../hosts/WorkbookHost';

/** The decimals a user may choose for 得分, the core's range. */
export const DECIMAL_CHOICES: readonly number[] = Array.from({ length: SCORE_DECIMALS.max - SCORE_DECIMALS.min + 1 }, (_, i) => SCORE_DECIMALS.min + i);

const DEFAULT_CHOICE = PRESET_CHOICES[0];

export const DEFAULT_SETTINGS: StoredSettings = { preset: DEFAULT_CHOICE.name, decimals: DEFAULT_CHOICE.policy.scoreDecimals };

/**
 * The scoring policy for the saved settings, resolved once here at the edge and built through the core's
 * createPolicy (so it is validated like any other): the preset with the chosen decimals and a 得分 format to
 * match. A preset this version does not know, or decimals out of range, fall back to the defaults rather than
 * blocking the check.
 */
export function policyFromSettings(settings: StoredSettings): ScoringPolicy {
  const { policy } = PRESET_CHOICES.find((choice) => choice.name === settings.preset) ?? DEFAULT_CHOICE;
  const wanted = Math.trunc(settings.decimals);
  const decimals = Number.isFinite(wanted) ? Math.max(SCORE_DECIMALS.min, Math.min(SCORE_DECIMALS.max, wanted)) : policy.scoreDecimals;
  const { name, description, ...rest } = policy;
  return createPolicy(name, description, { ...rest, scoreDecimals: decimals, scoreFormat: numberFormatFor(decimals, false) });
}
