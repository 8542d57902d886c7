import { analyseWorkbook, type GridCell, type SheetGrid, rangeToA1 } from '../../../src/core';
import { sheetFromRows, withCell, workbookOf } from '../../helpers/grid';
import { CLEAN, verdict } from './countyTables';

/** 决算收入表 / 支出表 / 结余表 as other counties lay them out, on yuepuhu-2020's figures (seed 002). */
type Row = (string | number | null | GridCell)[];
const money = (value: number): GridCell => ({ value, numberFormat: '#,##0.00' });

/** Rows of the 收入表 for four funds: each fund's line with its 其中 lines. */
const INCOME_ITEMS: [string, number, [string, number][]][] = [
  ['机关事业单位基本养老保险基金收入', 15390.47, [['保险费收入', 13098.76], ['财政补贴收入', 2161.0]]],
  ['城乡居民基本养老保险基金收入', 4145.35, [['保险费收入', 1191.07], ['财政补贴收入', 2698.6]]],
  ['城镇职工基本医疗保险基金收入', 9410.12, [['保险费收入', 6649.19]]],
  ['城乡居民基本医疗保险基金收入', 14490.19, [['保险费收入', 5135.4], ['财政补贴收入', 8974.0]]],
];
const NUMERALS = ['一、', '二、', '三、', '四、'];

function incomeItems(numbering: (i: number) => string = (i) => NUMERALS[i]): Row[] {
  return INCOME_ITEMS.flatMap(([label, value, parts], i) => [
    [`${numbering(i)}${label}`, money(value)],
    ...parts.map(([part, amount], j): Row => [j === 0 ? `其中：${part}` : part, money(amount)]),
  ]);
}

const TOTAL_LINES: Row[] = [
  ['社会保险基金收入合计', money(43436.13)],
  ['其中：保险费收入', money(26074.42)],
  ['财政补贴收入', money(13833.6)],
];

const HEADER: Row[] = [['2020年某县社会保险基金决算收入表'], [null, '单位：万元'], ['项 目', '2020年决算数']];

