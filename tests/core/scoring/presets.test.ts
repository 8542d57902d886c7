import { createPolicy, InvalidPolicyError, POLICY_PRESETS, PRESET_CHOICES, resolvePolicy, SCORE_DECIMALS } from '../../../src/core';
import { policyFromSettings } from '../../../src/taskpane/policyFromSettings';

describe('policy presets as the core exports them', () => {
  it('offers every preset with a label, and each resolves by its name', () => {
    expect(PRESET_CHOICES.map((c) => c.name)).toEqual(POLICY_PRESETS.map((p) => p.name));
    for (const choice of PRESET_CHOICES) {
      expect(choice.label).not.toBe('');
      expect(resolvePolicy(choice.name)).toBe(choice.policy);
    }
  });

  it('validates 得分 decimals against the range it exports', () => {
    expect(createPolicy('x', 'x', { scoreDecimals: SCORE_DECIMALS.max }).scoreDecimals).toBe(SCORE_DECIMALS.max);
    expect(() => createPolicy('x', 'x', { scoreDecimals: SCORE_DECIMALS.max + 1 })).toThrow(InvalidPolicyError);
    expect(() => createPolicy('x', 'x', { scoreDecimals: SCORE_DECIMALS.min - 1 })).toThrow(InvalidPolicyError);
  });
});

describe('the pane resolves its policy once, through createPolicy', () => {
  it('takes the preset with the chosen decimals and a matching 得分 format', () => {
    const policy = policyFromSettings({ preset: 'deviation', decimals: 3 });
    expect(policy).toMatchObject({ name: 'deviation', reverseScoring: 'deviation', scoreDecimals: 3, scoreFormat: '0.000' });
    expect(Object.isFrozen(policy)).toBe(true);
  });

  it('falls back to the default preset and clamps decimals into the core’s range', () => {
    expect(policyFromSettings({ preset: 'unknown', decimals: 99 })).toMatchObject({ name: 'default', scoreDecimals: SCORE_DECIMALS.max });
    expect(policyFromSettings({ preset: 'default', decimals: -2 }).scoreDecimals).toBe(SCORE_DECIMALS.min);
    expect(policyFromSettings({ preset: 'default', decimals: Number.NaN }).scoreDecimals).toBe(2);
  });
});
