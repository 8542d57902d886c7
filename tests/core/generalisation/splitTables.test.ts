import type { GridCell } from '../../../src/core';
import { analyseWorkbook } from '../../../src/core';
import { sheetFromRows, withCell, workbookOf } from '../../helpers/grid';
import { BAZHOU, CLEAN, amountCell, cellFor, fundRow, rateCell, STANDARD, totalOf, verdict, type CountyFund, type MeasureKey } from './countyTables';

/**
 * Issue 7 item 1: tables are not one block. Each layout is read clean, and one transposed digit in a fund's
 * figure is then reported at that cell with its true value, and nowhere else.
 */
type Row = (string | number | null | GridCell)[];
const ROLE_ROW = ['预算数', '完成数', '上年完成数', '增加', '增长率', '完成预算'];
const TOTAL = totalOf(BAZHOU, '合计');
const body = (funds: CountyFund[], keys: MeasureKey[]) => funds.map((f): Row => [f.label, ...fundRow(f, keys)]);
/** Insert an empty column at `at` (0-based, counting the label column) in every row. */
const withSpacer = (rows: Row[], at: number) => rows.map((r) => [...r.slice(0, at), null, ...r.slice(at)]);
/** Two adjacent digits swapped: the last pair that differ (47161 → 47116). */
function typo(value: number): GridCell {
  const digits = [...String(value)];
  for (let i = digits.length - 1; i > 0; i--) {
    if (digits[i] === digits[i - 1] || digits[i - 1] === '-') continue;
    [digits[i], digits[i - 1]] = [digits[i - 1], digits[i]];
    break;
  }
  return { value: Number(digits.join('')), numberFormat: '0' };
}

function mutated(rows: Row[], row: number, col: number, name = '表') {
  const original = rows[row][col] as GridCell;
  const value = original.value as number;
  return { verdict: verdict(withCell(workbookOf(sheetFromRows(name, rows)), name, row, col, typo(value))), expected: String(value) };
}

const a1 = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;

describe('a table that is not one block', () => {
  const header: Row[] = [
    ['险种', '基金收入', null, null, null, null, null, '基金支出', null, null, null, null, null, '基金结余', null, null],
    [null, ...ROLE_ROW, ...ROLE_ROW, '上年结余', '当期结余', '累计结余'],
  ];
  const layouts: { name: string; rows: Row[]; mutate: [number, number][] }[] = [
    {
      name: 'a blank spacer column between 基金收入 and 基金支出',
      rows: withSpacer([...header, ...body([...BAZHOU, TOTAL], STANDARD)], 7),
      mutate: [[3, 2], [3, 9], [4, 15]],
    },
    {
      name: 'two spacer columns, one right of the fund names',
      rows: withSpacer(withSpacer([...header, ...body([...BAZHOU, TOTAL], STANDARD)], 14), 1),
      mutate: [[3, 3], [3, 16]],
    },
    {
      name: 'a blank row between the header and the data',
      rows: [...header, [], ...body([...BAZHOU, TOTAL], STANDARD)],
      mutate: [[4, 2], [5, 8]],
    },
    {
      name: 'the 合计 first, then a 其中 block under a fund',
      rows: [...header, ...body([TOTAL, BAZHOU[0]], STANDARD), ['其中：省级统筹', ...fundRow({ ...BAZHOU[0], label: '' }, STANDARD).map(() => null)], ...body(BAZHOU.slice(1), STANDARD)],
      mutate: [[5, 2], [3, 8]],
    },
    {
      name: 'notes, a 填报单位 line and signatures around the table',
      rows: [
        ['2020年社会保险基金收支余情况表'],
        ['填报单位：某县社会保险事业管理局', null, null, null, null, null, null, null, null, null, null, null, null, null, null, '单位：万元'],
        ...header,
        ...body([...BAZHOU, TOTAL], STANDARD),
        ['注：本表不含上下级往来。'],
        ['填表人：张三', null, null, null, '审核人：李四', null, null, null, '负责人：王五'],
      ],
      mutate: [[5, 2], [6, 14]],
    },
  ];

  it.each(layouts.map((l) => [l.name, l] as const))('%s: read clean', (_name, layout) => {
    expect(verdict(workbookOf(sheetFromRows('表', layout.rows)))).toEqual(CLEAN);
  });

  it.each(layouts.map((l) => [l.name, l] as const))('%s: a transposed digit is blamed on that cell', (_name, layout) => {
    for (const [row, col] of layout.mutate) {
      const { verdict: found, expected } = mutated(layout.rows, row, col);
      expect([a1(row, col), found]).toEqual([a1(row, col), { errors: [[a1(row, col), expected]], warnings: [] }]);
    }
  });
});

