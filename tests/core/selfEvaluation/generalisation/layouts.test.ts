import { analyseWorkbook, rangeToA1 } from '../../../../src/core';
import { sheetFromRows, a1, asReport } from '../../../helpers/grid';
import {
  analyseVariant,
  fillAt,
  findingSummary,
  SheetBuilder,
  STANDARD_COLUMNS,
  type IndicatorColumn,
  type VariantIndicator,
  type VariantSpec,
} from './variantTable';

/** Six indicators worth 90 points; three missed, each with its note. Policy scores: 18.87, 10, 10, 10, 6.67, 18.95. */
const SIX: VariantIndicator[] = [
  { level1: '产出指标', level2: '数量指标', name: '参保缴费人数', target: '74272人', actual: '70083人', weight: 20, note: '参保人数减少' },
  { name: '保障退休待遇人数', target: '15424人', actual: '15774人', weight: 10 },
  { level2: '质量指标', name: '基金支出预算执行率', target: '≥95%或≤105%', actual: '100%', weight: 10 },
  { level2: '时效指标', name: '养老金发放时效', target: '每月25日前', actual: '每月25日前', weight: 10 },
  { level1: '效益指标', level2: '社会效益指标', name: '退休人员上访率', target: '≤1%', actual: '3%', weight: 20, note: '个别诉求未及时化解' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥95%', actual: '90%', weight: 20, note: '宣传不足' },
];
const SIX_SCORES = ['18.87', '10.00', '10.00', '10.00', '6.67', '18.95'];
/** Σ indicator 得分 74.49 + the funds block's 10. */
const SIX_TOTAL = '84.49';

function withHeaders(words: Partial<Record<IndicatorColumn, string>>): [IndicatorColumn, string][] {
  return STANDARD_COLUMNS.map(([role, header]) => [role, words[role] ?? header]);
}

function expectScored(spec: VariantSpec, at?: { row: number; col: number }) {
  const { analysis, table } = analyseVariant(spec, at);
  expect(SIX.map((_, i) => fillAt(analysis, table.indicator('score', i)))).toEqual(SIX_SCORES);
  expect(fillAt(analysis, table.total('score'))).toBe(SIX_TOTAL);
  expect(fillAt(analysis, table.funds('rate'))).toBe('1');
  expect(fillAt(analysis, table.funds('score'))).toBe('10.00');
  expect(analysis.review).toEqual([]);
  expect(findingSummary(analysis)).toEqual([]);
  return { analysis, table };
}

describe('自评表 layouts other units use', () => {
  it('scores the standard table with a label column', () => {
    expectScored({ labelColumn: true, columns: STANDARD_COLUMNS, indicators: SIX });
  });

  it('scores a table that starts in column D, row 7', () => {
    const { analysis } = expectScored({ labelColumn: true, columns: STANDARD_COLUMNS, indicators: SIX }, { row: 6, col: 3 });
    expect(asReport(analysis).tables).toEqual([expect.objectContaining({ kind: 'self-evaluation', range: expect.stringMatching(/^D7:/) })]);
  });

  it.each<[string, Partial<Record<IndicatorColumn, string>>]>([
    ['指标内容 / 预期指标值 / 实际完成指标值 / 权重 / 自评得分 / 偏差原因', { indicator: '指标内容', target: '预期指标值', actual: '实际完成指标值', weight: '权重', score: '自评得分', note: '偏差原因' }],
    ['指标名称 / 目标值 / 完成值 / 标准分 / 评分 / 未完成原因及改进措施', { indicator: '指标名称', target: '目标值', actual: '完成值', weight: '标准分', score: '评分', note: '未完成原因及改进措施' }],
    ['绩效指标 / 指标值 / 实际值', { indicator: '绩效指标', target: '指标值', actual: '实际值' }],
    ['三级指标 / 年度目标值 / 全年实际值', { target: '年度目标值', actual: '全年实际值' }],
    [
      'header cells broken by line breaks and spaces',
      { level1: '一级\n指标', level2: '二级\n指标', indicator: '三级\n指标', target: '年度\n指标值', actual: '实际\n完成值', weight: '分 值', score: '得  分', note: '偏差原因分析\n及改进措施' },
    ],
  ])('reads the header words %s', (_, words) => {
    expectScored({ columns: withHeaders(words), indicators: SIX });
  });

  it('carries 一级/二级 written on every row as well as merged ones', () => {
    const { analysis } = expectScored({ columns: STANDARD_COLUMNS, indicators: SIX, repeatLevels: true });
    expect(analysis.indicators.map((i) => `${i.level1}/${i.level2}`)).toEqual([
      '产出指标/数量指标',
      '产出指标/数量指标',
      '产出指标/质量指标',
      '产出指标/时效指标',
      '效益指标/社会效益指标',
      '满意度指标/服务对象满意度指标',
    ]);
  });

  it('takes the 二级 column as the indicator when a table has no 三级 column', () => {
    const columns = STANDARD_COLUMNS.filter(([role]) => role !== 'level2').map(([role, header]): [IndicatorColumn, string] =>
      role === 'indicator' ? [role, '二级指标'] : [role, header],
    );
    const { analysis } = expectScored({ columns, indicators: SIX });
    expect(analysis.indicators.map((i) => i.name)).toEqual(SIX.map((i) => i.name));
    expect(analysis.indicators[4]).toMatchObject({ level1: '效益指标' });
  });

  it('reads columns in another order (分值 before the 指标值)', () => {
    const order: IndicatorColumn[] = ['level1', 'level2', 'indicator', 'weight', 'target', 'actual', 'score', 'note'];
    expectScored({ columns: order.map((role) => STANDARD_COLUMNS.find(([r]) => r === role)!), indicators: SIX });
  });

  it.each(['合计', '总 分', '总得分', '总\n分'])('finds the 总分 row labelled %s', (label) => {
    expectScored({ columns: STANDARD_COLUMNS, indicators: SIX, total: { label, weight: 100, score: null } });
  });

  it('reads weights typed as text with their unit (20分)', () => {
    const indicators = SIX.map((i) => ({ ...i, weight: `${i.weight as number}分` }));
    expectScored({ columns: STANDARD_COLUMNS, indicators, total: { label: '总分', weight: '100分', score: null } });
  });

  it('scores a table without title, project name or goal block', () => {
    expectScored({ title: null, project: null, goal: null, columns: STANDARD_COLUMNS, indicators: SIX });
  });

  it('warns when the weights add up to 90 or 110, and still scores every indicator', () => {
    for (const [first, sum] of [
      [10, '90'],
      [30, '110'],
    ] as const) {
      const indicators = SIX.map((i, n) => (n === 0 ? { ...i, weight: first } : i));
      const { analysis, table } = analyseVariant({ columns: STANDARD_COLUMNS, indicators, total: { label: '总分', weight: Number(sum), score: null } });
      const expectedFirst = first === 10 ? '9.44' : '28.31';
      expect(fillAt(analysis, table.indicator('score', 0))).toBe(expectedFirst);
      expect(findingSummary(analysis)).toEqual([`weightsNot100@${table.total('weight')} warning`]);
      // The stated 总分 分值 is Σ indicators + funds: 80 + 10 or 100 + 10.
      expect(analysis.findings.find((f) => f.rule === 'weightsNot100')?.stated).toBe(sum);
    }
  });

  it('fills the funds block that has only 全年预算数 and 全年执行数, with weights of 100 on the indicators', () => {
    const indicators = SIX.map((i, n) => (n === 1 ? { ...i, weight: 20 } : i));
    const funds = { columns: [['budget', '全年预算数'], ['actual', '全年执行数']] as ['budget' | 'actual', string][], values: [200, 150] };
    const { analysis, table } = analyseVariant({ columns: STANDARD_COLUMNS, indicators, funds });
    expect(fillAt(analysis, table.indicator('score', 1))).toBe('20.00');
    expect(fillAt(analysis, table.total('score'))).toBe('84.49');
    expect(findingSummary(analysis)).toEqual([]);
  });

  it('judges a bachu-style table: label-value 预算数：/执行数：, no 分值/得分 columns', () => {
    const columns = STANDARD_COLUMNS.filter(([role]) => !['weight', 'score', 'note'].includes(role)).map(([role, header]): [IndicatorColumn, string] =>
      role === 'target' ? [role, '预期指标值（包含数字及文字描述）'] : role === 'actual' ? [role, '实际完成指标值（包含数字及文字描述）'] : [role, header],
    );
    const { analysis, table } = analyseVariant({
      title: '社会保险基金支出绩效自评表',
      funds: { pairs: [20309, 19980] },
      goal: { expected: '确保待遇按时足额发放', achieved: '达到了预期目标' },
      columns,
      indicators: SIX,
      total: null,
    });
    expect(analysis.indicators.map((i) => i.status)).toEqual(['not-met', 'met', 'met', 'met', 'not-met', 'not-met']);
    expect(analysis.fills).toEqual([]);
    expect(analysis.review).toEqual([]);
    expect(findingSummary(analysis)).toEqual([`claimsTargetMet@${table.achieved()} warning`]);
  });
});

describe('several 自评表 on one sheet', () => {
  it('tells three stacked tables with different column counts apart', () => {
    const sheet = new SheetBuilder();
    const first = sheet.table({ project: '城乡居民基本养老保险', labelColumn: true, columns: STANDARD_COLUMNS, indicators: SIX });
    const noNote = STANDARD_COLUMNS.filter(([role]) => role !== 'note');
    const second = sheet.table({ project: '职工基本医疗保险', columns: noNote, indicators: SIX.slice(0, 4).map((i) => ({ ...i, note: undefined })), total: { label: '总分', weight: 60, score: null } }, { row: first.bottom + 2, col: 0 });
    const third = sheet.table(
      { title: null, project: '工伤保险', goal: null, columns: withHeaders({ indicator: '指标名称', weight: '权重' }), indicators: SIX },
      { row: second.bottom + 1, col: 0 },
    );
    const analysis = analyseWorkbook({ name: 'stacked.xlsx', sheets: [sheet.grid()] });
    expect(analysis.tables.map((t) => t.title)).toEqual(['城乡居民基本养老保险', '职工基本医疗保险', '工伤保险']);
    expect(analysis.indicators).toHaveLength(16);
    expect(SIX.map((_, i) => fillAt(analysis, first.indicator('score', i)))).toEqual(SIX_SCORES);
    expect([0, 1, 2, 3].map((i) => fillAt(analysis, second.indicator('score', i)))).toEqual(SIX_SCORES.slice(0, 4));
    expect(SIX.map((_, i) => fillAt(analysis, third.indicator('score', i)))).toEqual(SIX_SCORES);
    expect(fillAt(analysis, first.total('score'))).toBe(SIX_TOTAL);
    // 18.87 + 10 + 10 + 10 + funds 10 of 60 points: a warning that the weights are not 100, nothing else.
    expect(fillAt(analysis, second.total('score'))).toBe('58.87');
    expect(fillAt(analysis, third.total('score'))).toBe(SIX_TOTAL);
    expect(findingSummary(analysis)).toEqual([`weightsNot100@${second.total('weight')} warning`]);
  });

  it('tells stacked tables apart when the next one starts right under the 总分 row without a title', () => {
    const sheet = new SheetBuilder();
    const first = sheet.table({ columns: STANDARD_COLUMNS, indicators: SIX });
    const second = sheet.table({ title: null, project: null, goal: null, columns: STANDARD_COLUMNS, indicators: SIX }, { row: first.bottom + 1, col: 0 });
    const analysis = analyseWorkbook({ name: 'stacked.xlsx', sheets: [sheet.grid()] });
    expect(analysis.tables).toHaveLength(2);
    expect(fillAt(analysis, second.funds('score'))).toBe('10.00');
    expect(fillAt(analysis, second.total('score'))).toBe(SIX_TOTAL);
  });

  it("ends a table without 总分 row where the next table's funds block begins, with no title or blank row between", () => {
    const sheet = new SheetBuilder();
    const first = sheet.table({ columns: STANDARD_COLUMNS, indicators: SIX, total: null });
    const second = sheet.table({ title: null, project: null, columns: STANDARD_COLUMNS, indicators: SIX }, { row: first.bottom + 1, col: 0 });
    const analysis = analyseWorkbook({ name: 'stacked.xlsx', sheets: [sheet.grid()] });
    expect(analysis.indicators).toHaveLength(12);
    expect(analysis.tables.map((t) => rangeToA1(t.range))).toEqual([`A1:H${first.bottom + 1}`, `A${second.top + 1}:H${second.bottom + 1}`]);
    expect(fillAt(analysis, second.total('score'))).toBe(SIX_TOTAL);
  });

  it('reads a two-row header: 绩效指标 merged over the 一级/二级/三级指标 written below it', () => {
    const rows = [
      ['项目支出绩效自评表'],
      ['绩效指标', null, null, '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['一级指标', '二级指标', '三级指标'],
      ['产出指标', '数量指标', '参保缴费人数', '74272人', '70083人', 50, null, '参保人数减少'],
      [null, '满意度指标', '群众满意度', '≥95%', '96%', 50, null, null],
      ['总分', null, null, null, null, 100, null],
    ];
    const analysis = analyseWorkbook({ name: 'two-rows.xlsx', sheets: [sheetFromRows('自评表', rows)] });
    expect(analysis.indicators.map((i) => [a1(i), i.name, i.level1, i.level2, i.status])).toEqual([
      ['C4', '参保缴费人数', '产出指标', '数量指标', 'not-met'],
      ['C5', '群众满意度', '产出指标', '满意度指标', 'met'],
    ]);
    expect(analysis.fills.map((f) => [a1(f), f.value])).toEqual([
      ['G4', '47.18'],
      ['G5', '50.00'],
      ['G6', '97.18'],
    ]);
  });
});
