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
import { FactValues } from './factValues';
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

/** Base figures are kept to the 分 (0.01 元): six decimals of 万元. */
const BASE_DECIMALS = 6;
const ZERO = new Dec(0);

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
            // Varied a little per series, the parts never adding up to more than their line (at most 98% of it).
            const shares = parts.map((share) => share * (1 + (rng.float() - 0.5) * 0.04));
            const sum = shares.reduce((a, b) => a + b, 0);
            benefitParts(fund).forEach(([part], k) =>
              base.set(factId({ fund, measure: flow, account: part, series }), value.mul(shares[k] * (sum > 0.98 ? 0.98 / sum : 1)).toDecimalPlaces(BASE_DECIMALS)),
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
  const values = new FactValues();
  const facts: FactSet = { source: seed.table.source, place: seed.place, year: seed.year, funds, lines, base, values, withoutBudget };
  for (const node of funds) if (node.kind === 'subtotal' || node.kind === 'total') lines.set(node.id, unionOfLines(facts, node.id));
  values.bind(facts);
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

/** Derive every fact again from the inputs (rounding traps changed them): values are computed when asked for. */
export function deriveFacts(facts: FactSet): void {
  facts.values.clear();
}
