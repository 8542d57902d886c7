import { analyseWorkbook, rangeToA1, type GridCell } from '../../../src/core';
import { sheetFromRows, withCell, workbookOf } from '../../helpers/grid';
import { BAZHOU, CLEAN, amountCell, fundRow, totalOf, verdict, type MeasureKey } from './countyTables';

/**
 * Issue 7: two tables side by side on one sheet (the left table, a blank column or two, the right table with its
 * own labels and header) are each read as a table of their own and checked; a mistake in either is blamed on
 * its cell.
 */
type Row = (string | number | null | GridCell)[];
const ROLES = ['预算数', '完成数', '上年完成数', '增加', '增长率', '完成预算'];
const TOTAL = totalOf(BAZHOU, '合计');
const FUNDS = [...BAZHOU, TOTAL];

/** Rows of two tables placed side by side, `gap` blank columns between them. */
function beside(left: Row[], right: Row[], gap: number): Row[] {
  const width = Math.max(...left.map((r) => r.length));
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => {
    const l = left[i] ?? [];
    return [...l, ...Array<null>(width - l.length + gap).fill(null), ...(right[i] ?? [])];
  });
}

const col = (letter: string) => letter.charCodeAt(0) - 65;

describe('a 收入 table beside a 支出及结余 table', () => {
  const incomeKeys: MeasureKey[] = ['iBudget', 'iActual', 'iPrior', 'iChange', 'iGrowth', 'iExec'];
  const restKeys: MeasureKey[] = ['eBudget', 'eActual', 'ePrior', 'eChange', 'eGrowth', 'eExec', 'opening', 'net', 'closing'];
  const income: Row[] = [['2020年社会保险基金收入情况表'], ['险种', ...ROLES], ...FUNDS.map((f): Row => [f.label, ...fundRow(f, incomeKeys)])];
  const rest: Row[] = [
    ['2020年社会保险基金支出及结余情况表'],
    ['险种', ...ROLES, '上年结余', '当期结余', '累计结余'],
    ...FUNDS.map((f): Row => [f.label, ...fundRow(f, restKeys)]),
  ];

  it.each([[1], [2]])('with %i blank columns between: two tables, read clean, a wrong figure in either blamed on its cell', (gap) => {
    const workbook = workbookOf(sheetFromRows('表', beside(income, rest, gap)));
    const right = 7 + gap;
    const analysis = analyseWorkbook(workbook);
    expect(analysis.tables.map((t) => rangeToA1(t.range))).toEqual([`A2:G7`, `${String.fromCharCode(65 + right)}2:${String.fromCharCode(65 + right + 9)}7`]);
    expect(verdict(workbook)).toEqual(CLEAN);
    // 机关事业 income 完成数 47161 typed 47116 (left table), its 支出 完成数 51463 typed 51436 (right table).
    expect(verdict(withCell(workbook, '表', 3, col('C'), amountCell(47116)))).toEqual({ errors: [['C4', '47161']], warnings: [] });
    const spent = String.fromCharCode(65 + right + 2);
    expect(verdict(withCell(workbook, '表', 3, right + 2, amountCell(51436)))).toEqual({ errors: [[`${spent}4`, '51463']], warnings: [] });
  });
});

describe('a 决算收入表 beside a 决算支出表', () => {
  const money = (value: number): GridCell => ({ value, numberFormat: '#,##0.00' });
  const table = (title: string, total: string, items: [string, number][]): Row[] => [
    [title],
    ['项目', '2020年决算数'],
    [total, money(Math.round(items.reduce((s, [, v]) => s + v, 0) * 100) / 100)],
    ...items.map(([label, value]): Row => [label, money(value)]),
  ];
  const income = table('决算收入表', '社会保险基金收入合计', [
    ['一、机关事业单位基本养老保险基金收入', 15390.47],
    ['二、城乡居民基本养老保险基金收入', 4145.35],
    ['三、城镇职工基本医疗保险基金收入', 9410.12],
  ]);
  const spending = table('决算支出表', '社会保险基金支出合计', [
    ['一、机关事业单位基本养老保险基金支出', 13159.54],
    ['二、城乡居民基本养老保险基金支出', 2684.22],
    ['三、城镇职工基本医疗保险基金支出', 16402.24],
  ]);

  it('reads two tables, clean, and blames a wrong 合计 in the right one on that cell', () => {
    const workbook = workbookOf(sheetFromRows('决算', beside(income, spending, 1)));
    expect(analyseWorkbook(workbook).tables.map((t) => rangeToA1(t.range))).toEqual(['A2:B6', 'D2:E6']);
    expect(verdict(workbook)).toEqual(CLEAN);
    expect(verdict(withCell(workbook, '决算', 2, col('E'), money(32264.0)))).toEqual({ errors: [['E3', '32246.00']], warnings: [] });
  });
});

describe('two tables side by side whose headers say nothing', () => {
  // Each table: four lines and a total; 栏目3 = 栏目1 − 栏目2, and 栏目4, 栏目5 are amounts of their own.
  const table = (labels: string[], total: string, figures: number[][]): Row[] => {
    const line = ([a, b, c, d]: number[]) => [a, b, a - b, c, d];
    const sum = figures.reduce((s, f) => s.map((x, k) => x + f[k]), [0, 0, 0, 0]);
    return [['', '栏目1', '栏目2', '栏目3', '栏目4', '栏目5'], ...figures.map((f, i): Row => [labels[i], ...line(f)]), [total, ...line(sum)]];
  };
  const leftFigures = [[1200, 1100, 1250, 300], [830, 790, 800, 210], [455, 470, 500, 95], [990, 1010, 1000, 240]];
  const rightFigures = [[5120, 4980, 5000, 1300], [3310, 3390, 3400, 870], [2045, 1930, 2100, 515], [760, 720, 700, 180]];
  const funds = ['企业职工基本养老保险', '机关事业单位基本养老保险', '工伤保险', '失业保险'];

  it('reads lines of the report (funds, a 合计) under unknown headers from their numbers and blames a wrong figure on its cell', () => {
    const left = table(funds, '合计', leftFigures);
    const right = table(funds, '合计', rightFigures);
    const workbook = workbookOf(sheetFromRows('表', beside(left, right, 2)));
    expect(analyseWorkbook(workbook).tables.map((t) => [t.kind, rangeToA1(t.range)])).toEqual([
      ['numeric', 'A1:F6'],
      ['numeric', 'I1:N6'],
    ]);
    expect(verdict(workbook)).toEqual(CLEAN);
    // 机关事业 of the right table: 3310 typed 3130 breaks its row's difference and its column's 合计.
    expect(verdict(withCell(workbook, '表', 2, col('J'), { value: 3130 }))).toEqual({ errors: [['J3', '3310']], warnings: [] });
  });

  it('says nothing of figures with no word of the report at all (甲单位…汇总 under 栏目1…), even where they do not add up', () => {
    const left = table(['甲单位', '乙单位', '丙单位', '丁单位'], '汇总', leftFigures);
    const right = table(['甲单位', '乙单位', '丙单位', '丁单位'], '汇总', rightFigures);
    const workbook = workbookOf(sheetFromRows('表', beside(left, right, 2)));
    expect(analyseWorkbook(workbook).tables).toEqual([]);
    expect(analyseWorkbook(withCell(workbook, '表', 2, col('J'), { value: 3130 })).findings).toEqual([]);
  });
});
