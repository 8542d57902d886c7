import type { IndicatorStatus } from '../../../../src/core';
import { analyseVariant, fillAt, findingSummary, STANDARD_COLUMNS, type Literal } from './variantTable';
import { a1 } from '../../../helpers/grid';

/**
 * One indicator worth 90 (with the funds block's 10, 100 in all), judged and scored end to end: what the
 * recogniser reads, the parser makes of it, the judge decides and the scorer fills.
 */
function run(target: Literal, actual: Literal) {
  const { analysis, table } = analyseVariant({
    columns: STANDARD_COLUMNS,
    indicators: [{ level1: '产出指标', level2: '数量指标', name: '指标', target, actual, weight: 90, note: '已说明' }],
  });
  const scoreCell = table.indicator('score', 0);
  return {
    status: analysis.indicators[0]?.status,
    score: fillAt(analysis, scoreCell) ?? null,
    review: analysis.review.map((r) => a1(r)),
    total: fillAt(analysis, table.total('score')) ?? null,
    findings: findingSummary(analysis),
    scoreCell,
  };
}

/** [target, actual, status, 得分 the default policy fills (null: left for a person)]. */
type Case = [string, Literal, IndicatorStatus, string | null];

function expectCase([target, actual, status, score]: Case) {
  const result = run(target, actual);
  expect({ status: result.status, score: result.score }).toEqual({ status, score });
  if (score === null) {
    expect(result.review).toEqual([result.scoreCell]);
    expect(result.total).toBeNull();
  } else {
    expect(result.review).toEqual([]);
    // 总分 = the funds block's 10.00 + the indicator's 得分.
    expect(result.total).toBe((10 + Number(score)).toFixed(2));
  }
  expect(result.findings).toEqual([]);
}

describe('targets in signs, full-width and look-alike', () => {
  it.each<Case>([
    ['≥95%', '96%', 'met', '90.00'],
    ['>90%', '85%', 'not-met', '85.00'],
    ['≤1%', '2%', 'not-met', '45.00'],
    ['<0.1%', '0.2%', 'not-met', '45.00'],
    ['=100%', '100%', 'met', '90.00'],
    ['=100%', '98%', 'not-met', '88.20'],
    ['＞90%', '95%', 'met', '90.00'],
    ['＜5%', '10%', 'not-met', '45.00'],
    ['≧95%', '94%', 'not-met', '89.05'],
    ['≦1%', '0.8%', 'met', '90.00'],
    ['≥ 95 %', '95%', 'met', '90.00'],
    ['≥98%（含）', '97%', 'not-met', '89.08'],
  ])('%s with actual %s is %s, 得分 %s', (...c) => expectCase(c));
});

describe('targets in words', () => {
  it.each<Case>([
    ['不低于95%', '90%', 'not-met', '85.26'],
    ['95%以上', '99%', 'met', '90.00'],
    ['不超过1%', '0.5%', 'met', '90.00'],
    ['控制在3%以内', '6%', 'not-met', '45.00'],
    ['不少于1000人', '900人', 'not-met', '81.00'],
    ['1%以下', '0.5%', 'met', '90.00'],
  ])('%s with actual %s is %s, 得分 %s', (...c) => expectCase(c));
});

describe('plain values with units', () => {
  it.each<Case>([
    ['≤3天', '5天', 'not-met', '54.00'],
    ['100户', '80户', 'not-met', '72.00'],
    ['≥1000万元', '1200万元', 'met', '90.00'],
    ['2个月', '2个月', 'met', '90.00'],
    ['12个月', '11月', 'not-met', '82.50'],
    ['74272人', '70083人', 'not-met', '84.92'],
    ['162.23', '213.14', 'met', '90.00'],
    ['100人', '120户', 'review', null],
  ])('%s with actual %s is %s, 得分 %s', (...c) => expectCase(c));
});