describe('line-item tables of other counties', () => {
  it('reads a 合计 at the bottom of the items, with the 合计’s own 其中 lines after it', () => {
    const sheet = sheetFromRows('收入', [...HEADER, ...incomeItems(), ...TOTAL_LINES]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(analysis.tables.map((t) => [t.kind, rangeToA1(t.range)])).toEqual([['line-items', 'A3:B17']]);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
    expect(analysis.fills).toEqual([]);
    // A transposition in the 合计 (43436.13 → 43463.13) is blamed on the 合计.
    expect(verdict(withCell(workbookOf(sheet), '收入', 14, 1, money(43463.13)))).toEqual({ errors: [['B15', '43436.13']], warnings: [] });
    // A 其中 line typed larger than its fund's line is blamed on the 其中 line.
    expect(verdict(withCell(workbookOf(sheet), '收入', 7, 1, money(11910.07)))).toEqual({ errors: [['B8', '1191.07']], warnings: [] });
  });

  it.each([
    ['1.', (i: number) => `${i + 1}.`],
    ['1、', (i: number) => `${i + 1}、`],
    ['(一)', (i: number) => `(${'一二三四'[i]})`],
    ['（一）', (i: number) => `（${'一二三四'[i]}）`],
  ])('reads items numbered %s', (_style, numbering) => {
    const sheet = sheetFromRows('收入', [...HEADER, ...TOTAL_LINES, ...incomeItems(numbering)]);
    expect(analyseWorkbook(workbookOf(sheet)).tables.map((t) => rangeToA1(t.range))).toEqual(['A3:B17']);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
    expect(verdict(withCell(workbookOf(sheet), '收入', 3, 1, money(43463.13)))).toEqual({ errors: [['B4', '43436.13']], warnings: [] });
  });

  it('reads `其中：` on a row of its own followed by the sub-items, and plans no fill for it', () => {
    const split = (rows: Row[]): Row[] =>
      rows.flatMap((row) => (typeof row[0] === 'string' && row[0].startsWith('其中：') ? [['其中：', null], [row[0].slice(3), row[1]]] : [row]));
    const sheet = sheetFromRows('收入', [...HEADER, ...split(TOTAL_LINES), ...split(incomeItems())]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(analysis.tables.map((t) => rangeToA1(t.range))).toEqual(['A3:B22']);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
    expect(analysis.fills).toEqual([]);
    // 机关事业's 保险费收入 (row 10) typed larger than the fund's whole income.
    expect(verdict(withCell(workbookOf(sheet), '收入', 9, 1, money(31098.76)))).toEqual({ errors: [['B10', '13098.76']], warnings: [] });
  });

  it('checks 小计 lines against the items above them, and the 合计 against the items only', () => {
    const sheet = sheetFromRows('支出', [
      ['2020年某县社会保险基金决算支出表'],
      ['项目', '决算数'],
      ['一、机关事业单位基本养老保险基金支出', money(13159.54)],
      ['二、城乡居民基本养老保险基金支出', money(2684.22)],
      ['养老保险小计', money(15843.76)],
      ['三、城镇职工基本医疗保险基金支出', money(16402.24)],
      ['四、城乡居民基本医疗保险基金支出', money(21860.67)],
      ['医疗保险小计', money(38262.91)],
      ['合计', money(54106.67)],
    ]);
    expect(analyseWorkbook(workbookOf(sheet)).tables.map((t) => rangeToA1(t.range))).toEqual(['A2:B9']);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
    expect(verdict(withCell(workbookOf(sheet), '支出', 7, 1, money(38226.91)))).toEqual({ errors: [['B8', '38262.91']], warnings: [] });
    expect(verdict(withCell(workbookOf(sheet), '支出', 8, 1, money(54160.67)))).toEqual({ errors: [['B9', '54106.67']], warnings: [] });
  });

  it('checks 完成预算% of a 决算表 with 预算数 and 决算数 columns', () => {
    const rows: Row[] = [
      ['2020年某县社会保险基金支出预算执行表'],
      ['项目', '预算数', '决算数', '完成预算%'],
      ['社会保险基金支出合计', money(30677.22), money(54106.67), '176.37%'],
      ['一、机关事业单位基本养老保险基金支出', money(12939.37), money(13159.54), '101.70%'],
      ['二、城乡居民基本养老保险基金支出', money(2889.39), money(2684.22), '92.90%'],
      ['三、城镇职工基本医疗保险基金支出', money(3738.2), money(16402.24), '438.77%'],
      ['四、城乡居民基本医疗保险基金支出', money(11110.26), money(21860.67), '196.76%'],
    ];
    const sheet = sheetFromRows('执行', rows);
    expect(analyseWorkbook(workbookOf(sheet)).tables.map((t) => rangeToA1(t.range))).toEqual(['A2:D7']);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
    // yuepuhu's own prose says 92.89% for 2684.22 ÷ 2889.39 = 92.899…%.
    expect(verdict(withCell(workbookOf(sheet), '执行', 4, 3, { value: '92.89%' }))).toEqual({ errors: [['D5', '92.90%']], warnings: [] });
    // A wrong 决算数 is blamed on itself: it breaks the sum and its 完成预算%.
    expect(verdict(withCell(workbookOf(sheet), '执行', 5, 2, money(16042.24)))).toEqual({ errors: [['C6', '16402.24']], warnings: [] });
  });
});

describe('line-item tables with last year’s figures and the change', () => {
  // Two funds' 支出 with their 其中 lines; 机关事业 spent less than last year, so its 增减 and its 其中's are negative.
  const rows = (years: boolean): Row[] => [
    ['2020年某县社会保险基金决算支出表'],
    ['项目', years ? '2019年决算数' : '上年决算数', years ? '2020年决算数' : '决算数', '增减额'],
    ['一、机关事业单位基本养老保险基金支出', money(61185.98), money(51463.45), money(-9722.53)],
    ['其中：社会保险待遇支出', money(41695.21), money(35069.79), money(-6625.42)],
    ['二、工伤保险基金支出', money(8084.41), money(8858.11), money(773.7)],
    ['其中：社会保险待遇支出', money(4531.77), money(4965.48), money(433.71)],
    ['合计', money(69270.39), money(60321.56), money(-8948.83)],
  ];

  it.each([[false], [true]])('judges 其中 ≤ its line on amounts only, never on a negative 增减 (years in headers: %s)', (years) => {
    const workbook = workbookOf(sheetFromRows('支出', rows(years)));
    expect(verdict(workbook)).toEqual(CLEAN);
    // A 其中 whose amount exceeds its line is still caught.
    expect(verdict(withCell(workbook, '支出', 3, 2, money(53069.79)))).toEqual({ errors: [['C4', '35069.79']], warnings: [] });
  });

  it('reads 2019年决算数 beside 2020年决算数 as last year’s, so a wrong line is blamed on itself through its 增减', () => {
    const workbook = workbookOf(sheetFromRows('支出', rows(true)));
    // 8858.11 typed 8588.11: the 合计 and the line's 增减 both break; the line is the one cell that mends both.
    expect(verdict(withCell(workbook, '支出', 4, 2, money(8588.11)))).toEqual({ errors: [['C5', '8858.11']], warnings: [] });
  });
});

describe('line-item tables across sheets', () => {
  function trio(balanceOrder: number[], balances = [2230.93, 1461.13, -6992.12, -7370.48]): SheetGrid[] {
    const names = ['机关事业单位基本养老保险基金', '城乡居民基本养老保险基金', '城镇职工基本医疗保险基金', '城乡居民基本医疗保险基金'];
    const income = [15390.47, 4145.35, 9410.12, 14490.19];
    const spending = [13159.54, 2684.22, 16402.24, 21860.67];
    const table = (title: string, total: string, values: number[], order: number[], suffix: string): Row[] => [
      [title],
      ['项目', '2020年决算数'],
      [total, money(Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100)],
      ...order.map((i, n): Row => [`${NUMERALS[n]}${names[i]}${suffix}`, money(values[i])]),
    ];
    return [
      sheetFromRows('收入表', table('决算收入表', '社会保险基金收入合计', income, [0, 1, 2, 3], '收入')),
      sheetFromRows('支出表', table('决算支出表', '社会保险基金支出合计', spending, [0, 1, 2, 3], '支出')),
      sheetFromRows('结余表', table('决算结余表', '社会保险基金本年收支结余', balances, balanceOrder, '本年收支结余')),
    ];
  }

  it('pairs a 收入表 and a 结余表 whose totals are at the bottom with a 支出表 whose total is at the top', () => {
    const [income, spending] = trio([0, 1, 2, 3]);
    const bottomTotal = (sheet: SheetGrid): SheetGrid => {
      // Row 2 (the total) moves below the last row; the rows under it move up one.
      const last = Math.max(...sheet.cells.map((c) => c.row));
      return { ...sheet, cells: sheet.cells.map((c) => ({ ...c, row: c.row === 2 ? last : c.row > 2 ? c.row - 1 : c.row })) };
    };
    const balance = sheetFromRows('结余表', [
      ['决算结余表'],
      ['项目', '2020年决算数'],
      ['一、机关事业单位基本养老保险基金本年收支结余', money(2230.93)],
      ['二、城乡居民基本养老保险基金本年收支结余', money(1461.13)],
      ['三、城镇职工基本医疗保险基金本年收支结余', money(-6992.12)],
      ['四、城乡居民基本医疗保险基金本年收支结余', money(-7370.48)],
      ['本年收支结余合计', money(-10670.54)],
      ['一、机关事业单位基本养老保险基金年末累计结余', money(9306.03)],
      ['二、城乡居民基本养老保险基金年末累计结余', money(11369.9)],
      ['三、城镇职工基本医疗保险基金年末累计结余', money(2093.28)],
      ['四、城乡居民基本医疗保险基金年末累计结余', money(772.54)],
      ['年末累计结余合计', money(23541.75)],
    ]);
    const workbook = workbookOf(bottomTotal(income), spending, balance);
    expect(analyseWorkbook(workbook).tables.map((t) => `${t.sheet}!${rangeToA1(t.range)}`)).toEqual(['收入表!A2:B7', '支出表!A2:B7', '结余表!A2:B12']);
    expect(verdict(workbook)).toEqual(CLEAN);
    // The 本年收支结余 合计 with two digits transposed breaks its sum and 收入 − 支出 across sheets: blamed on it.
    expect(verdict(withCell(workbook, '结余表', 6, 1, money(-10607.54)))).toEqual({ errors: [['结余表!B7', '-10670.54']], warnings: [] });
  });

  it('matches a 结余表 listing the funds in another order by name', () => {
    const workbook = workbookOf(...trio([2, 0, 3, 1]));
    expect(verdict(workbook)).toEqual(CLEAN);
    // 结余表 row 6 is the fourth listed, 城乡居民基本养老保险基金 (1461.13), typed 1416.13.
    expect(verdict(withCell(workbook, '结余表', 6, 1, money(1416.13)))).toEqual({ errors: [['结余表!B7', '1461.13']], warnings: [] });
  });
});
