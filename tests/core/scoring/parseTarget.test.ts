import { parseTarget } from '../../../src/core/scoring/targets/parseTarget';
import type { Quantity, Target } from '../../../src/core/scoring/targets/Target';

/** A target in plain strings, for readable expectations. */
function summary(target: Target): string {
  const q = (x: Quantity) => `${x.value.toString()}${x.percent ? ' percent' : ''}${x.unit ? ` ${x.unit}` : ''}`;
  switch (target.kind) {
    case 'value':
    case 'exactly':
      return `${target.kind} ${q(target.value)}`;
    case 'atLeast':
    case 'atMost':
      return `${target.kind}${target.strict ? ' strict' : ''} ${q(target.bound)}`;
    case 'range':
      return `range ${q(target.lower)} .. ${q(target.upper)}`;
    case 'values':
      return `values ${target.values.map(q).join(' | ')}`;
    case 'deadline':
      return `deadline ${target.deadline.kind} ${target.deadline.period || '-'} ${target.deadline.day}${target.deadline.dayUnit}`;
    case 'qualitative':
      return `qualitative ${target.text}`;
  }
}

describe('parseTarget', () => {
  it.each([
    ['≥95%', 'atLeast 0.95 percent'],
    ['>90%', 'atLeast strict 0.9 percent'],
    ['≤1%', 'atMost 0.01 percent'],
    ['<0.1%', 'atMost strict 0.001 percent'],
    ['=100%', 'exactly 1 percent'],
    ['≤0', 'atMost 0'],
  ])('reads the one-sided sign in %s', (text, expected) => {
    expect(summary(parseTarget(text))).toBe(expected);
  });

  it.each([
    ['＞90%', 'atLeast strict 0.9 percent'],
    ['＜0.1%', 'atMost strict 0.001 percent'],
    ['≧95%', 'atLeast 0.95 percent'],
    ['≦1%', 'atMost 0.01 percent'],
    ['>=95%', 'atLeast 0.95 percent'],
    ['≥９５％', 'atLeast 0.95 percent'],
  ])('reads the full-width or look-alike sign in %s', (text, expected) => {
    expect(summary(parseTarget(text))).toBe(expected);
  });

  it.each([
    ['不低于95%', 'atLeast 0.95 percent'],
    ['不少于100人', 'atLeast 100 人'],
    ['95%以上', 'atLeast 0.95 percent'],
    ['不高于5%', 'atMost 0.05 percent'],
    ['不超过3天', 'atMost 3 天'],
    ['1%以内', 'atMost 0.01 percent'],
    ['5%以下', 'atMost 0.05 percent'],
    ['控制在1%以内', 'atMost 0.01 percent'],
    ['大于90%', 'atLeast strict 0.9 percent'],
    ['低于2%', 'atMost strict 0.02 percent'],
  ])('reads the bound in the words of %s', (text, expected) => {
    expect(summary(parseTarget(text))).toBe(expected);
  });

  it.each([
    ['74272人', 'value 74272 人'],
    ['100%', 'value 1 percent'],
    ['162.23', 'value 162.23'],
    ['12个月', 'value 12 个月'],
    ['1,000户', 'value 1000 户'],
    ['50万元', 'value 50 万元'],
  ])('takes the plain value %s as a target to reach', (text, expected) => {
    expect(summary(parseTarget(text))).toBe(expected);
  });

  it.each([
    ['95%-105%', 'range 0.95 percent .. 1.05 percent'],
    ['95%～105%', 'range 0.95 percent .. 1.05 percent'],
    ['95%~105%', 'range 0.95 percent .. 1.05 percent'],
    ['95%至105%', 'range 0.95 percent .. 1.05 percent'],
    ['95~105%', 'range 0.95 percent .. 1.05 percent'],
    ['≥95%且≤105%', 'range 0.95 percent .. 1.05 percent'],
    ['≥95%或≤105%', 'range 0.95 percent .. 1.05 percent'],
    ['≥6个月或≤9个月', 'range 6 个月 .. 9 个月'],
    ['≥-10%或≤10%', 'range -0.1 percent .. 0.1 percent'],
    ['105%≤≥95%', 'range 0.95 percent .. 1.05 percent'],
  ])('reads %s as a range', (text, expected) => {
    expect(summary(parseTarget(text))).toBe(expected);
  });

  it('reads several values separated by 、, each compared in turn', () => {
    expect(summary(parseTarget('50、6.82'))).toBe('values 50 | 6.82');
  });

  it.each([
    ['每月25日前', 'deadline by 每月 25日'],
    ['每季度结束后的，15日内', 'deadline within 每季度结束后 15日'],
    ['每年度结束后的，20日内', 'deadline within 每年度结束后 20日'],
    ['30日内完成审核拨付', 'deadline within - 30日'],
    ['5个工作日内办结', 'deadline within - 5工作日'],
    ['每月月底前', 'deadline by 每月 31日'],
  ])('reads the deadline %s', (text, expected) => {
    expect(summary(parseTarget(text))).toBe(expected);
  });

  it.each([
    ['12月25日前', { kind: 'by', day: 25, date: { month: 12 } }],
    ['2020年12月31日前', { kind: 'by', day: 31, date: { year: 2020, month: 12 } }],
    ['2020年12月31日', { kind: 'on', day: 31, date: { year: 2020, month: 12 } }],
  ])('reads the calendar deadline %s', (text, deadline) => {
    expect(parseTarget(text)).toEqual({ kind: 'deadline', deadline: { period: '', dayUnit: '日', ...deadline } });
  });

  it.each([
    ['3起', 'value 3 起'],
    ['≤2例', 'atMost 2 例'],
  ])('keeps an indicator count unit: %s', (text, expected) => {
    expect(summary(parseTarget(text))).toBe(expected);
  });

  it('finds the bound inside a sentence with extra words', () => {
    expect(summary(parseTarget('上访率控制在0.1%以内，维护社会稳定，长治久安'))).toBe('atMost 0.001 percent');
  });

  it('reads an actual like 上访率0，… as the value 0', () => {
    expect(summary(parseTarget('上访率0，维护社会稳定，长治久安'))).toBe('value 0');
  });

  it('keeps a signed actual such as ≥14830人 as "at least"', () => {
    expect(summary(parseTarget('≥14830人'))).toBe('atLeast 14830 人');
  });

  it.each(['按标准审核后足额发放', '充分发挥社会保险的职能作用', '2020年完成', '', '完成95%，覆盖12个月'])(
    'leaves %s as qualitative text',
    (text) => {
      expect(parseTarget(text).kind).toBe('qualitative');
    },
  );
});
