import { analyseWorkbook } from '../../../src/core';
import { readFacts, ruleCounts } from '../../helpers/facts';
import { asReport, loadFixture } from '../../helpers/grid';

const LINE_ITEM_SHEETS = ['决算收入表', '决算支出表', '决算结余表'];

describe('line-item tables of yuepuhu-2020', () => {
  it('finds the 收入表, 支出表 and 结余表 with their titles and full ranges', async () => {
    const analysis = analyseWorkbook(await loadFixture('yuepuhu-2020'));
    const lineItems = asReport(analysis).tables.filter((t) => t.kind === 'line-items');
    expect(lineItems).toEqual([
      { sheet: '决算收入表', range: 'A3:B39', kind: 'line-items', title: '2020年岳普湖县社会保险基金决算收入表' },
      { sheet: '决算支出表', range: 'A3:B22', kind: 'line-items', title: '2020年岳普湖县社会保险基金决算支出表' },
      { sheet: '决算结余表', range: 'A3:B21', kind: 'line-items', title: '2020年岳普湖县社会保险基金决算结余表' },
    ]);
  });

  it('reports no error or warning on the line-item sheets of a consistent report', async () => {
    const analysis = analyseWorkbook(await loadFixture('yuepuhu-2020'));
    const onLineItems = analysis.findings.filter((f) => LINE_ITEM_SHEETS.includes(f.at.sheet));
    expect(onLineItems).toEqual([]);
  });

  it('checks sums, 其中 bounds, 其中 sums and the cross-sheet balance', async () => {
    const workbook = await loadFixture('yuepuhu-2020');
    const counts = ruleCounts(workbook);
    // 合计 = Σ its eight funds: 收入 (and, over the funds that break them out, its 其中 保险费收入, 利息收入, 财政补贴收入),
    // 支出, and the 结余表's two sections. The 支出 合计's 社会保险待遇支出 is no sum: the pension funds state their
    // 基本养老金支出 in its place.
    expect(counts.sum).toBe(1 + 3 + 1 + 2);
    // Every 其中 line at most its line: 收入 3 under the 合计 and 3 × 8 funds; 支出 1 + 8 funds + 生育's second part.
    expect(counts.ofWhich).toBe(3 + 24 + 1 + 9);
    // The 合计 and eight funds' 本年收支结余 = 收入 − 支出, across the sheets; an error there, as 决算 tables' are.
    const balances = readFacts(workbook).catalogue.relations.filter((r) => r.rule === 'netBalance');
    expect(balances).toHaveLength(9);
    expect(balances.every((r) => r.severity === 'error' && r.numerator.every((t) => t.ref.sheet !== r.target.sheet))).toBe(true);
  });

  it('names each fund’s expenditure cell in the 支出表 for the 自评表’s cross-check', async () => {
    const workbook = await loadFixture('yuepuhu-2020');
    const expenditure = readFacts(workbook)
      .tables.flatMap((t) => t.facts)
      .filter((f) => f.dims.account === 'expenditure' && f.dims.fund === 'publicSectorPension');
    expect(expenditure.map((f) => f.at)).toEqual([{ sheet: '决算支出表', row: 7, col: 1 }]);
    // The 自评表 全年执行数 13129.54 against that 13159.54: the warning names the 决算 cell.
    const warning = analyseWorkbook(workbook).findings.find((f) => f.rule === 'selfEvaluationVsFinalAccounts');
    expect(warning?.related).toEqual([{ sheet: '决算支出表', row: 7, col: 1 }]);
  });
});
