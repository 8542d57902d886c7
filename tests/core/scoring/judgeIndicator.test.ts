import { judgeIndicator } from '../../../src/core/scoring/judgeIndicator';
import { parseTarget } from '../../../src/core/scoring/targets/parseTarget';

function judge(target: string, actual: string) {
  return judgeIndicator(parseTarget(target), parseTarget(actual), { target, actual });
}

describe('judgeIndicator', () => {
  it.each([
    ['≥95%', '100%'],
    ['>90%', '100%'],
    ['≤1%', '0%'],
    ['<0.1%', '0%'],
    ['≤0', '0'],
    ['15424人', '15774人'],
    ['162.23', '213.14'],
    ['=100%', '100%'],
  ])('a one-sided or plain target %s is met by %s', (target, actual) => {
    expect(judge(target, actual).status).toBe('met');
  });

  it('a strict bound is not met by its own value', () => {
    expect(judge('>90%', '90%')).toMatchObject({ status: 'not-met', shortfall: { kind: 'positive' } });
  });

  it('a plain target missed is a positive shortfall', () => {
    const judgement = judge('2914人', '2894人');
    expect(judgement).toMatchObject({ status: 'not-met', shortfall: { kind: 'positive' } });
  });

  it('a reverse target exceeded is a reverse shortfall', () => {
    expect(judge('≤1%', '3%')).toMatchObject({ status: 'not-met', shortfall: { kind: 'reverse' } });
  });

  it.each([
    ['105%≤≥95%', '98.38%', 'met'],
    ['105%≤≥95%', '107.25%', 'not-met'],
    ['≥95%或≤105%', '100%', 'met'],
    ['≥-10%或≤10%', '0%', 'met'],
    ['≥6个月或≤9个月', '9个月', 'met'],
    ['95%-105%', '90%', 'not-met'],
  ])('a range %s with actual %s is %s', (target, actual, status) => {
    expect(judge(target, actual).status).toBe(status);
  });

  it('says whether a missed range was below or above', () => {
    expect(judge('95%-105%', '90%')).toMatchObject({ shortfall: { kind: 'belowRange' } });
    expect(judge('95%-105%', '110%')).toMatchObject({ shortfall: { kind: 'aboveRange' } });
  });

  it('an actual with a sign means "at least" and meets a lower target', () => {
    expect(judge('≥13269人', '≥14830人').status).toBe('met');
    expect(judge('≥95%', '≥95%').status).toBe('met');
  });

  it('an "at least" actual below a higher target cannot be judged', () => {
    expect(judge('≥15000人', '≥14830人')).toEqual({ status: 'review', reason: 'actualIsBound' });
  });

  it('an embedded bound is met by an actual of 0 written in a sentence', () => {
    expect(judge('上访率控制在0.1%以内，维护社会稳定，长治久安', '上访率0，维护社会稳定，长治久安').status).toBe('met');
  });

  it('compares several values in turn', () => {
    expect(judge('50、6.82', '50、8.59').status).toBe('met');
    expect(judge('50、6.82', '50、5.00')).toMatchObject({ status: 'not-met', shortfall: { kind: 'several' } });
    expect(judge('50、6.82', '50')).toEqual({ status: 'review', reason: 'countMismatch' });
  });

  it('a deadline is met by the same or an earlier deadline, otherwise left for review', () => {
    expect(judge('每月25日前', '每月25日前').status).toBe('met');
    expect(judge('每月25日前', '每月20日前').status).toBe('met');
    expect(judge('30日内完成审核拨付', '20日内完成审核拨付').status).toBe('met');
    expect(judge('每月25日前', '每月28日前')).toEqual({ status: 'review', reason: 'deadline' });
    expect(judge('每月25日前', '按时发放')).toEqual({ status: 'review', reason: 'deadline' });
  });

  it('qualitative text is met when the actual says the same, ignoring spaces, punctuation and width', () => {
    expect(judge('按标准审核后足额发放', '按标准审核后 足额发放。').status).toBe('met');
    expect(judge('充分发挥社会保险的职能作用', '充分发挥社会保险的职能作用！').status).toBe('met');
  });

  it('qualitative text that differs or negates the target is left for review', () => {
    expect(judge('按标准审核后足额发放', '基本完成')).toEqual({ status: 'review', reason: 'qualitative' });
    expect(judge('按标准审核后足额发放', '未按标准审核后足额发放')).toEqual({ status: 'review', reason: 'qualitative' });
    // A restatement with an added word, or another degree, is a claim for a person to judge.
    expect(judge('充分发挥社会保险的职能作用', '已充分发挥社会保险的职能作用')).toEqual({ status: 'review', reason: 'qualitative' });
    expect(judge('满意', '较满意')).toEqual({ status: 'review', reason: 'qualitative' });
  });

  it('a number target with a text actual is left for review', () => {
    expect(judge('≥95%', '较好')).toEqual({ status: 'review', reason: 'actualNotComparable' });
  });

  it('units that name different things are not compared', () => {
    expect(judge('100人', '120户')).toEqual({ status: 'review', reason: 'unitMismatch' });
    expect(judge('≥6个月或≤9个月', '9月').status).toBe('met');
  });

  it('reads a bare number next to a percentage target as percent points', () => {
    expect(judge('≥95%', '98').status).toBe('met');
  });
});
