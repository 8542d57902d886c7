import { SheetView } from '../../../src/core/grid/SheetView';
import { recogniseSelfEvaluationTables } from '../../../src/core/selfEvaluation/recogniseSelfEvaluationTables';
import { a1 } from '../../helpers/grid';
import { analyseVariant, fillAt, findingSummary, SheetBuilder, type IndicatorColumn, type VariantIndicator, type VariantSpec } from './generalisation/variantTable';

/**
 * Templates that spread a target over several columns (a comparison, a unit, a direction, a nature in columns of
 * their own), recognised by their header words and scored as the same targets written in one cell. The six
 * indicators are those of layouts.test.ts; the policy scores 18.87, 10, 10, 10, 6.67, 18.95 (总分 84.49).
 */
const SCORES = ['18.87', '10.00', '10.00', '10.00', '6.67', '18.95'];

type Row = [name: string, target: string, actual: string, weight: number, parts: VariantIndicator['parts']];

function indicators(rows: Row[]): VariantIndicator[] {
  return rows.map(([name, target, actual, weight, parts], i) => ({
    ...(i === 0 ? { level1: '产出指标', level2: '数量指标' } : {}),
    name,
    target,
    actual,
    weight,
    note: SCORES[i] === `${weight}.00` ? null : '已说明',
    parts,
  }));
}

function columns(...middle: [IndicatorColumn, string][]): [IndicatorColumn, string][] {
  return [['level1', '一级指标'], ['level2', '二级指标'], ['indicator', '三级指标'], ...middle, ['weight', '分值'], ['score', '得分'], ['note', '偏差原因分析及改进措施']];
}

function expectScored(spec: VariantSpec) {
  const { analysis, table } = analyseVariant(spec);
  expect({ review: analysis.review.map((r) => `${a1(r)} ${r.message}`), findings: findingSummary(analysis) }).toEqual({ review: [], findings: [] });
  expect(spec.indicators.map((_, i) => fillAt(analysis, table.indicator('score', i)))).toEqual(SCORES);
  expect(fillAt(analysis, table.total('score'))).toBe('84.49');
  return { analysis, table };
}

function layoutOf(spec: VariantSpec) {
  const sheet = new SheetBuilder();
  sheet.table(spec);
  return recogniseSelfEvaluationTables(new SheetView(sheet.grid()))[0];
}

