import type Decimal from 'decimal.js';
import { Dec } from '../../../../src/core/numeric/decimal';
import type { Rng } from '../generator/random';
import {
  ACCOUNT_TREE,
  FLOWS,
  factId,
  fundChildren,
  type AccountId,
  type FactSet,
  type Flow,
  type FundId,
  type FundNode,
  type FundNodeId,
} from './factModel';
import { benefitParts, FACT_SEEDS, lineShares, SUPPLEMENT, SUPPLEMENT_SCALE, type FactSeedFund } from './seedFacts';

/** Step 1 of a case: the seeded fact set, before any layout. */
export interface FactOptions {
  /** 养老保险小计 over the pension funds, 医疗保险小计 over the two medical funds (added when the seed lacks them). */
  subtotals: boolean;
  /** A `其中：生育保险` line under 职工基本医疗保险（含生育）: part of it, no addend of anything. */
  ofWhichRow: boolean;
  /** 生育保险 as a fund of its own. */
  maternitySeparate: boolean;
  /** One fund has no budget. */
  notApplicable: boolean;
}

const CANONICAL: FundId[] = ['enterprisePension', 'publicSectorPension', 'residentPension', 'employeeMedical', 'residentMedical', 'workInjury', 'unemployment', 'maternity'];
const ZERO = new Dec(0);
/** Rates need no 40 digits: 24 keep every rounding edge a shown rate (at most six decimals) can sit on. */
const Rate = Dec.clone({ precision: 24 });
/** Base figures are kept to the 分 (0.01 元): six decimals of 万元. */
const BASE_DECIMALS = 6;