describe('ranges and several values', () => {
  it.each<Case>([
    ['95%-105%', '110%', 'not-met', '85.91'],
    ['95%～105%', '90%', 'not-met', '85.26'],
    ['95%至105%', '100%', 'met', '90.00'],
    ['≥95%且≤105%', '100%', 'met', '90.00'],
    ['≥95%或≤105%', '96%', 'met', '90.00'],
    ['≥6个月或≤9个月', '10个月', 'not-met', '81.00'],
    ['105%≤≥95%', '107.25%', 'not-met', '88.11'],
    ['50、6.82', '50、5', 'not-met', '77.99'],
    ['50、6.82', '50、8.59', 'met', '90.00'],
  ])('%s with actual %s is %s, 得分 %s', (...c) => expectCase(c));
});

describe('deadlines and qualitative targets', () => {
  it.each<Case>([
    ['每月25日前', '每月20日前', 'met', '90.00'],
    ['每季度结束后的，15日内', '每季度结束后的，15日内', 'met', '90.00'],
    ['30日内完成审核拨付', '25日内完成审核拨付', 'met', '90.00'],
    ['每月25日前', '按时发放', 'review', null],
    ['按标准足额发放', '达标', 'review', null],
    ['按时足额发放', '完成', 'review', null],
    ['按时足额发放', '是', 'review', null],
    ['达标', '达标', 'met', '90.00'],
    ['是', '是', 'met', '90.00'],
    ['按标准审核后足额发放', '按标准审核后 足额发放。', 'met', '90.00'],
    // Only the same words meet a qualitative target; another degree or an added word is for a person (issue 7 item 6).
    ['按标准审核后足额发放', '已按标准审核后足额发放。', 'review', null],
    ['满意', '较满意', 'review', null],
    ['较满意', '满意', 'review', null],
    ['稳步提高', '逐步提高', 'review', null],
    ['较上年提高', '完成', 'review', null],
    ['建立健全', '达到', 'review', null],
    ['满 意', '满意', 'met', '90.00'],
  ])('%s with actual %s is %s, 得分 %s', (...c) => expectCase(c));
});

describe('percentages against bare numbers', () => {
  // A bare number beside a percentage target is read in whichever meaning (a fraction, or percentage points) lies
  // nearer the target: 0.98 and 98 are both 98% against ≥95%, while 0.5 against ≤1% is 0.5%, not 50%.
  it.each<Case>([
    ['≥95%', '0.98', 'met', '90.00'],
    ['≥95%', '98', 'met', '90.00'],
    ['≥95%', '1', 'met', '90.00'],
    ['≥95%', '0.9', 'not-met', '85.26'],
    ['≥95%', '90', 'not-met', '85.26'],
    ['≤1%', '0.5', 'met', '90.00'],
    ['≤1%', '2', 'not-met', '45.00'],
    ['0.95', '98%', 'met', '90.00'],
  ])('%s with actual %s is %s, 得分 %s', (...c) => expectCase(c));

  it('reads an actual stored as a number the way the cell shows it', () => {
    expectCase(['≥95%', { value: 0.98, numberFormat: '0.00%' }, 'met', '90.00']);
    expectCase(['≥95%', { value: 0.9, numberFormat: '0%' }, 'not-met', '85.26']);
    expectCase(['≥95%', 0.98, 'met', '90.00']);
  });
});

describe('actuals that are signs, nothing or missing', () => {
  it.each<Case>([
    ['≥95%', '≥95%', 'met', '90.00'],
    ['≥15000人', '≥14830人', 'review', null],
    ['≤1%', '0', 'met', '90.00'],
    ['≤1%', 0, 'met', '90.00'],
    ['≤1%', '无', 'met', '90.00'],
    ['<0.1%', '0%', 'met', '90.00'],
    ['≤5人', '无', 'met', '90.00'],
    ['≤5人', '0人', 'met', '90.00'],
    ['上访率控制在0.1%以内', '未发生', 'met', '90.00'],
    ['≥95%', null, 'review', null],
    ['≥95%', '', 'review', null],
    ['≥95%', '—', 'review', null],
  ])('%s with actual %s is %s, 得分 %s', (...c) => expectCase(c));

  it('does not read 无 as zero against a target to reach', () => {
    expectCase(['≥95%', '无', 'review', null]);
  });
});
