import { analyseVariant, fillAt, findingSummary, rate, STANDARD_COLUMNS, STANDARD_FUNDS, type Literal, type VariantIndicator } from './variantTable';
import { a1 } from '../../../helpers/grid';

/** A table filled in correctly: 得分 18.87, 10, 10, 10, 6.67, 18.95, funds 10, 总分 84.49. */
const SCORED: VariantIndicator[] = [
  { level1: '产出指标', level2: '数量指标', name: '参保缴费人数', target: '74272人', actual: '70083人', weight: 20, score: 18.87, note: '参保人数减少' },
  { name: '保障退休待遇人数', target: '15424人', actual: '15774人', weight: 10, score: 10 },
  { level2: '质量指标', name: '基金支出预算执行率', target: '≥95%或≤105%', actual: '100%', weight: 10, score: 10 },
  { level2: '时效指标', name: '养老金发放时效', target: '每月25日前', actual: '每月25日前', weight: 10, score: 10 },
  { level1: '效益指标', level2: '社会效益指标', name: '退休人员上访率', target: '≤1%', actual: '3%', weight: 20, score: 6.67, note: '个别诉求未及时化解' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥95%', actual: '90%', weight: 20, score: 18.95, note: '宣传不足' },
];

function run(change: { indicator?: [number, Partial<VariantIndicator>]; funds?: Literal[]; total?: Literal } = {}) {
  const indicators = SCORED.map((i, n) => (change.indicator?.[0] === n ? { ...i, ...change.indicator[1] } : i));
  const funds = { columns: STANDARD_FUNDS.columns, values: change.funds ?? [100, 100, 100, 10, rate(1), 10] };
  return analyseVariant({ columns: STANDARD_COLUMNS, indicators, funds, total: { label: '总分', weight: 100, score: change.total ?? 84.49 } }, { row: 4, col: 2 });
}

describe('mistakes in a filled 自评表', () => {
  it('a correct table has no finding and nothing to fill', () => {
    const { analysis } = run();
    expect(analysis.findings).toEqual([]);
    expect(analysis.fills).toEqual([]);
  });

  it('a 得分 typed above its 分值 is an error at that 得分', () => {
    const { analysis, table } = run({ indicator: [1, { score: 12 }] });
    const cell = table.indicator('score', 1);
    expect(findingSummary(analysis)).toEqual([`scoreAboveWeight@${cell} error`, `scoreDiffersFromPolicy@${cell} warning`]);
    expect(fillAt(analysis, cell)).toBe('10.00');
  });

  it('a 总分 得分 that is not Σ 得分 is an error at the 总分, with the sum expected', () => {
    const { analysis, table } = run({ total: 85.49 });
    expect(findingSummary(analysis)).toEqual([`scoreTotal@${table.total('score')} error`]);
    expect(analysis.findings[0]).toMatchObject({ stated: '85.49', expected: '84.49' });
  });

  it('a 执行率 stated 98% where 执行数 ÷ 预算数 = 92.9% is an error at the 执行率', () => {
    const { analysis, table } = run({ funds: [1400, 1400, 1300, 10, rate(0.98), 9.29], total: 83.78 });
    expect(findingSummary(analysis)).toEqual([`executionRate@${table.funds('rate')} error`]);
    expect(analysis.findings[0]).toMatchObject({ stated: '98.0%', expected: '92.9%' });
  });

  it('a stated 得分 that differs from the policy is a warning, and its fill a conflict', () => {
    const { analysis, table } = run({ indicator: [0, { score: 19.5 }], total: 85.12 });
    const cell = table.indicator('score', 0);
    expect(findingSummary(analysis)).toEqual([`scoreDiffersFromPolicy@${cell} warning`]);
    expect(analysis.findings[0]).toMatchObject({ stated: '19.50', expected: '18.87' });
    expect(analysis.fills.map((f) => [a1(f), f.value, f.conflict])).toEqual([
      [cell, '18.87', true],
      [table.total('score'), '84.49', true],
    ]);
  });

  it('a 得分 below its 分值 without a 偏差原因 is a warning at the empty note', () => {
    const { analysis, table } = run({ indicator: [4, { note: null }] });
    expect(findingSummary(analysis)).toEqual([`missingDeviationNote@${table.indicator('note', 4)} warning`]);
  });

  it('whole-number 分值 in General format that add up to 98 are not taken for 100', () => {
    // Seven whole numbers shown without decimals would each stand for ±0.5 if read as rounded: 98 would pass as 100.
    const indicators = SCORED.map((i, n) => ({ ...i, weight: { value: n === 1 ? 8 : (i.weight as number) }, ...(n === 1 ? { score: 8 } : {}) }));
    const funds = { columns: STANDARD_FUNDS.columns, values: [100, 100, 100, { value: 10 }, rate(1), 10] };
    const { analysis, table } = analyseVariant({ columns: STANDARD_COLUMNS, indicators, funds, total: { label: '总分', weight: { value: 100 }, score: 82.49 } });
    const cell = table.total('weight');
    expect(findingSummary(analysis)).toEqual([`weightTotal@${cell} error`, `weightsNot100@${cell} warning`]);
    expect(analysis.findings.find((f) => f.rule === 'weightTotal')).toMatchObject({ stated: '100', expected: '98' });
  });
});