export function buildFacts(rng: Rng, options: FactOptions): FactSet {
  const seed = rng.pick(FACT_SEEDS);
  const seedFunds = new Map<FundId, FactSeedFund>(seed.table.funds.map((f) => [f.fund as FundId, f as FactSeedFund]));
  const scale = Math.max(...seed.table.funds.map((f) => f.income.actual)) / SUPPLEMENT_SCALE;
  const add = (fund: keyof typeof SUPPLEMENT) => {
    if (!seedFunds.has(fund)) seedFunds.set(fund, scaled(SUPPLEMENT[fund], scale, seed.table.decimals));
  };
  const pensions = () => [...seedFunds.keys()].filter((f) => f.endsWith('Pension'));
  if (options.subtotals) {
    if (pensions().length < 2) add('residentPension');
    if (rng.chance(0.6) || ![...seedFunds.keys()].some((f) => f.endsWith('Medical'))) {
      add('employeeMedical');
      add('residentMedical');
    }
  }
  if (options.ofWhichRow) add('employeeMedical');
  if (options.maternitySeparate && !options.ofWhichRow) add('maternity');
  // Keep the tables small: at most six funds (the seed's own first).
  const leaves = CANONICAL.filter((f) => seedFunds.has(f)).slice(0, 6);

  const funds: FundNode[] = [];
  const medical: FundId[] = leaves.filter((f) => f === 'employeeMedical' || f === 'residentMedical');
  const groupOf = (f: FundId): FundNodeId => {
    if (options.subtotals && f.endsWith('Pension') && leaves.filter((l) => l.endsWith('Pension')).length >= 2) return 'pensionSubtotal';
    if (options.subtotals && medical.length >= 2 && medical.includes(f)) return 'medicalSubtotal';
    return 'total';
  };
  for (const f of leaves) funds.push({ id: f, kind: 'fund', parent: groupOf(f) });
  for (const group of ['pensionSubtotal', 'medicalSubtotal'] as const) if (funds.some((f) => f.parent === group)) funds.push({ id: group, kind: 'subtotal', parent: 'total' });
  funds.push({ id: 'total', kind: 'total', parent: null });
  if (options.ofWhichRow && leaves.includes('employeeMedical')) funds.push({ id: 'maternityOfWhich', kind: 'ofWhich', parent: 'employeeMedical' });

  const withTransfers = seed.table.source.startsWith('hami') && rng.chance(0.5);
  const withInvestment = seed.table.source.startsWith('qubenji');
  const withoutBudget = options.notApplicable ? rng.pick(leaves) : null;
  const base = new Map<string, Decimal>();
  const lines = new Map<FundNodeId, Record<Flow, AccountId[]>>();
  for (const fund of leaves) {
    const figures = seedFunds.get(fund)!;
    const own: Record<Flow, AccountId[]> = { income: [], expenditure: [] };
    for (const flow of FLOWS) {
      const shares = lineShares(fund, withTransfers, withInvestment)[flow];
      const drawn = shares.map(([, lo, hi]) => lo + rng.float() * (hi - lo));
      const sum = drawn.reduce((a, b) => a + b, 0);
      // Every fund keeps at least 1% for 其他收入 / 其他支出, the line that makes the breakdown add up.
      const shrink = sum > 0.99 ? 0.99 / sum : 1;
      const parts = benefitParts(fund).map(([, lo, hi]) => lo + rng.float() * (hi - lo));
      for (const series of ['budget', 'actual', 'prior'] as const) {
        if (series === 'budget' && fund === withoutBudget) continue;
        const total = figureOf(rng, figures, flow, series, seed.table.decimals);
        // Each line its share of the flow, varied a little per series; 其他 takes the rest, at least 1%.
        let lineValues = shares.map((_, i) => total.mul(drawn[i] * shrink * (1 + (rng.float() - 0.5) * 0.08)).toDecimalPlaces(BASE_DECIMALS));
        const taken = lineValues.reduce((a, b) => a.plus(b), ZERO);
        if (taken.gt(total.mul(0.99))) lineValues = lineValues.map((v) => v.mul(total.mul(0.99)).div(taken).toDecimalPlaces(BASE_DECIMALS));
        let rest = total;
        shares.forEach(([line], i) => {
          const value = lineValues[i];
          base.set(factId({ fund, measure: flow, account: line, series }), value);
          rest = rest.minus(value);
          if (line === 'benefits') {
            benefitParts(fund).forEach(([part], k) =>
              base.set(factId({ fund, measure: flow, account: part, series }), value.mul(parts[k] * (1 + (rng.float() - 0.5) * 0.04)).toDecimalPlaces(BASE_DECIMALS)),
            );
          }
        });
        base.set(factId({ fund, measure: flow, account: flow === 'income' ? 'otherIncome' : 'otherExpenditure', series }), rest);
      }
      own[flow] = [...shares.map(([line]) => line), flow === 'income' ? ('otherIncome' as const) : ('otherExpenditure' as const), ...benefitParts(fund).map(([p]) => p)];
    }
    base.set(factId({ fund, measure: 'opening', account: 'all', series: 'actual' }), new Dec(figures.opening ?? figures.income.actual * (0.5 + rng.float() * 1.5)).toDecimalPlaces(seed.table.decimals));
    lines.set(fund, own);
  }
  if (funds.some((f) => f.id === 'maternityOfWhich')) {
    // 生育保险 is a share of 职工医疗（含生育）'s every line: of its 收入 and 支出, and of its 上年结余.
    const share = 0.05 + rng.float() * 0.15;
    for (const [id, value] of [...base]) {
      if (!id.startsWith('employeeMedical|')) continue;
      base.set(id.replace('employeeMedical|', 'maternityOfWhich|'), value.mul(share * (1 + (rng.float() - 0.5) * 0.1)).toDecimalPlaces(BASE_DECIMALS));
    }
    lines.set('maternityOfWhich', lines.get('employeeMedical')!);
  }
  const facts: FactSet = { source: seed.table.source, place: seed.place, year: seed.year, funds, lines, base, values: new Map(), withoutBudget };
  for (const node of funds) if (node.kind === 'subtotal' || node.kind === 'total') lines.set(node.id, unionOfLines(facts, node.id));
  deriveFacts(facts);
  return facts;
}

function scaled(fund: FactSeedFund, factor: number, decimals: number): FactSeedFund {
  const s = (v: number | null) => (v === null ? null : new Dec(v * factor).toDecimalPlaces(decimals).toNumber());
  return {
    fund: fund.fund,
    income: { budget: s(fund.income.budget), actual: s(fund.income.actual)!, prior: s(fund.income.prior) },
    expenditure: { budget: s(fund.expenditure.budget), actual: s(fund.expenditure.actual)!, prior: s(fund.expenditure.prior) },
    opening: s(fund.opening),
  };
}

/** A fund's figure as the seed states it, or drawn around its 本年 figure where the seed gives none. */
function figureOf(rng: Rng, fund: FactSeedFund, flow: Flow, series: 'budget' | 'actual' | 'prior', decimals: number): Decimal {
  const figures = fund[flow];
  const stated = figures[series];
  if (stated !== null) return new Dec(stated);
  const [lo, hi] = series === 'budget' ? [0.9, 1.1] : [0.8, 1.2];
  return new Dec(figures.actual * (lo + rng.float() * (hi - lo))).toDecimalPlaces(decimals);
}

function unionOfLines(facts: FactSet, id: FundNodeId): Record<Flow, AccountId[]> {
  const under = (n: FundNodeId): FundNodeId[] => {
    const children = fundChildren(facts, n);
    return children.length ? children.flatMap(under) : [n];
  };
  const leaves = under(id);
  const union = (flow: Flow) => ACCOUNT_TREE.filter((a) => a.flow === flow && a.id !== 'all' && leaves.some((l) => facts.lines.get(l)?.[flow].includes(a.id))).map((a) => a.id);
  return { income: union('income'), expenditure: union('expenditure') };
}

