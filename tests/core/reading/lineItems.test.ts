import { analyseWorkbook, type WorkbookGrid, rangeToA1 } from '../../../src/core';
import { readFacts, sumsOn } from '../../helpers/facts';
import { loadFixture, sheetFromRows, withCell, workbookOf, a1, key, asReport } from '../../helpers/grid';
import { syntheticLineItems } from './syntheticLineItems';

/** The relations that cross tables: an input in another sheet than the target's. */
function crossTableRelations(workbook: WorkbookGrid) {
  return readFacts(workbook).catalogue.relations.filter((r) => [...r.numerator, ...(r.denominator ?? [])].some((t) => t.ref.sheet !== r.target.sheet));
}

function errorsOf(workbook: WorkbookGrid) {
  return analyseWorkbook(workbook).findings.filter((f) => f.severity === 'error');
}

const money = (value: number) => ({ value, numberFormat: '#,##0.00' });

describe('决算收入表 / 支出表 / 结余表 read as facts', () => {
  it('finds a consistent trio at the sheet origin and reports nothing', () => {
    const workbook = syntheticLineItems({ seed: 1 });
    const { tables } = readFacts(workbook);
    expect(tables.map((t) => [t.sheet, t.kind])).toEqual([
      ['收入', 'line-items'],
      ['支出', 'line-items'],
      ['结余', 'line-items'],
    ]);
    expect(tables[0].title).toBe('2021年某县社会保险基金决算收入表');
    // 本年收支结余 = 收入 − 支出 for the 合计 and each fund, across the three sheets.
    expect(crossTableRelations(workbook).filter((r) => r.rule === 'netBalance')).toHaveLength(6);
    expect(analyseWorkbook(workbook).findings).toEqual([]);
  });

  it('finds the tables wherever they start, with ranges in sheet coordinates', () => {
    const workbook = syntheticLineItems({ seed: 2, at: { row: 6, col: 3 } });
    const analysis = analyseWorkbook(workbook);
    expect(analysis.tables.map((t) => `${t.sheet}!${rangeToA1(t.range)}`)).toEqual(['收入!D9:E27', '支出!D9:E21', '结余!D9:E21']);
    expect(analysis.findings).toEqual([]);
  });

  it('reports a wrong total at its own cell, on whatever column the table sits', () => {
    const workbook = syntheticLineItems({ seed: 3, at: { row: 2, col: 4 } });
    const broken = withCell(workbook, '收入', 5, 5, money(1));
    const errors = errorsOf(broken);
    expect(errors.map((e) => [e.at.sheet, a1(e), e.rule])).toEqual([['收入', 'F6', 'sum']]);
    // Named as a person would: the 合计's year and account, and the funds it sums.
    expect(errors[0].message).toMatch(/^合计 2021年收入 ≠ 企业职工养老 \+ 机关事业养老 \+ /);
  });

  it('gives each value column its own relations', () => {
    const workbook = syntheticLineItems({ seed: 4, budgetColumn: true });
    expect(analyseWorkbook(workbook).findings).toEqual([]);
    const columns = new Set(readFacts(workbook).catalogue.relations.filter((r) => r.target.sheet === '收入').map((r) => r.target.col));
    expect([...columns].sort()).toEqual([1, 2]);
    // A wrong 预算数 of one fund: its sum, and the 结余 = 收入 − 支出 of the budget column, break there only.
    const broken = withCell(workbook, '收入', 9, 1, money(123456.78));
    expect(errorsOf(broken).map((e) => key(e))).toEqual(['收入!B10']);
  });

  it('pairs value columns across tables by year and measure', () => {
    const workbook = syntheticLineItems({ seed: 5, budgetColumn: true });
    const across = crossTableRelations(workbook);
    for (const relation of across) {
      expect(relation.numerator.map((t) => t.ref.col)).toEqual([relation.target.col, relation.target.col]);
    }
    expect(across).toHaveLength(12);
  });

  it('reads a 结余表 with a 本年收支结余 section and a 年末累计结余 section', () => {
    const workbook = syntheticLineItems({ seed: 6, funds: 4 });
    expect(sumsOn(workbook, '结余')).toEqual([
      [3, [4, 5, 6, 7]],
      [8, [9, 10, 11, 12]],
    ]);
    // A wrong 年末累计结余 total is blamed on itself, not on the 本年收支结余 section.
    const broken = withCell(workbook, '结余', 8, 1, money(-5));
    expect(errorsOf(broken).map((e) => a1(e))).toEqual(['B9']);
  });

  it('matches funds across sheets by name when the 结余表 lists them in another order', () => {
    const workbook = syntheticLineItems({ seed: 7, funds: 5, reverseBalance: true });
    expect(analyseWorkbook(workbook).findings).toEqual([]);
    // 结余表 row 4 is the fifth fund, 城乡居民基本医疗保险: 收入 row 18, 支出 row 13.
    const first = crossTableRelations(workbook).find((r) => r.target.row === 4);
    expect(first?.numerator.map((t) => `${t.ref.sheet}!${t.ref.row}`)).toEqual(['收入!18', '支出!13']);
    expect(first?.description).toBe('城乡居民医疗 2021年当期结余 ≠ 收入 − 支出');
    // 决算 tables' 收入 and 支出 include 上下级往来: their 结余 ≠ 收入 − 支出 is an error.
    expect(first?.severity).toBe('error');
  });

  it('reads amounts typed as text such as 1,234.50', () => {
    const workbook = syntheticLineItems({ seed: 8, asText: true });
    expect(readFacts(workbook).tables).toHaveLength(3);
    expect(analyseWorkbook(workbook).findings).toEqual([]);
    const broken = withCell(workbook, '支出', 3, 1, { value: '1,234.50' });
    const errors = errorsOf(broken);
    expect(errors.map((e) => [a1(e), e.stated])).toEqual([['B4', '1234.50']]);
  });

  it('checks the total’s 其中 against the items’ 其中 of the same name', () => {
    const workbook = syntheticLineItems({ seed: 9 });
    // 收入 row 5 is the total's 财政补贴收入.
    const errors = errorsOf(withCell(workbook, '收入', 5, 1, money(0.5)));
    expect(errors.map((e) => [a1(e), e.rule])).toEqual([['B6', 'sum']]);
    expect(errors[0].message).toMatch(/^合计 2021年财政补贴收入 ≠ 企业职工养老 \+ /);
  });

  it('flags a 其中 larger than its line', () => {
    const workbook = syntheticLineItems({ seed: 10 });
    // 支出 row 5 is the first fund's 支出, row 6 its 其中：社会保险待遇支出 (also summed into the total's 其中).
    const errors = errorsOf(withCell(workbook, '支出', 6, 1, money(99999999)));
    expect(errors.map((e) => a1(e))).toEqual(['B7']);
    expect(errors[0].rule).toBe('ofWhich');
  });

  it('nests (一) items under 一、 items and sums each level', () => {
    const sheet = sheetFromRows('表', [
      ['基金收入表'],
      ['项目', '决算数'],
      ['收入合计', money(60)],
      ['一、养老保险基金收入', money(40)],
      ['（一）保险费收入', money(30)],
      ['（二）财政补贴收入', money(10)],
      ['二、医疗保险基金收入', money(20)],
      ['（一）保险费收入', money(20)],
    ]);
    expect(sumsOn(workbookOf(sheet), '表')).toEqual([
      [2, [3, 6]],
      [3, [4, 5]],
      [6, [7]],
    ]);
    expect(errorsOf(workbookOf(withCell(workbookOf(sheet), '表', 4, 1, money(31)).sheets[0])).map((e) => a1(e))).toEqual(['B5']);
  });

  it('finds two tables stacked on one sheet and two side by side', () => {
    const table = (name: string, first: number, second: number) => [
      [`某县社会保险基金${name}表`, null],
      ['项目', '决算数'],
      [`社会保险基金${name}合计`, money(first + second)],
      [`一、企业职工基本养老保险基金${name}`, money(first)],
      [`二、失业保险基金${name}`, money(second)],
    ];
    const stacked = sheetFromRows('stacked', [...table('收入', 1, 2), [null, null], ...table('支出', 3, 4)]);
    const sideBySide = sheetFromRows(
      'side',
      table('收入', 5, 6).map((row, i) => [...row, null, ...table('支出', 7, 8)[i]]),
    );
    const tables = readFacts(workbookOf(stacked, sideBySide)).tables;
    expect(tables.map((t) => [t.sheet, t.title, t.range])).toEqual([
      ['stacked', '某县社会保险基金收入表', { top: 1, left: 0, bottom: 4, right: 1 }],
      ['stacked', '某县社会保险基金支出表', { top: 7, left: 0, bottom: 10, right: 1 }],
      ['side', '某县社会保险基金收入表', { top: 1, left: 0, bottom: 4, right: 1 }],
      ['side', '某县社会保险基金支出表', { top: 1, left: 3, bottom: 4, right: 4 }],
    ]);
  });

  it('tells 收入 from 支出 by the labels when there is no title', () => {
    const sheet = (name: string, flow: string, injury: number, unemployment: number) =>
      sheetFromRows(name, [
        ['项目', '2020年决算数'],
        [`社会保险基金${flow}合计`, money(injury + unemployment)],
        [`一、工伤保险基金${flow}`, money(injury)],
        [`二、失业保险基金${flow}`, money(unemployment)],
      ]);
    const balance = sheetFromRows('c', [
      ['项目', '2020年决算数'],
      ['社会保险基金本年收支结余', money(1.5)],
      ['一、失业保险基金本年收支结余', money(2)],
      ['二、工伤保险基金本年收支结余', money(-0.5)],
    ]);
    const workbook = workbookOf(sheet('a', '支出', 1.5, 3), sheet('b', '收入', 1, 5), balance);
    expect(crossTableRelations(workbook).filter((r) => r.rule === 'netBalance')).toHaveLength(3);
    expect(analyseWorkbook(workbook).findings).toEqual([]);
    // 失业 stated as 3 where 收入 5 − 支出 3 = 2: the 结余 line and the 结余 total no longer agree with the others.
    const errors = errorsOf(withCell(workbook, 'c', 2, 1, money(3)));
    expect(errors.map((e) => key(e))).toEqual(['c!B3']);
  });

  it('fills an empty total from its items', () => {
    const sheet = sheetFromRows('表', [
      ['决算支出表'],
      ['项目', '决算数'],
      ['社会保险基金支出合计', null],
      ['一、工伤保险基金支出', money(1.25)],
      ['二、失业保险基金支出', money(2)],
    ]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(asReport(analysis).fills).toEqual([expect.objectContaining({ cell: 'B3', value: 3.25, numberFormat: '#,##0.00' })]);
  });

  it('leaves 项目支出绩效自评表 and fund balance tables alone', async () => {
    for (const name of ['yuepuhu-2020', 'bazhou-2020', 'hami-2019', 'bachu-2020']) {
      const workbook = await loadFixture(name);
      const lineItemSheets = analyseWorkbook(workbook).tables.filter((t) => t.kind === 'line-items').map((t) => t.sheet);
      expect(lineItemSheets.filter((s) => !s.startsWith('决算'))).toEqual([]);
    }
  });

  it('does not take a numbered list without a total, or a total without numbered items, for a table', () => {
    const sheet = sheetFromRows('表', [
      ['项目', '金额'],
      ['一、企业职工基本养老保险', money(1)],
      ['二、失业保险', money(2)],
      [null, null],
      ['合计', money(3)],
      ['其中：保险费收入', money(1)],
      ['说明', null],
    ]);
    expect(analyseWorkbook(workbookOf(sheet)).findings).toEqual([]);
  });
});
