import { analyseWorkbook, type GridCell, type SheetGrid, rangeToA1 } from '../../../src/core';
import { sheetFromRows, withCell, workbookOf } from '../../helpers/grid';
import {
  BAZHOU,
  CLEAN,
  cellFor,
  fundRow,
  fullWidth,
  STANDARD,
  totalOf,
  verdict,
  type CellStyle,
  type CountyFund,
  type MeasureKey,
} from './countyTables';

/**
 * Fund balance tables as other counties lay them out. Each layout must be read clean, and then a transposed
 * digit in one fund's 完成数 must be reported at that cell with its true value — which proves the layout's
 * relations were really derived, not that the table was silently skipped.
 */
type Row = (string | number | null | GridCell)[];

const ROLE_ROW = ['预算数', '完成数', '上年完成数', '增加', '增长率', '完成预算'];
const STANDARD_HEADER: Row[] = [
  ['险种', '基金收入', null, null, null, null, null, '基金支出', null, null, null, null, null, '基金结余', null, null],
  [null, ...ROLE_ROW, ...ROLE_ROW, '上年结余', '当期结余', '累计结余'],
];

function body(funds: CountyFund[], keys: MeasureKey[], style: CellStyle = {}, label = (f: CountyFund) => f.label): Row[] {
  return funds.map((f) => [label(f), ...fundRow(f, keys, style)]);
}

interface Layout {
  name: string;
  sheet: SheetGrid;
  range: string;
  kind?: 'fund-balance' | 'fund-balance-transposed';
  /** The cell holding 机关事业单位 基金收入 完成数 (47161), and how it is typed there. */
  mutate: { row: number; col: number; cell: GridCell; expected: string };
}

const transposedDigit = (style: CellStyle = {}): GridCell =>
  style.yi ? { value: 4.27, numberFormat: '0.00' } : style.fullWidthText ? { value: fullWidth('41761') } : { value: 41761, numberFormat: '0' };

const TOTAL = totalOf(BAZHOU, '合计');

