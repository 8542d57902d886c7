import type { CellRef } from '../../grid/address';
import { relations, type Relation } from '../../relations/Relation';
import type { FundId } from '../../vocabulary';
import { balanceRoleOf } from './describeTable';
import type { LineItem, LineItemTable, ValueColumn } from './LineItemTable';

/** The lines of a table that carry one flow: each fund's line and the section total. */
interface FlowLines {
  table: LineItemTable;
  total: LineItem | null;
  byFund: Map<FundId, LineItem>;
}

/**
 * 结余表's 本年收支结余 = 收入表 − 支出表, fund by fund (matched by name, in whatever order each table lists them)
 * and for the totals. The i-th 收入表, 支出表 and 结余表 of a workbook are taken to belong together.
 */
export function crossTableRelations(tables: LineItemTable[]): Relation[] {
  const incomes = tables.filter((t) => t.flow === 'income').map((t) => flowLines(t, t.sections.slice(0, 1)));
  const expenditures = tables.filter((t) => t.flow === 'expenditure').map((t) => flowLines(t, t.sections.slice(0, 1)));
  const balances = tables
    .filter((t) => t.flow === 'balance')
    .map((t) => flowLines(t, t.sections.filter((s) => balanceRoleOf(s, t.title, t.sections.length) === 'netBalance')));
  const out: Relation[] = [];
  for (let i = 0; i < balances.length; i++) {
    const income = incomes[i];
    const expenditure = expenditures[i];
    if (!income || !expenditure) break;
    for (const [balanceCol, incomeCol, expenditureCol] of pairColumns(balances[i].table, income.table, expenditure.table)) {
      const at = (lines: FlowLines, line: LineItem, column: ValueColumn): CellRef => ({ sheet: lines.table.sheet, row: line.row, col: column.col });
      const triple = (b: LineItem, inc: LineItem, exp: LineItem) =>
        relations.crossSheetBalance(at(balances[i], b, balanceCol), at(income, inc, incomeCol), at(expenditure, exp, expenditureCol), balanceCol.fillFormat);
      const { total } = balances[i];
      if (total && income.total && expenditure.total) out.push(triple(total, income.total, expenditure.total));
      for (const [fund, line] of balances[i].byFund) {
        const inc = income.byFund.get(fund);
        const exp = expenditure.byFund.get(fund);
        if (inc && exp) out.push(triple(line, inc, exp));
      }
    }
  }
  return out;
}

function flowLines(table: LineItemTable, sections: LineItem[]): FlowLines {
  const byFund = new Map<FundId, LineItem>();
  for (const item of sections.flatMap((s) => s.children)) if (item.fund && !byFund.has(item.fund)) byFund.set(item.fund, item);
  return { table, total: sections.length === 1 ? sections[0] : null, byFund };
}

/** Columns holding the same figure in the three tables: the only column of each, or equal year and measure. */
function pairColumns(balance: LineItemTable, income: LineItemTable, expenditure: LineItemTable): [ValueColumn, ValueColumn, ValueColumn][] {
  if (balance.columns.length === 1 && income.columns.length === 1 && expenditure.columns.length === 1) {
    return [[balance.columns[0], income.columns[0], expenditure.columns[0]]];
  }
  return balance.columns.flatMap((b): [ValueColumn, ValueColumn, ValueColumn][] => {
    const inc = income.columns.find((c) => c.key === b.key);
    const exp = expenditure.columns.find((c) => c.key === b.key);
    return inc && exp ? [[b, inc, exp]] : [];
  });
}

/** Each fund's total expenditure cell in the workbook's 支出表 (its latest 决算 column), first table first. */
export function expenditureByFund(tables: LineItemTable[]): Map<FundId, CellRef> {
  const out = new Map<FundId, CellRef>();
  for (const table of tables.filter((t) => t.flow === 'expenditure')) {
    const column = actualColumn(table.columns);
    if (!column) continue;
    for (const item of table.sections.flatMap((s) => s.children)) {
      if (item.fund && !out.has(item.fund)) out.set(item.fund, { sheet: table.sheet, row: item.row, col: column.col });
    }
    // A table with a column per fund: each fund's total expenditure is its column on the first total line.
    const total = table.sections[0];
    for (const fundColumn of table.columns) {
      const fund = fundColumn.fund;
      if (total && fund && fund !== 'total' && !fundColumn.ofWhich && !out.has(fund)) out.set(fund, { sheet: table.sheet, row: total.row, col: fundColumn.col });
    }
  }
  return out;
}

function actualColumn(columns: ValueColumn[]): ValueColumn | undefined {
  const actual = columns.filter((c) => c.key.endsWith('|actual'));
  const year = (c: ValueColumn) => Number(c.key.split('|')[0] || 0);
  return actual.sort((a, b) => year(b) - year(a))[0] ?? columns[0];
}
