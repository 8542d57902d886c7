import type { CellRef } from '../../grid/address';
import type { CellValues } from '../../relations/CellValues';
import { relations, type Relation } from '../../relations/Relation';
import { readRatesCellByCell } from '../../values/percentReading';
import { namesAdjustedBudget, type Flow, type MeasureRole } from '../../vocabulary';
import { cellOf, type FundLine, type FundTableModel, type Measure } from './FundTableModel';

/** Roles whose 合计 is the sum of the funds; rates are not summed (a 合计's rate comes from its own amounts). */
const SUMMED_ROLES: MeasureRole[] = ['budget', 'actual', 'prior', 'change', 'openingBalance', 'netBalance', 'closingBalance'];
const RATE_ROLES: MeasureRole[] = ['growthRate', 'executionRate'];

/** Every relation a fund balance table's layout implies, for funds down or across alike. */
export function fundBalanceRelations(model: FundTableModel, values: CellValues): Relation[] {
  const out: Relation[] = [];
  const rates = new Map<Measure, Relation[]>();
  const byFlow = groupByFlow(model.measures);
  for (const line of model.funds) {
    for (const measures of byFlow.values()) out.push(...lineRelations(model, line, measures, values, rates));
    out.push(...balanceRelations(model, line, byFlow));
  }
  // Each rate is read by its own form: `%` shown is a fraction, bare numbers as their line reads them.
  for (const [measure, lineRates] of rates) out.push(...readRatesCellByCell(lineRates, values, measure.header));
  out.push(...totalRelations(model, values));
  out.push(...ofWhichRelations(model));
  return out;
}

/** Amounts that cannot be negative: a 其中 line's figure is at most its parent's (收入/支出 budgets and actuals). */
const BOUNDED_ROLES: MeasureRole[] = ['budget', 'actual', 'prior'];

/** A `其中` line (生育保险 under 职工医疗(含生育)) is part of the fund line above it, so never larger. */
function ofWhichRelations(model: FundTableModel): Relation[] {
  const out: Relation[] = [];
  let parent: FundLine | undefined;
  for (const line of model.funds) {
    if (!line.ofWhich) {
      parent = line.fund === 'total' ? undefined : line;
      continue;
    }
    if (!parent) continue;
    for (const m of model.measures) {
      if (!BOUNDED_ROLES.includes(m.role) || m.flow === 'balance') continue;
      out.push(relations.ofWhich(cellOf(model, line, m), cellOf(model, parent, m)));
    }
  }
  return out;
}

export function groupByFlow(measures: Measure[]): Map<Flow | null, Measure[]> {
  const groups = new Map<Flow | null, Measure[]>();
  for (const m of measures) groups.set(m.flow, [...(groups.get(m.flow) ?? []), m]);
  return groups;
}

/** The measure playing `role` in a flow; for 本年 the latest year, for 预算 the adjusted budget when there are two. */
export function pick(measures: Measure[], role: MeasureRole): Measure | undefined {
  const candidates = measures.filter((m) => m.role === role);
  if (candidates.length <= 1) return candidates[0];
  if (role === 'actual') return [...candidates].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
  if (role === 'budget') return candidates.find((m) => namesAdjustedBudget(m.header)) ?? candidates[candidates.length - 1];
  return candidates[0];
}

/** 增加, 增长率 and 完成预算 of one fund line in one flow; the rates go to `rates`, keyed by their measure. */
function lineRelations(
  model: FundTableModel,
  line: FundLine,
  measures: Measure[],
  values: CellValues,
  rates: Map<Measure, Relation[]>,
): Relation[] {
  const at = (m: Measure | undefined): CellRef | undefined => (m ? cellOf(model, line, m) : undefined);
  const actual = at(pick(measures, 'actual'));
  const prior = at(pick(measures, 'prior'));
  const budget = at(pick(measures, 'budget'));
  const change = pick(measures, 'change');
  const growth = pick(measures, 'growthRate');
  const execution = pick(measures, 'executionRate');
  const addRate = (measure: Measure, relation: Relation) => rates.set(measure, [...(rates.get(measure) ?? []), relation]);
  if (growth && actual && prior) addRate(growth, relations.growthRate(at(growth)!, actual, prior, formatOf(model, growth, values)));
  if (execution && actual && budget) addRate(execution, relations.executionRate(at(execution)!, actual, budget, formatOf(model, execution, values)));
  return change && actual && prior ? [relations.change(at(change)!, actual, prior, formatOf(model, change, values))] : [];
}

function balanceRelations(model: FundTableModel, line: FundLine, byFlow: Map<Flow | null, Measure[]>): Relation[] {
  const balance = byFlow.get('balance') ?? [];
  const opening = pick(balance, 'openingBalance');
  const net = pick(balance, 'netBalance');
  const closing = pick(balance, 'closingBalance');
  const income = pick(byFlow.get('income') ?? [], 'actual');
  const expenditure = pick(byFlow.get('expenditure') ?? [], 'actual');
  const at = (m: Measure) => cellOf(model, line, m);
  const out: Relation[] = [];
  if (closing && opening && net) out.push(relations.closingBalance(at(closing), at(opening), at(net)));
  if (net && income && expenditure) out.push(relations.netBalance(at(net), at(income), at(expenditure)));
  return out;
}

function totalRelations(model: FundTableModel, values: CellValues): Relation[] {
  const total = model.funds.find((f) => f.fund === 'total');
  const parts = model.funds.filter((f) => f.fund !== 'total' && !f.ofWhich);
  if (!total || parts.length === 0) return [];
  return model.measures
    .filter((m) => SUMMED_ROLES.includes(m.role))
    .map((m) =>
      relations.sum(
        cellOf(model, total, m),
        parts.map((p) => cellOf(model, p, m)),
        `合计 ≠ 各险种之和（${m.header || '本列'}）`,
        formatOf(model, m, values),
      ),
    );
}

/** The number format the measure's other cells use, so a filled cell looks like its neighbours. */
function formatOf(model: FundTableModel, measure: Measure, values: CellValues): string | undefined {
  for (const line of model.funds) {
    const cell = values.raw(cellOf(model, line, measure));
    if (typeof cell?.value === 'number' && cell.numberFormat && !/general/i.test(cell.numberFormat)) return cell.numberFormat;
  }
  return RATE_ROLES.includes(measure.role) ? '0.00%' : undefined;
}