describe('a 收入 table above a 支出及结余 table', () => {
  const incomeKeys: MeasureKey[] = ['iBudget', 'iActual', 'iPrior', 'iChange', 'iGrowth', 'iExec'];
  const restKeys: MeasureKey[] = ['eBudget', 'eActual', 'ePrior', 'eChange', 'eGrowth', 'eExec', 'opening', 'net', 'closing'];
  // The second table lists the funds in another order, by short names.
  const reordered = [BAZHOU[3], BAZHOU[0], BAZHOU[2], BAZHOU[1]];
  const shortNames: Record<string, string> = { 企业职工基本养老保险: '企业职工养老', 机关事业单位基本养老保险: '机关养老', 工伤保险: '工伤', 失业保险: '失业' };
  const rows: Row[] = [
    ['2020年社会保险基金收入情况表'],
    [null, null, null, null, null, null, '单位：万元'],
    ['险种', ...ROLE_ROW],
    ...body([...BAZHOU, TOTAL], incomeKeys),
    [],
    ['2020年社会保险基金支出及结余情况表'],
    ['险 种', '基金支出', null, null, null, null, null, '基金结余', null, null],
    [null, ...ROLE_ROW, '上年结余', '当期结余', '累计结余'],
    ...[...reordered, TOTAL].map((f): Row => [shortNames[f.label] ?? f.label, ...fundRow(f, restKeys)]),
  ];
  const workbook = () => workbookOf(sheetFromRows('表', rows));

  it('reads both tables clean', () => {
    const analysis = analyseWorkbook(workbook());
    expect(analysis.tables.map((t) => t.kind)).toEqual(['fund-balance', 'fund-balance']);
    expect(verdict(workbook())).toEqual(CLEAN);
  });

  it('checks 当期结余 = 收入 − 支出 across the two tables, fund by fund', () => {
    // 机关养老's 当期结余 (row 15), its 累计结余 and the 合计's moved together: only the cross relation breaks.
    const net = BAZHOU[1].income.actual - BAZHOU[1].expenditure.actual;
    let changed = withCell(workbook(), '表', 15, 8, amountCell(net + 100));
    changed = withCell(changed, '表', 15, 9, amountCell(BAZHOU[1].opening + net + 100));
    const totalNet = TOTAL.income.actual - TOTAL.expenditure.actual;
    changed = withCell(changed, '表', 16, 8, amountCell(totalNet + 100));
    changed = withCell(changed, '表', 16, 9, amountCell(TOTAL.opening + totalNet + 100));
    const analysis = analyseWorkbook(changed);
    const warnings = analysis.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((w) => a1(w.at.row, w.at.col))).toEqual(['I16', 'I17']);
    expect(warnings.map((w) => w.related.map((r) => a1(r.row, r.col)))).toEqual([
      ['C5', 'C16'],
      ['C8', 'C17'],
    ]);
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('blames a wrong 收入 完成数 on that cell; the cross 当期结余 it breaks is its consequence', () => {
    const { verdict: found, expected } = mutated(rows, 4, 2);
    expect(found).toEqual({ errors: [['C5', expected]], warnings: [] });
  });
});

describe('a 支出及结余 table and its 收入 table in any order', () => {
  const incomeKeys: MeasureKey[] = ['iBudget', 'iActual', 'iPrior', 'iChange', 'iGrowth', 'iExec'];
  const restKeys: MeasureKey[] = ['eBudget', 'eActual', 'ePrior', 'eChange', 'eGrowth', 'eExec', 'opening', 'net', 'closing'];
  const income: Row[] = [['2020年社会保险基金收入情况表'], ['险种', ...ROLE_ROW], ...body([...BAZHOU, TOTAL], incomeKeys)];
  const rest: Row[] = [
    ['2020年社会保险基金支出及结余情况表'],
    ['险种', '基金支出', null, null, null, null, null, '基金结余', null, null],
    [null, ...ROLE_ROW, '上年结余', '当期结余', '累计结余'],
    ...body([...BAZHOU, TOTAL], restKeys),
  ];
  /** Each layout: the sheets, where the 收入 table's first fund row is, and where the other table's is. */
  const layouts: [string, () => { sheets: [string, Row[]][]; incomeAt: [string, number]; restAt: [string, number] }][] = [
    ['支出及结余 above 收入', () => ({ sheets: [['表', [...rest, [], ...income]]], incomeAt: ['表', rest.length + 3], restAt: ['表', 3] })],
    ['支出及结余 on the first sheet, 收入 on the next', () => ({ sheets: [['支出', rest], ['收入', income]], incomeAt: ['收入', 2], restAt: ['支出', 3] })],
  ];
  const build = (sheets: [string, Row[]][]) => workbookOf(...sheets.map(([name, rows]) => sheetFromRows(name, rows)));

  it.each(layouts)('%s: read clean, and 当期结余 = 收入 − 支出 is checked fund by fund', (_name, layout) => {
    const { sheets, incomeAt, restAt } = layout();
    expect(verdict(build(sheets))).toEqual(CLEAN);
    // 机关养老's 当期结余, its 累计结余 and the 合计's moved together: only 收入 − 支出 across the tables breaks.
    const [restSheet, first] = restAt;
    const net = BAZHOU[1].income.actual - BAZHOU[1].expenditure.actual;
    const totalNet = TOTAL.income.actual - TOTAL.expenditure.actual;
    let changed = withCell(build(sheets), restSheet, first + 1, 8, amountCell(net + 100));
    changed = withCell(changed, restSheet, first + 1, 9, amountCell(BAZHOU[1].opening + net + 100));
    changed = withCell(changed, restSheet, first + 4, 8, amountCell(totalNet + 100));
    changed = withCell(changed, restSheet, first + 4, 9, amountCell(TOTAL.opening + totalNet + 100));
    const analysis = analyseWorkbook(changed);
    const flagged = analysis.findings.filter((f) => f.severity !== 'info');
    const [incomeSheet, incomeFirst] = incomeAt;
    expect(flagged.map((f) => [f.at.sheet, a1(f.at.row, f.at.col), f.related.map((r) => `${r.sheet}!${a1(r.row, r.col)}`)])).toEqual([
      [restSheet, a1(first + 1, 8), [`${incomeSheet}!${a1(incomeFirst + 1, 2)}`, `${restSheet}!${a1(first + 1, 2)}`]],
      [restSheet, a1(first + 4, 8), [`${incomeSheet}!${a1(incomeFirst + 4, 2)}`, `${restSheet}!${a1(first + 4, 2)}`]],
    ]);
  });
});

describe('a transposed 收支分析表 with another table under it', () => {
  const funds = [...BAZHOU, TOTAL];
  const across = (label: string, pick: (f: CountyFund) => GridCell): Row => [label, ...funds.map(pick)];
  const rows: Row[] = [
    ['2019年社保基金收支分析表'],
    ['项目', ...funds.map((f) => f.label)],
    across('本年收入', (f) => amountCell(f.income.actual)),
    across('上年收入', (f) => amountCell(f.income.prior)),
    across('增幅%', (f) => rateCell((f.income.actual - f.income.prior) / f.income.prior)),
    across('本年支出', (f) => amountCell(f.expenditure.actual)),
    across('上年支出', (f) => amountCell(f.expenditure.prior)),
    across('增幅%', (f) => rateCell((f.expenditure.actual - f.expenditure.prior) / f.expenditure.prior)),
    ['滚存结余情况'],
    ['项目', ...funds.map((f) => f.label)],
    across('年初滚存结余', (f) => cellFor(f, 'opening')),
    across('本年收支结余', (f) => cellFor(f, 'net')),
    across('年末滚存结余', (f) => cellFor(f, 'closing')),
  ];

  it('reads both tables clean', () => {
    const analysis = analyseWorkbook(workbookOf(sheetFromRows('表', rows)));
    expect(analysis.tables.map((t) => [t.kind, t.range.top, t.range.bottom])).toEqual([
      ['fund-balance-transposed', 1, 7],
      ['fund-balance-transposed', 9, 12],
    ]);
    expect(verdict(workbookOf(sheetFromRows('表', rows)))).toEqual(CLEAN);
  });

  it('blames a wrong 年末滚存结余 in the lower table on that cell', () => {
    const { verdict: found, expected } = mutated(rows, 12, 2);
    expect(found).toEqual({ errors: [['C13', expected]], warnings: [] });
  });

  it('blames a wrong 本年收入 in the upper table on that cell', () => {
    const { verdict: found, expected } = mutated(rows, 2, 3);
    expect(found).toEqual({ errors: [['D3', expected]], warnings: [] });
  });
});
