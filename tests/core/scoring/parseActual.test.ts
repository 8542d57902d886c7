import { parseActual } from '../../../src/core/scoring/targets/parseActual';
import type { Actual, Quantity } from '../../../src/core/scoring/targets/Target';

/** An actual in plain strings, for readable expectations. */
function summary(actual: Actual): string {
  const q = (x: Quantity) => `${x.value.toString()}${x.percent ? ' percent' : ''}${x.unit ? ` ${x.unit}` : ''}`;
  switch (actual.kind) {
    case 'value':
    case 'exactly':
      return `${actual.kind} ${q(actual.value)}`;
    case 'atLeast':
    case 'atMost':
      return `${actual.kind} ${q(actual.bound)}`;
    case 'ratio':
      return `ratio ${q(actual.numerator)} / ${q(actual.denominator)}`;
    case 'deadline': {
      const { date, day, kind, period } = actual.deadline;
      return `deadline ${kind} ${date ? `${date.year ?? '-'}-${date.month}-${day}` : `${period || '-'} ${day}`}`;
    }
    case 'nothing':
      return 'nothing';
    default:
      return actual.kind;
  }
}

describe('parseActual', () => {
  it.each(['无', '未发生', '零发生', '全年零发生', '本年度未发生。', '没有发生', '未出现', ' 无 '])('reads %s as nothing happened', (text) => {
    expect(summary(parseActual(text))).toBe('nothing');
  });

  it.each([
    ['0起', 'value 0 起'],
    ['0例', 'value 0 例'],
    ['0人次', 'value 0 人次'],
    ['0', 'value 0'],
    ['3宗', 'value 3 宗'],
  ])('reads a count of zero or more with its unit: %s', (text, expected) => {
    expect(summary(parseActual(text))).toBe(expected);
  });

  it.each([
    ['45/50', 'ratio 45 / 50'],
    ['45人/50人', 'ratio 45 人 / 50 人'],
    ['45/50人', 'ratio 45 人 / 50 人'],
    ['４５／５０', 'ratio 45 / 50'],
    ['45 / 50', 'ratio 45 / 50'],
  ])('reads %s as a ratio of two counts', (text, expected) => {
    expect(summary(parseActual(text))).toBe(expected);
  });

  it.each(['45人/50户', '45/0', '213元/人'])('does not read %s as a ratio of counts', (text) => {
    expect(parseActual(text).kind).not.toBe('ratio');
  });

  it.each([
    ['2020年12月20日', 'deadline on 2020-12-20'],
    ['2020.12.20', 'deadline on 2020-12-20'],
    ['2020-12-20', 'deadline on 2020-12-20'],
    ['2020/12/20', 'deadline on 2020-12-20'],
    ['12月20日前', 'deadline by --12-20'],
    ['于2020年12月20日前发放完毕', 'deadline by 2020-12-20'],
    ['12月20号', 'deadline on --12-20'],
    ['每月20日', 'deadline on 每月 20'],
    ['每个月20日前', 'deadline by 每月 20'],
  ])('reads the date %s', (text, expected) => {
    expect(summary(parseActual(text))).toBe(expected);
  });

  it.each(['2020年13月20日', '2020.12.20，12月25日', '2020.12'])('does not read %s as one date', (text) => {
    expect(parseActual(text).kind).not.toBe('deadline');
  });

  it.each([
    ['完成率98.5%，较上年提高', 'value 0.985 percent'],
    ['上访率0，维护社会稳定', 'value 0'],
    ['实际发放15774人', 'value 15774 人'],
    ['不低于95%', 'atLeast 0.95 percent'],
    ['全年未发生重大差错，准确率100%', 'value 1 percent'],
  ])('reads the one number of the sentence %s', (text, expected) => {
    expect(summary(parseActual(text))).toBe(expected);
  });

  it.each(['未达到95%', '完成率不到90%', '完成率98.5%，较上年提高2个百分点', '完成95%，覆盖12个月', '基本完成'])(
    'leaves %s, which is not clearly one number, as text for a person',
    (text) => {
      expect(parseActual(text).kind).toBe('qualitative');
    },
  );
});
