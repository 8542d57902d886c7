import { Dec } from '../../../src/core/numeric/decimal';
import { judgeIndicator } from '../../../src/core/scoring/judgeIndicator';
import { executionRate, fundsScore, scoreIndicator } from '../../../src/core/scoring/scoreIndicator';
import { createPolicy, DEFAULT_POLICY, DEVIATION_POLICY } from '../../../src/core/scoring/ScoringPolicy';
import { readings, type Parts } from './readings';

function score(target: string, actual: string, weight: number | string, policy = DEFAULT_POLICY): string | null {
  const judgement = judgeIndicator(readings(target, actual));
  const outcome = scoreIndicator(judgement, new Dec(weight), policy);
  return outcome.score === null ? null : outcome.score.toFixed(policy.scoreDecimals);
}

describe('scoreIndicator under the default policy', () => {
  it('gives the full 分值 when the target is met', () => {
    expect(score('≥95%', '100%', 6.25)).toBe('6.25');
  });

  it('scores a positive indicator that is not met by 分值 × actual / target (yuepuhu 城乡居民医疗!H15)', () => {
    expect(score('≥158269人', '157935人', 5.5)).toBe('5.49');
  });

  it('scores a plain target missed the same way (yuepuhu 城乡居民养老!H13)', () => {
    expect(score('74272人', '70083人', 6.25)).toBe('5.90');
  });

  it('rounds half-up in decimal arithmetic: 3 × 67/200 = 1.005 → 1.01', () => {
    expect(score('200人', '67人', 3)).toBe('1.01');
  });

  it('scores a ratio of counts exactly, with no rounded fraction in between: 1.809 × (1/3) ÷ 60% = 1.005 → 1.01', () => {
    // 1/3 as a 40-digit decimal would give 1.00499… → 1.00; the ratio is judged as 1 against 60% of 3.
    expect(score('≥60%', '1人/3人', 1.809)).toBe('1.01');
    expect(score('≥95%', '45/50', 10)).toBe('9.47');
    expect(score('≤5%', '3/50', 6)).toBe('5.00');
    expect(score('95%-105%', '60/50', 10)).toBe('8.75');
  });

  it('scores a target read from its parts as the same target written in one cell', () => {
    const apart = (value: string, actual: string, parts: Parts) =>
      scoreIndicator(judgeIndicator(readings(value, actual, parts)), new Dec(8), DEFAULT_POLICY).score?.toFixed(2);
    expect(apart('1', '4', { comparison: '≤', unit: '%' })).toBe(score('≤1%', '4%', 8));
    expect(apart('1', '4', { direction: '反向', unit: '%' })).toBe('2.00');
    expect(apart('200', '67', { unit: '人' })).toBe('2.68');
  });

  it('scores a reverse indicator that is not met by 分值 × target / actual', () => {
    expect(score('≤1%', '4%', 8)).toBe('2.00');
  });

  it('gives 0 to a reverse indicator whose target is 0', () => {
    expect(score('≤0', '2', 7.5)).toBe('0.00');
  });

  it('scores a range missed below by 分值 × actual / lower and above by 分值 × upper / actual', () => {
    expect(score('95%-105%', '76%', 10)).toBe('8.00');
    expect(score('105%≤≥95%', '107.25%', 10)).toBe('9.79');
  });

  it('scores several values by the mean of their shares', () => {
    // 50 of 50 and 5 of 10: (1 + 0.5) / 2 of 4 points.
    expect(score('50、10', '50、5', 4)).toBe('3.00');
  });

  it('leaves qualitative and unclear deadlines without a score', () => {
    expect(score('按标准审核后足额发放', '基本完成', 7.5)).toBeNull();
    expect(score('每月25日前', '每月28日前', 6.25)).toBeNull();
  });

  it('leaves a range with a bound at or below zero without a proportional score', () => {
    expect(score('≥-10%或≤10%', '-20%', 5.5)).toBeNull();
  });

  it('never scores below 0', () => {
    expect(score('≥95%', '-5%', 5)).toBe('0.00');
  });
});

describe('scoreIndicator under the deviation preset', () => {
  it('scores a reverse indicator by 分值 × (1 − (actual − target) / target)', () => {
    // 1% target, 1.5% actual: 10 × (1 − 0.5) = 5.
    expect(score('≤1%', '1.5%', 10, DEVIATION_POLICY)).toBe('5.00');
  });

  it('gives 0 from twice the target on', () => {
    expect(score('≤1%', '2%', 10, DEVIATION_POLICY)).toBe('0.00');
    expect(score('≤1%', '3%', 10, DEVIATION_POLICY)).toBe('0.00');
  });

  it('scores positive indicators like the default', () => {
    expect(score('≥158269人', '157935人', 5.5, DEVIATION_POLICY)).toBe('5.49');
  });

  it('reaches 0 at the configured multiple', () => {
    const policy = createPolicy('triple', 'test', { reverseScoring: 'deviation', deviationZeroAtMultiple: 3 });
    // 1% target, 2% actual, zero at 3%: half the points.
    expect(score('≤1%', '2%', 10, policy)).toBe('5.00');
  });
});

describe('funds block', () => {
  it('computes 执行率 = 全年执行数 / 全年预算数', () => {
    expect(executionRate(new Dec('19980'), new Dec('20309'))!.toDecimalPlaces(4).toString()).toBe('0.9838');
    expect(executionRate(new Dec(1), new Dec(0))).toBeNull();
  });

  it('scores 分值 × min(执行率, 1)', () => {
    expect(fundsScore(new Dec(10), new Dec('7828.73'), new Dec('7828.73'), DEFAULT_POLICY)!.toFixed(2)).toBe('10.00');
    expect(fundsScore(new Dec(10), new Dec('19980'), new Dec('20309'), DEFAULT_POLICY)!.toFixed(2)).toBe('9.84');
    expect(fundsScore(new Dec(10), new Dec('4822'), new Dec('4205'), DEFAULT_POLICY)!.toFixed(2)).toBe('10.00');
  });
});
