import { analyseWorkbook, type GridCell } from '../../../src/core';
import { a1, key, seededRandom, sheetFromRows, withCell, workbookOf } from '../../helpers/grid';

/**
 * Issue 7 item 4: a 决算 table with one column per fund (a 合计 column, then a column for each fund). Besides each
 * column's 合计 row, each row's 合计 column = Σ the fund columns, so a wrong fund cell breaks both and is blamed
 * on that cell, not on its column's total.
 */
const FUNDS = ['企业职工基本养老保险', '机关事业单位基本养老保险', '职工基本医疗保险（含生育）', '工伤保险', '失业保险'];
const ITEMS = ['一、社会保险费收入', '二、财政补贴收入', '三、利息收入', '四、委托投资收益', '五、其他收入'];
const money = (value: number): GridCell => ({ value, numberFormat: '#,##0.00' });

function table(seed: number, totalFirst: boolean) {
  const random = seededRandom(seed);
  const figures = ITEMS.map(() => FUNDS.map(() => Math.round(random() * 10_000_000) / 100));
  const columnTotals = FUNDS.map((_, f) => figures.reduce((sum, row) => sum + row[f], 0));
  const row = (label: string, amounts: number[]) => [label, money(round2(amounts.reduce((a, b) => a + b, 0))), ...amounts.map((x) => money(round2(x)))];
  const totalRow = row('收入合计', columnTotals);
  const itemRows = ITEMS.map((label, i) => row(label, figures[i]));
  const rows = [
    ['2020年社会保险基金决算收入表'],
    [null, null, null, null, null, null, '单位：万元'],
    ['项  目', '合 计', ...FUNDS],
    ...(totalFirst ? [totalRow, ...itemRows] : [...itemRows, totalRow]),
  ];
  const firstItem = totalFirst ? 4 : 3;
  return { workbook: workbookOf(sheetFromRows('收入', rows)), firstItem, totalRow: totalFirst ? 3 : 3 + ITEMS.length, figures };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

describe('a 决算表 with one column per fund', () => {
  it.each([[1, true], [2, false], [3, true]] as const)('seed %i (合计 first: %s) is read clean', (seed, totalFirst) => {
    const { workbook } = table(seed, totalFirst);
    const analysis = analyseWorkbook(workbook);
    expect(analysis.tables.map((t) => t.kind)).toEqual(['line-items']);
    expect(analysis.findings).toEqual([]);
  });

  it.each([[1, true], [2, false], [3, true]] as const)('seed %i: a wrong fund cell is blamed on that cell, its row and column totals being consequences', (seed, totalFirst) => {
    const { workbook, firstItem, figures } = table(seed, totalFirst);
    const item = 2;
    const fund = 3;
    const broken = withCell(workbook, '收入', firstItem + item, 2 + fund, money(round2(figures[item][fund] + 1000)));
    const findings = analyseWorkbook(broken).findings;
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((e) => [a1(e), e.expected])).toEqual([[a1({ at: { sheet: '收入', row: firstItem + item, col: 2 + fund } }), figures[item][fund].toFixed(2)]]);
    expect(findings.filter((f) => f.severity === 'info').every((f) => key({ at: f.causedBy! }) === key(errors[0]))).toBe(true);
  });

  it('a wrong 合计 cell of a row is blamed on it', () => {
    const { workbook, firstItem } = table(4, true);
    const broken = withCell(workbook, '收入', firstItem + 1, 1, money(1));
    expect(analyseWorkbook(broken).findings.filter((f) => f.severity === 'error').map((e) => a1(e))).toEqual([`B${firstItem + 2}`]);
  });
});