/**
 * Every fact from the inputs, exactly: a flow is the sum of its lines, a subtotal or the 合计 the sum of its
 * addends (a line a fund lacks counts 0), 增减 = 本年 − 上年, 增长率 = 增减 ÷ 上年, 完成预算 = 本年 ÷ 预算,
 * 当期结余 = 收入 − 支出, 累计结余 = 上年结余 + 当期结余. Called again when rounding traps change the inputs.
 */
export function deriveFacts(facts: FactSet): void {
  const values = facts.values;
  values.clear();
  const order = [...facts.funds].sort((a, b) => rank(a) - rank(b));
  // The lines some fund has: a line no fund has is no fact of this set.
  const leaves = facts.funds.filter((f) => f.kind === 'fund').map((f) => f.id);
  const allLines = (flow: Flow): AccountId[] => ACCOUNT_TREE.filter((a) => a.flow === flow && a.id !== 'all' && leaves.some((l) => facts.lines.get(l)?.[flow].includes(a.id))).map((a) => a.id);
  for (const node of order) {
    const addends = fundChildren(facts, node.id);
    for (const flow of FLOWS) {
      for (const series of ['budget', 'actual', 'prior'] as const) {
        for (const line of allLines(flow)) {
          const id = factId({ fund: node.id, measure: flow, account: line, series });
          const value = addends.length
            ? addends.reduce((sum, child) => sum.plus(values.get(factId({ fund: child, measure: flow, account: line, series })) ?? ZERO), ZERO)
            : facts.base.get(id) ?? (facts.base.has(factId({ fund: node.id, measure: flow, account: flow === 'income' ? 'otherIncome' : 'otherExpenditure', series })) ? ZERO : undefined);
          if (value !== undefined) values.set(id, value);
        }
        const complete = allLines(flow).filter((line) => !ACCOUNT_TREE.find((a) => a.flow === flow && a.id === line)!.partial);
        const lineValues = complete.map((line) => values.get(factId({ fund: node.id, measure: flow, account: line, series })));
        if (lineValues.every((v) => v === undefined)) continue;
        values.set(factId({ fund: node.id, measure: flow, account: 'all', series }), lineValues.reduce<Decimal>((sum, v) => sum.plus(v ?? ZERO), ZERO));
      }
    }
    const opening = factId({ fund: node.id, measure: 'opening', account: 'all', series: 'actual' });
    values.set(opening, addends.length ? addends.reduce((sum, child) => sum.plus(values.get(factId({ fund: child, measure: 'opening', account: 'all', series: 'actual' }))!), ZERO) : facts.base.get(opening)!);
  }
  for (const node of facts.funds) deriveSeries(facts, node.id);
}

function rank(node: FundNode): number {
  return node.kind === 'fund' || node.kind === 'ofWhich' ? 0 : node.kind === 'subtotal' ? 1 : 2;
}

function deriveSeries(facts: FactSet, fund: FundNodeId): void {
  const values = facts.values;
  const get = (measure: Flow | 'net' | 'opening', account: AccountId, series: string) => values.get(`${fund}|${measure}|${account}|${series}`);
  for (const flow of FLOWS) {
    for (const node of ACCOUNT_TREE.filter((a) => a.flow === flow)) {
      const actual = get(flow, node.id, 'actual');
      const prior = get(flow, node.id, 'prior');
      const budget = get(flow, node.id, 'budget');
      if (!actual || !prior) continue;
      const change = actual.minus(prior);
      values.set(factId({ fund, measure: flow, account: node.id, series: 'change' }), change);
      if (!prior.isZero()) values.set(factId({ fund, measure: flow, account: node.id, series: 'growth' }), new Rate(change).div(prior));
      if (budget && !budget.isZero()) values.set(factId({ fund, measure: flow, account: node.id, series: 'exec' }), new Rate(actual).div(budget));
    }
  }
  for (const series of ['actual', 'prior'] as const) {
    const income = get('income', 'all', series);
    const expenditure = get('expenditure', 'all', series);
    if (income && expenditure) values.set(factId({ fund, measure: 'net', account: 'all', series }), income.minus(expenditure));
  }
  const netActual = get('net', 'all', 'actual')!;
  values.set(factId({ fund, measure: 'net', account: 'all', series: 'change' }), netActual.minus(get('net', 'all', 'prior')!));
  values.set(factId({ fund, measure: 'closing', account: 'all', series: 'actual' }), get('opening', 'all', 'actual')!.plus(netActual));
}