describe('a target spread over columns of its own', () => {
  it('reads 比较符号 | 年度指标值 | 计量单位 | 实际完成值: the unit serves both values', () => {
    const spec: VariantSpec = {
      columns: columns(['comparison', '比较符号'], ['target', '年度指标值'], ['unit', '计量单位'], ['actual', '实际完成值']),
      indicators: indicators([
        ['参保缴费人数', '74272', '70083', 20, { comparison: '≥', unit: '人' }],
        ['保障退休待遇人数', '15424', '15774', 10, { comparison: '≥', unit: '人' }],
        ['基金支出预算执行率', '95-105', '100', 10, { comparison: '区间', unit: '%' }],
        ['养老金发放时效', '每月25日前', '2020年12月20日', 10, {}],
        ['退休人员上访率', '1', '3', 20, { comparison: '≤', unit: '%' }],
        ['群众满意度', '95', '90', 20, { comparison: '不低于', unit: '%' }],
      ]),
    };
    expect(layoutOf(spec).parts).toEqual([
      { col: 3, part: 'comparison', of: 'target' },
      { col: 5, part: 'unit', of: 'both' },
    ]);
    const { analysis } = expectScored(spec);
    expect(analysis.indicators.map((i) => i.target)).toEqual(['≥74272人', '≥15424人', '区间95-105%', '每月25日前', '≤1%', '不低于95%']);
    expect(analysis.indicators.map((i) => i.actual)).toEqual(['70083人', '15774人', '100%', '2020年12月20日', '3%', '90%']);
  });

  it('reads a template whose 指标性质 holds the sign (≥ ≤ ＝ 定性), 指标值 the number, 度量单位 the unit', () => {
    const spec: VariantSpec = {
      columns: columns(['nature', '指标性质'], ['target', '指标值'], ['unit', '度量单位'], ['actual', '实际完成值']),
      indicators: indicators([
        ['参保缴费人数', '74272', '70083', 20, { nature: '≥', unit: '人' }],
        ['保障退休待遇人数', '15424', '15774', 10, { nature: '≥', unit: '人' }],
        ['基金使用符合政策规定', '100', '100', 10, { nature: '＝', unit: '%' }],
        ['待遇发放', '按时足额发放', '按时足额发放', 10, { nature: '定性', unit: '—' }],
        ['退休人员上访率', '1', '3', 20, { nature: '≤', unit: '%' }],
        ['群众满意度', '95', '90', 20, { nature: '≥', unit: '%' }],
      ]),
    };
    expect(layoutOf(spec).parts).toEqual([
      { col: 3, part: 'nature', of: 'target' },
      { col: 5, part: 'unit', of: 'both' },
    ]);
    const { analysis } = expectScored(spec);
    expect(analysis.indicators.map((i) => i.targetKind)).toEqual(['atLeast', 'atLeast', 'exactly', 'qualitative', 'atMost', 'atLeast']);
  });

  it('reads an 指标方向 column: 反向 makes a bare value a ceiling, 正向 a target to reach', () => {
    const spec: VariantSpec = {
      columns: columns(['target', '年度指标值'], ['direction', '指标方向'], ['actual', '实际完成值']),
      indicators: indicators([
        ['参保缴费人数', '74272人', '70083人', 20, { direction: '正向' }],
        ['保障退休待遇人数', '15424人', '15774人', 10, { direction: '越大越好' }],
        ['基金支出预算执行率', '95%-105%', '100%', 10, { direction: '中性' }],
        ['养老金发放时效', '每月25日前', '每月20日', 10, { direction: '正向' }],
        ['退休人员上访率', '1%', '3%', 20, { direction: '反向' }],
        ['群众满意度', '95%', '90%', 20, { direction: '正向' }],
      ]),
    };
    expect(layoutOf(spec).parts).toEqual([{ col: 4, part: 'direction', of: 'target' }]);
    const { analysis } = expectScored(spec);
    expect(analysis.indicators[4]).toMatchObject({ target: '1%（反向）', targetKind: 'atMost', status: 'not-met' });
  });

  it('reads a unit column for each value (指标值 | 单位 | 实际完成值 | 单位), and 实际完成值单位 by its header', () => {
    const rows: Row[] = [
      ['参保缴费人数', '≥74272', '70083', 20, { targetUnit: '人', actualUnit: '人' }],
      ['保障退休待遇人数', '≥15424', '15774', 10, { targetUnit: '人', actualUnit: '人' }],
      ['基金支出预算执行率', '≥95或≤105', '100', 10, { targetUnit: '%', actualUnit: '%' }],
      ['养老金发放时效', '每月25日前', '2020.12.20', 10, {}],
      ['退休人员上访率', '≤1', '3', 20, { targetUnit: '%', actualUnit: '%' }],
      ['群众满意度', '≥95', '45/50', 20, { targetUnit: '%', actualUnit: '人' }],
    ];
    const bare: VariantSpec = {
      columns: columns(['target', '年度指标值'], ['targetUnit', '单位'], ['actual', '实际完成值'], ['actualUnit', '单位']),
      indicators: indicators(rows),
    };
    expect(layoutOf(bare).parts).toEqual([
      { col: 4, part: 'unit', of: 'target' },
      { col: 6, part: 'unit', of: 'actual' },
    ]);
    expectScored(bare);
    const named: VariantSpec = {
      columns: columns(['target', '年度指标值'], ['actual', '实际完成值'], ['actualUnit', '实际完成值单位'], ['targetUnit', '指标值单位']),
      indicators: indicators(rows),
    };
    expect(layoutOf(named).parts).toEqual([
      { col: 5, part: 'unit', of: 'actual' },
      { col: 6, part: 'unit', of: 'target' },
    ]);
    expectScored(named);
  });

  it('leaves an indicator whose value and direction disagree for a person, and says which cells', () => {
    const spec: VariantSpec = {
      columns: columns(['target', '年度指标值'], ['direction', '方向'], ['actual', '实际完成值']),
      indicators: indicators([
        ['参保缴费人数', '74272人', '70083人', 20, { direction: '正向' }],
        ['退休人员上访率', '≥95%', '98%', 70, { direction: '反向' }],
      ]),
    };
    const { analysis, table } = analyseVariant(spec);
    const score = table.indicator('score', 1);
    const [direction, target] = [table.indicator('direction', 1), table.indicator('target', 1)];
    expect(analysis.review.map((r) => [a1(r), r.message])).toEqual([
      [score, expect.stringContaining(`指标方向“反向”（${direction}）与年度指标值“≥95%”（${target}）不一致，需人工评定`)],
    ]);
    expect(fillAt(analysis, score)).toBeUndefined();
    expect(fillAt(analysis, table.total('score'))).toBeUndefined();
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(analysis.indicators[1]).toMatchObject({ status: 'review', target: '≥95%' });
  });

  it('leaves an indicator whose part cell nobody can read for a person, naming the word', () => {
    const spec: VariantSpec = {
      columns: columns(['target', '年度指标值'], ['direction', '指标方向'], ['actual', '实际完成值']),
      indicators: indicators([['群众满意度', '95%', '98%', 90, { direction: '高' }]]),
    };
    const { analysis } = analyseVariant(spec);
    expect(analysis.review.map((r) => r.message)).toEqual([expect.stringContaining('指标方向“高”无法识别')]);
  });

  it.each<[string, 'comparison' | 'direction' | 'nature' | 'unit']>([
    ['比较符号', 'comparison'],
    ['符号', 'comparison'],
    ['运算符', 'comparison'],
    ['比较方式', 'comparison'],
    ['指标方向', 'direction'],
    ['方向', 'direction'],
    ['指标导向', 'direction'],
    ['正/反向', 'direction'],
    ['指标性质', 'nature'],
    ['性质', 'nature'],
    ['指标属性', 'nature'],
    ['定量/定性', 'nature'],
    ['计量单位', 'unit'],
    ['度量单位', 'unit'],
    ['单位', 'unit'],
    ['计 量\n单 位', 'unit'],
  ])('recognises the header %s as a %s column', (header, part) => {
    const spec: VariantSpec = {
      columns: columns(['target', '年度指标值'], [part, header.replace('\\n', '\n')], ['actual', '实际完成值']),
      indicators: indicators([['群众满意度', '95%', '98%', 90, {}]]),
    };
    expect(layoutOf(spec).parts).toEqual([{ col: 4, part, of: part === 'unit' ? 'both' : 'target' }]);
  });

  it.each(['单位名称', '年度指标值（单位）', '指标类型'])('does not take the header %s for a part column', (header) => {
    const spec: VariantSpec = {
      columns: columns(['target', '年度指标值'], ['nature', header], ['actual', '实际完成值']),
      indicators: indicators([['群众满意度', '95%', '98%', 90, {}]]),
    };
    expect(layoutOf(spec)?.parts ?? []).toEqual([]);
  });
});