const layouts: Layout[] = [
  {
    name: '合计 row first, under a title and a unit line',
    sheet: sheetFromRows('表', [
      ['2020年社会保险基金收支余情况表'],
      [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, '单位：万元'],
      ...STANDARD_HEADER,
      ...body([TOTAL, ...BAZHOU], STANDARD),
    ]),
    range: 'A3:P9',
    mutate: { row: 6, col: 2, cell: transposedDigit(), expected: '47161' },
  },
  {
    name: 'a 序号 column before 险种, units in the headers, rates in percentage points with one decimal',
    sheet: sheetFromRows('表', [
      ['2020年社会保险基金收入情况表', null, null, null, null, null, null, '单位：万元'],
      ['序号', '险种', '预算数（万元）', '完成数（万元）', '上年完成数（万元）', '增减额（万元）', '增长率(%)', '完成预算(%)'],
      ...body(BAZHOU, ['iBudget', 'iActual', 'iPrior', 'iChange', 'iGrowth', 'iExec'], { rate: 'points', rateDecimals: 1 }).map((row, i) => [i + 1, ...row]),
      [null, '合计', ...fundRow(TOTAL, ['iBudget', 'iActual', 'iPrior', 'iChange', 'iGrowth', 'iExec'], { rate: 'points', rateDecimals: 1 })],
    ]),
    range: 'B2:H7',
    mutate: { row: 3, col: 3, cell: transposedDigit(), expected: '47161' },
  },
  {
    name: 'a three-row header (基金收入 / 2020年 / 预算数·完成数) with merges given as a hint',
    sheet: {
      ...sheetFromRows('表', [
        ['险种', '基金收入', null, null, null, null, null, '基金支出', null, null, null, null, null],
        [null, '2020年', null, '2019年', '增加', '增长率', '完成预算', '2020年', null, '2019年', '增加', '增长率', '完成预算'],
        [null, '预算数', '完成数', '完成数', null, null, null, '预算数', '完成数', '完成数', null, null, null],
        ...body([...BAZHOU, TOTAL], STANDARD.slice(0, 12)),
      ]),
      merges: [
        { top: 0, left: 0, bottom: 2, right: 0 },
        { top: 0, left: 1, bottom: 0, right: 6 },
        { top: 0, left: 7, bottom: 0, right: 12 },
        { top: 1, left: 1, bottom: 1, right: 2 },
        { top: 1, left: 7, bottom: 1, right: 8 },
        ...[4, 5, 6, 10, 11, 12].map((col) => ({ top: 1, left: col, bottom: 2, right: col })),
      ],
    },
    range: 'A1:M8',
    mutate: { row: 4, col: 2, cell: transposedDigit(), expected: '47161' },
  },
  {
    name: 'a one-row header naming flow and role together (收入预算数, 本年收入, 上年收入, 收入增长率)',
    sheet: sheetFromRows('表', [
      ['险种', '收入预算数', '本年收入', '上年收入', '收入增长率', '支出预算数', '本年支出', '上年支出', '支出增长率', '年初滚存结余', '本年收支结余', '年末滚存结余'],
      ...body([...BAZHOU, totalOf(BAZHOU, '总  计')], ['iBudget', 'iActual', 'iPrior', 'iGrowth', 'eBudget', 'eActual', 'ePrior', 'eGrowth', 'opening', 'net', 'closing']),
    ]),
    range: 'A1:L6',
    mutate: { row: 2, col: 2, cell: transposedDigit(), expected: '47161' },
  },
  {
    name: 'amounts in 亿元 with two decimals and rates typed as text with one decimal (9.2%)',
    sheet: sheetFromRows('表', [['2020年社会保险基金收支余情况表'], [null, '单位：亿元'], ...STANDARD_HEADER, ...body([...BAZHOU, totalOf(BAZHOU, '全市合计')], STANDARD, { yi: true, rate: 'text', rateDecimals: 1 })]),
    range: 'A3:P9',
    mutate: { row: 5, col: 2, cell: transposedDigit({ yi: true }), expected: '4.72' },
  },
  {
    name: 'every figure typed as text in full-width digits',
    sheet: sheetFromRows('表', [...STANDARD_HEADER, ...body([...BAZHOU, TOTAL], STANDARD, { fullWidthText: true, rate: 'text' })]),
    range: 'A1:P7',
    mutate: { row: 3, col: 2, cell: transposedDigit({ fullWidthText: true }), expected: '47161' },
  },
  {
    name: 'fund names with a 基金 suffix and without numbering, as other counties spell them',
    sheet: sheetFromRows('表', [
      ...STANDARD_HEADER,
      ...body([...BAZHOU, TOTAL], STANDARD, {}, (f) =>
        ({ 企业职工基本养老保险: '城镇职工基本养老保险基金', 机关事业单位基本养老保险: '机关事业养老保险（改革）基金', 工伤保险: '工伤保险基金', 失业保险: '失业保险基金' })[f.label] ?? '合 计'),
    ]),
    range: 'A1:P7',
    mutate: { row: 3, col: 2, cell: transposedDigit(), expected: '47161' },
  },
  {
    name: 'a transposed 收支分析表 with a single label column',
    sheet: sheetFromRows('分析', [
      ['2020年社保基金收支分析表'],
      ['项目', ...BAZHOU.map((f) => f.label), '合计'],
      ...(
        [
          ['预算收入', 'iBudget'], ['本年收入', 'iActual'], ['上年收入', 'iPrior'], ['收入增长', 'iChange'], ['收入增幅%', 'iGrowth'], ['收入执行预算%', 'iExec'],
          ['预算支出', 'eBudget'], ['本年支出', 'eActual'], ['上年支出', 'ePrior'], ['支出增长', 'eChange'], ['支出增幅%', 'eGrowth'], ['支出执行预算%', 'eExec'],
        ] as [string, MeasureKey][]
      ).map(([label, key]) => [label, ...[...BAZHOU, TOTAL].map((f) => cellFor(f, key))]),
    ]),
    range: 'A2:F14',
    kind: 'fund-balance-transposed',
    mutate: { row: 3, col: 2, cell: transposedDigit(), expected: '47161' },
  },
];

describe('fund balance layouts of other counties', () => {
  it.each(layouts.map((l) => [l.name, l] as const))('%s: recognised and clean', (_name, layout) => {
    const analysis = analyseWorkbook(workbookOf(layout.sheet));
    expect(analysis.tables.map((t) => [t.kind, rangeToA1(t.range)])).toEqual([[layout.kind ?? 'fund-balance', layout.range]]);
    expect(verdict(workbookOf(layout.sheet))).toEqual(CLEAN);
  });

  it.each(layouts.map((l) => [l.name, l] as const))('%s: a transposed digit in a fund’s 完成数 is blamed on that cell', (_name, layout) => {
    const { row, col, cell, expected } = layout.mutate;
    const result = verdict(withCell(workbookOf(layout.sheet), layout.sheet.name, row, col, cell));
    const address = `${String.fromCharCode(65 + col)}${row + 1}`;
    expect(result).toEqual({ errors: [[address, expected]], warnings: [] });
  });
});

