import { createPolicy, DEFAULT_POLICY, InvalidPolicyError, resolvePolicy } from '../../../src/core/scoring/ScoringPolicy';

describe('ScoringPolicy', () => {
  it('resolves the default without a name and the presets by name', () => {
    expect(resolvePolicy()).toBe(DEFAULT_POLICY);
    expect(resolvePolicy('default').name).toBe('default');
    expect(resolvePolicy('deviation').reverseScoring).toBe('deviation');
  });

  it('throws a RangeError listing the valid presets for an unknown name', () => {
    expect(() => resolvePolicy('strict')).toThrow(RangeError);
    expect(() => resolvePolicy('strict')).toThrow(/default, deviation/);
  });

  it('fills every setting with a default and validates overrides', () => {
    const policy = createPolicy('custom', '测试', { scoreDecimals: 1 });
    expect(policy.rateFormat).toBe('0.0%');
    expect(policy.scoreDecimals).toBe(1);
    expect(() => createPolicy('bad', '测试', { scoreDecimals: 1.5 })).toThrow(InvalidPolicyError);
    expect(() => createPolicy('bad', '测试', { deviationZeroAtMultiple: 1 })).toThrow(InvalidPolicyError);
  });
});
