import { relations, type Relation } from '../../relations/Relation';
import { cellOf, type FundLine, type FundTableModel, type Measure } from './FundTableModel';
import { groupByFlow, pick } from './fundBalanceRelations';

/**
 * A 收入 table above a 支出及结余 table: 当期结余 = 收入 − 支出 spans the two. For a table with 当期结余 and 支出
 * but no 收入, the 收入 comes from the nearest table before it (on its sheet first) that has 收入 and no 结余,
 * matched fund by fund (and 合计 with 合计), in whatever order and spelling each table lists them.
 * `models` are in workbook order; the result maps each 支出及结余 table to its relations.
 */
export function splitTableRelations(models: FundTableModel[]): Map<FundTableModel, Relation[]> {
  const out = new Map<FundTableModel, Relation[]>();
  models.forEach((model, i) => {
    const byFlow = groupByFlow(model.measures);
    const net = pick(byFlow.get('balance') ?? [], 'netBalance');
    const expenditure = pick(byFlow.get('expenditure') ?? [], 'actual');
    if (!net || !expenditure || pick(byFlow.get('income') ?? [], 'actual')) return;
    const before = models.slice(0, i).reverse();
    const source = before.find((m) => m.sheet === model.sheet && incomeOf(m)) ?? before.find((m) => incomeOf(m));
    const income = source && incomeOf(source);
    if (!source || !income) return;
    const found: Relation[] = [];
    for (const line of model.funds) {
      const match = matching(source.funds, line);
      if (!match) continue;
      found.push(relations.netBalance(cellOf(model, line, net), cellOf(source, match, income), cellOf(model, line, expenditure)));
    }
    if (found.length > 0) out.set(model, found);
  });
  return out;
}

/** The 收入 完成数 of a table that lists income and no balance, if it is one. */
function incomeOf(model: FundTableModel): Measure | undefined {
  const byFlow = groupByFlow(model.measures);
  if (byFlow.has('balance') || byFlow.has('expenditure')) return undefined;
  return pick(byFlow.get('income') ?? [], 'actual');
}

/** The same fund's line, a 其中 line matching the 其中 line of the same fund (生育保险 under 职工医疗). */
function matching(lines: FundLine[], line: FundLine): FundLine | undefined {
  return lines.find((other) => other.ofWhich === line.ofWhich && other.fund === line.fund);
}
