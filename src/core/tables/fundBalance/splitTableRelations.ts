import { relations, type Relation } from '../../relations/Relation';
import { cellOf, type FundLine, type FundTableModel, type Measure } from './FundTableModel';
import { groupByFlow, pick } from './fundBalanceRelations';

/**
 * A 收入 table and a 支出及结余 table: 当期结余 = 收入 − 支出 spans the two, matched fund by fund (and 合计 with
 * 合计), in whatever order and spelling each table lists them. Which 收入 table goes with which 支出及结余 table
 * does not depend on which comes first: see pairTables. `models` are in workbook order; the result maps each
 * 支出及结余 table to its relations.
 */
export function splitTableRelations(models: FundTableModel[]): Map<FundTableModel, Relation[]> {
  const out = new Map<FundTableModel, Relation[]>();
  const balances = models.filter((m) => needsIncome(m));
  const incomes = models.filter((m) => incomeOf(m));
  for (const [model, source] of pairTables(balances, incomes, models)) {
    const byFlow = groupByFlow(model.measures);
    const net = pick(byFlow.get('balance') ?? [], 'netBalance')!;
    const expenditure = pick(byFlow.get('expenditure') ?? [], 'actual')!;
    const income = incomeOf(source)!;
    const found: Relation[] = [];
    for (const line of model.funds) {
      const match = matching(source.funds, line);
      if (!match) continue;
      found.push(relations.netBalance(cellOf(model, line, net), cellOf(source, match, income), cellOf(model, line, expenditure)));
    }
    if (found.length > 0) out.set(model, found);
  }
  return out;
}

/** A table with 当期结余 and 支出 but no 收入 of its own. */
function needsIncome(model: FundTableModel): boolean {
  const byFlow = groupByFlow(model.measures);
  return !!pick(byFlow.get('balance') ?? [], 'netBalance') && !!pick(byFlow.get('expenditure') ?? [], 'actual') && !pick(byFlow.get('income') ?? [], 'actual');
}

/**
 * Each 支出及结余 table with its 收入 table, one to one. On a sheet with as many of each, the i-th goes with the
 * i-th (收入 above 支出, 支出 above 收入, side by side or two counties one under the other); otherwise each takes the
 * nearest unpaired one on its sheet. A table left without one takes an unpaired 收入 table of another sheet: the
 * nearest before it in the workbook, else the nearest after.
 */
function pairTables(balances: FundTableModel[], incomes: FundTableModel[], models: FundTableModel[]): [FundTableModel, FundTableModel][] {
  const pairs: [FundTableModel, FundTableModel][] = [];
  const taken = new Set<FundTableModel>();
  const done = new Set<FundTableModel>();
  const take = (balance: FundTableModel, income: FundTableModel | undefined) => {
    if (!income) return;
    pairs.push([balance, income]);
    taken.add(income);
    done.add(balance);
  };
  for (const sheet of new Set(balances.map((m) => m.sheet))) {
    const here = balances.filter((m) => m.sheet === sheet);
    const sources = incomes.filter((m) => m.sheet === sheet);
    if (here.length === sources.length) here.forEach((balance, i) => take(balance, sources[i]));
    else for (const balance of here) take(balance, nearest(balance, sources.filter((m) => !taken.has(m))));
  }
  for (const balance of balances.filter((m) => !done.has(m))) {
    const at = models.indexOf(balance);
    const others = incomes.filter((m) => m.sheet !== balance.sheet && !taken.has(m));
    take(balance, others.filter((m) => models.indexOf(m) < at).pop() ?? others.find((m) => models.indexOf(m) > at));
  }
  return pairs;
}

/** The table whose top-left corner is nearest, rows and columns counted alike. */
function nearest(model: FundTableModel, candidates: FundTableModel[]): FundTableModel | undefined {
  const distance = (m: FundTableModel) => Math.abs(m.range.top - model.range.top) + Math.abs(m.range.left - model.range.left);
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0];
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
