import { createPolicy } from '../../../src/core/scoring/policyConfig';
import { DEFAULT_POLICY } from '../../../src/core/scoring/presets';
import { scoreDiffersMessage } from '../../../src/core/selfEvaluation/messages';

describe('a scoring policy in a message', () => {
  it('is named by the label a person picks it by, never by its code name; a custom policy by its own name', () => {
    expect(scoreDiffersMessage(DEFAULT_POLICY, '3.50')).toBe(
      '所填得分与评分规则“默认（财预〔2020〕10号）”计算的 3.50 不一致（本单位的评分办法可能不同，请核对）',
    );
    expect(scoreDiffersMessage(createPolicy('本州办法', '…'), '3.50')).toContain('评分规则“本州办法”');
  });
});