describe('rows that are not addends', () => {
  const MEDICAL: CountyFund = {
    label: '职工基本医疗保险(含生育)',
    income: { budget: 68040, actual: 75381, prior: 69097 },
    expenditure: { budget: 63140, actual: 66545, prior: 67539 },
    opening: 77612,
  };
  const MATERNITY: CountyFund = {
    label: '其中：生育保险',
    income: { budget: 3200, actual: 3391, prior: 3012 },
    expenditure: { budget: 3100, actual: 2987, prior: 3304 },
    opening: 4110,
  };
  const funds = [BAZHOU[0], BAZHOU[1], MEDICAL, BAZHOU[2], BAZHOU[3]];

  it('skips a blank row among the funds and does not add a 其中 row into the 合计', () => {
    const sheet = sheetFromRows('表', [
      ...STANDARD_HEADER,
      ...body(funds.slice(0, 2), STANDARD),
      [],
      ...body([MEDICAL, MATERNITY], STANDARD),
      ...body([BAZHOU[2], BAZHOU[3], totalOf(funds, '合计')], STANDARD),
    ]);
    expect(analyseWorkbook(workbookOf(sheet)).tables.map((t) => rangeToA1(t.range))).toEqual(['A1:P10']);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
    // The 其中 row's own rates are still checked.
    const broken = withCell(workbookOf(sheet), '表', 6, 5, { value: 0.5, numberFormat: '0.00%' });
    expect(verdict(broken)).toEqual({ errors: [['F7', '12.58%']], warnings: [] });
  });

  it('takes a bare 生育保险 row under 职工医疗保险(含生育) as part of it, not an addend', () => {
    const sheet = sheetFromRows('表', [
      ...STANDARD_HEADER,
      ...body([...funds.slice(0, 3), { ...MATERNITY, label: '生育保险' }, ...funds.slice(3), totalOf(funds, '合计')], STANDARD),
    ]);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
  });
});

describe('a second table beside or below', () => {
  const people: Row[] = [
    ['险种', '参保人数（人）', '享受待遇人数（人）'],
    ['企业职工基本养老保险', '148213人', '73714人'],
    ['机关事业单位基本养老保险', '20113人', '7062人'],
    ['工伤保险', '125100人', '1115人'],
    ['失业保险', '134500人', '4542人'],
  ];

  it('leaves a 参保人数 list beside the balance table alone', () => {
    const main: Row[] = [...STANDARD_HEADER, ...body([...BAZHOU, TOTAL], STANDARD)];
    const rows = main.map((row, i) => [...row, ...Array(16 - row.length).fill(null), null, ...(people[i - 1] ?? [])]);
    const sheet = sheetFromRows('表', rows);
    expect(analyseWorkbook(workbookOf(sheet)).tables.map((t) => rangeToA1(t.range))).toEqual(['A1:P7']);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
  });

  it('checks a 参保人数 table with years and a 合计 below the balance table on its own', () => {
    const counts: Row[] = [
      ['2020年参保人数情况表'],
      ['险种', '2020年', '2019年', '增减', '增长率'],
      ['企业职工基本养老保险', 148213, 140108, 8105, '5.78%'],
      ['失业保险', 134500, 131021, 3479, '2.66%'],
      ['合计', 282713, 271129, 11584, '4.27%'],
    ];
    const sheet = sheetFromRows('表', [...STANDARD_HEADER, ...body([...BAZHOU, TOTAL], STANDARD), [], ...counts]);
    expect(analyseWorkbook(workbookOf(sheet)).tables.map((t) => rangeToA1(t.range))).toEqual(['A1:P7', 'A10:E13']);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
    const broken = withCell(workbookOf(sheet), '表', 12, 1, { value: 282173 });
    expect(verdict(broken)).toEqual({ errors: [['B13', '282713']], warnings: [] });
  });
});

describe('surroundings that must not be read as header', () => {
  it('a title typed in a middle column right above the header, and short fund names', () => {
    const short: Record<string, string> = { 企业职工基本养老保险: '企业养老', 机关事业单位基本养老保险: '机关养老', 工伤保险: '工伤', 失业保险: '失业' };
    const sheet = sheetFromRows('表', [
      [null, null, null, null, null, null, '2020年社会保险基金收支余情况表'],
      ...STANDARD_HEADER,
      ...body([...BAZHOU, TOTAL], STANDARD, {}, (f) => short[f.label] ?? '合计'),
    ]);
    expect(analyseWorkbook(workbookOf(sheet)).tables.map((t) => rangeToA1(t.range))).toEqual(['A2:P8']);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
    expect(verdict(withCell(workbookOf(sheet), '表', 4, 9, { value: 47192, numberFormat: '0' }))).toEqual({ errors: [['J5', '47129']], warnings: [] });
  });
});
