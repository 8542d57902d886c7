import { judgeIndicator } from '../../../src/core/scoring/judgeIndicator';
import { readings } from './readings';

function judge(target: string, actual: string) {
  return judgeIndicator(readings(target, actual));
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

  it.each(['无', '未发生', '零发生', '全年未发生', '0起', '0例', '0人次', '0'])('nothing happened (%s) meets a ceiling', (actual) => {
    expect(judge('≤5起', actual).status).toBe('met');
    expect(judge('≤1%', actual).status).toBe('met');
    expect(judge('≤3人次', actual).status).toBe('met');
  });

  it.each(['无', '未发生', '零发生'])('nothing happened (%s) against a target to reach or a range is for a person', (actual) => {
    expect(judge('≥100人', actual)).toEqual({ status: 'review', reason: 'nothingAgainstTarget' });
    expect(judge('95%-105%', actual)).toEqual({ status: 'review', reason: 'nothingAgainstTarget' });
  });

  it('a count of 0 against a target to reach is a 0, as any number', () => {
    expect(judge('≥100人次', '0人次')).toMatchObject({ status: 'not-met', shortfall: { kind: 'positive' } });
  });

  it('a ratio of counts is judged as its fraction against a percentage', () => {
    expect(judge('≥90%', '45/50').status).toBe('met');
    expect(judge('≥95%', '45人/50人')).toMatchObject({ status: 'not-met', shortfall: { kind: 'positive' } });
    expect(judge('≤5%', '3/50').status).toBe('not-met');
    expect(judge('≤5%', '2/50').status).toBe('met');
    expect(judge('95%-105%', '49/50').status).toBe('met');
    expect(judge('100%', '50/50').status).toBe('met');
  });

  it('a ratio against a count or a plain number is for a person', () => {
    expect(judge('≥45人', '45人/50人')).toEqual({ status: 'review', reason: 'ratioNotComparable' });
    expect(judge('45', '45/50')).toEqual({ status: 'review', reason: 'ratioNotComparable' });
  });

  it.each([
    ['12月25日前', '2020年12月20日', 'met'],
    ['12月25日前', '2020.12.20', 'met'],
    ['12月25日前', '12月20日前', 'met'],
    ['12月25日前', '2020年11月30日', 'met'],
    ['2020年12月25日前', '2020-12-25', 'met'],
    ['每月25日前', '2020年12月20日', 'met'],
    ['每月25日前', '每月20日', 'met'],
    ['每月25日前', '每个月20日前', 'met'],
    ['12月25日前', '2020年12月28日', 'review'],
    ['2020年12月25日前', '2021.12.20', 'review'],
    ['12月25日前', '每月20日前', 'review'],
    ['每月25日前', '2020年12月28日', 'review'],
    ['30日内完成审核拨付', '2020年12月20日', 'review'],
  ])('a deadline %s with the date %s is %s', (target, actual, status) => {
    expect(judge(target, actual).status).toBe(status);
  });

  it('reads the one number of a sentence, and leaves a sentence that denies it for a person', () => {
    expect(judge('≥95%', '完成率98.5%，较上年提高').status).toBe('met');
    expect(judge('≥95%', '未达到95%')).toEqual({ status: 'review', reason: 'actualNotComparable' });
    expect(judge('≥95%', '完成率98.5%，较上年提高2个百分点')).toEqual({ status: 'review', reason: 'actualNotComparable' });
  });
});

describe('judgeIndicator on targets read from several columns', () => {
  it('takes the comparison, the unit and the direction from their own columns', () => {
    expect(judgeIndicator(readings('95', '96', { comparison: '≥', unit: '%' })).status).toBe('met');
    expect(judgeIndicator(readings('95', '90', { comparison: '≥', unit: '%' }))).toMatchObject({ status: 'not-met', shortfall: { kind: 'positive' } });
    expect(judgeIndicator(readings('5', '3', { direction: '反向', unit: '起' })).status).toBe('met');
    expect(judgeIndicator(readings('5', '8', { direction: '越小越好', unit: '起' }))).toMatchObject({ status: 'not-met', shortfall: { kind: 'reverse' } });
    expect(judgeIndicator(readings('1%', '0.5%', { nature: '≤' })).status).toBe('met');
  });

  it('a ≤ in its own column makes the target a reverse one exactly as ≤ inside the value does', () => {
    const inside = judgeIndicator(readings('≤1%', '4%'));
    const apart = judgeIndicator(readings('1', '4', { comparison: '≤', unit: '%' }));
    expect(apart).toEqual(inside);
    expect(apart).toMatchObject({ status: 'not-met', shortfall: { kind: 'reverse' } });
  });

  it('a 定性 column makes the indicator qualitative whatever its value looks like', () => {
    expect(judgeIndicator(readings('100%', '98%', { nature: '定性' }))).toEqual({ status: 'review', reason: 'qualitative' });
    expect(judgeIndicator(readings('100%', '100%', { nature: '定性' })).status).toBe('met');
  });

  it('parts that disagree are left for a person, even when the actual repeats the value', () => {
    expect(judgeIndicator(readings('≥95%', '98%', { direction: '反向' }))).toEqual({ status: 'review', reason: 'partsDisagree' });
    expect(judgeIndicator(readings('≥95%', '≥95%', { direction: '反向' }))).toEqual({ status: 'review', reason: 'partsDisagree' });
    expect(judgeIndicator(readings('95', '98%', {}, { unit: '人' }))).toEqual({ status: 'review', reason: 'partsDisagree' });
    expect(judgeIndicator(readings('95%', '98%', { direction: '中' }))).toEqual({ status: 'review', reason: 'partUnread' });
  });

  it('the same value cells under different units are not the same words', () => {
    expect(judgeIndicator(readings('95', '95', { unit: '%' }, { unit: '人' }))).toEqual({ status: 'review', reason: 'unitMismatch' });
  });

  it('a percentage and a count are not one measure', () => {
    expect(judge('95%', '95人')).toEqual({ status: 'review', reason: 'unitMismatch' });
    expect(judge('100人', '100%')).toEqual({ status: 'review', reason: 'unitMismatch' });
  });
});
