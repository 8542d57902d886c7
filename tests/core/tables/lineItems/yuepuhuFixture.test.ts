import { analyseWorkbook } from '../../../../src/core';
import { CellValues } from '../../../../src/core/relations/CellValues';
import { recogniseLineItemTables } from '../../../../src/core/tables/lineItems/recogniseLineItemTables';
import { asReport, loadFixture } from '../../../helpers/grid';

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
    const result = recogniseLineItemTables(workbook, new CellValues(workbook));
    const rules = result.tables.flatMap((t) => t.relations).map((r) => r.rule);
    const count = (rule: string) => rules.filter((r) => r === rule).length;
    // 收入 1 + 支出 1 + 结余 2 sections.
    expect(count('sum')).toBe(4);
    // 收入: 3 under the total, 3 × 8 funds; 支出: 1 + 8 funds + 生育's second.
    expect(count('ofWhich')).toBe(3 + 24 + 1 + 9);
    // 保险费收入, 利息收入, 财政补贴收入; the 支出 total's 社会保险待遇支出 has no namesake under the funds.
    expect(count('ofWhichSum')).toBe(3);
    // The total and eight funds, listed in another order in the 结余表.
    expect(result.crossTableRelations).toHaveLength(9);
    expect(result.crossTableRelations.every((r) => r.rule === 'crossSheetBalance')).toBe(true);
  });

  it('names each fund’s expenditure cell in the 支出表', async () => {
    const workbook = await loadFixture('yuepuhu-2020');
    const { expenditureByFund } = recogniseLineItemTables(workbook, new CellValues(workbook));
    expect(expenditureByFund.get('publicSectorPension')).toEqual({ sheet: '决算支出表', row: 7, col: 1 });
    expect(expenditureByFund.get('residentMedical')).toEqual({ sheet: '决算支出表', row: 13, col: 1 });
    expect(expenditureByFund.size).toBe(8);
  });
});
