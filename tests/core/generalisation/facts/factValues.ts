import type Decimal from 'decimal.js';
import { Dec } from '../../../../src/core/numeric/decimal';
import { ACCOUNT_TREE, parseFactId, type AccountId, type Coord, type FactSet, type Flow, type FundNodeId } from './factModel';

const ZERO = new Dec(0);
/** Rates need no 40 digits: 24 keep every rounding edge a shown rate (at most six decimals) can sit on. */
const Rate = Dec.clone({ precision: 24 });

/**
 * Every fact's exact value, derived from the inputs (FactSet.base) when first asked for and remembered: a flow
 * is the sum of its lines, a subtotal or the 合计 the sum of its addends (a line a fund lacks counts 0),
 * 增减 = 本年 − 上年, 增长率 = 增减 ÷ 上年, 完成预算 = 本年 ÷ 预算, 当期结余 = 收入 − 支出,
 * 累计结余 = 上年结余 + 当期结余. A fact that does not exist (a budget of a fund without one, 结余 of 预算,
 * a line no fund has) is undefined. `clear` forgets them all, when rounding traps change the inputs.
 */
export class FactValues {
  private readonly memo = new Map<string, Decimal | null>();
  private facts: FactSet | null = null;
  private addends = new Map<FundNodeId, FundNodeId[]>();
  private lineOfSomeFund = new Set<string>();

  bind(facts: FactSet): void {
    this.facts = facts;
    this.clear();
  }

  clear(): void {
    this.memo.clear();
    const facts = this.facts;
    if (!facts) return;
    this.addends = new Map(facts.funds.map((f) => [f.id, facts.funds.filter((c) => c.parent === f.id && c.kind !== 'ofWhich').map((c) => c.id)]));
    this.lineOfSomeFund = new Set(facts.funds.filter((f) => f.kind === 'fund').flatMap((f) => (['income', 'expenditure'] as const).flatMap((flow) => (facts.lines.get(f.id)?.[flow] ?? []).map((l) => `${flow}|${l}`))));
  }

  get(id: string): Decimal | undefined {
    let value = this.memo.get(id);
    if (value === undefined) {
      value = this.compute(parseFactId(id)) ?? null;
      this.memo.set(id, value);
    }
    return value ?? undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  private at(c: Coord, patch: Partial<Coord>): Decimal | undefined {
    const d = { ...c, ...patch };
    return this.get(`${d.fund}|${d.measure}|${d.account}|${d.series}`);
  }

  private compute(c: Coord): Decimal | undefined {
    const facts = this.facts!;
    const addends = this.addends.get(c.fund);
    if (!addends) return undefined;
    const sumOver = (ids: FundNodeId[]) => {
      let sum: Decimal | undefined;
      for (const f of ids) {
        const v = this.at(c, { fund: f });
        if (v) sum = (sum ?? ZERO).plus(v);
      }
      return sum;
    };
    if (c.measure === 'income' || c.measure === 'expenditure') {
      const flow: Flow = c.measure;
      if (c.account !== 'all' && !this.lineOfSomeFund.has(`${flow}|${c.account}`)) return undefined;
      switch (c.series) {
        case 'budget':
        case 'actual':
        case 'prior': {
          if (addends.length) return sumOver(addends);
          if (c.account === 'all') {
            let sum: Decimal | undefined;
            for (const line of completeLines(flow)) {
              const v = this.at(c, { account: line });
              if (v) sum = (sum ?? ZERO).plus(v);
            }
            return sum;
          }
          const own = facts.base.get(`${c.fund}|${flow}|${c.account}|${c.series}`);
          if (own) return own;
          // A line the fund lacks is 0 where the fund has the series at all.
          return facts.base.has(`${c.fund}|${flow}|${flow === 'income' ? 'otherIncome' : 'otherExpenditure'}|${c.series}`) ? ZERO : undefined;
        }
        case 'change':
          return this.difference(c);
        case 'growth': {
          const change = this.at(c, { series: 'change' });
          const prior = this.at(c, { series: 'prior' });
          return change && prior && !prior.isZero() ? new Rate(change).div(prior) : undefined;
        }
        case 'exec': {
          const actual = this.at(c, { series: 'actual' });
          const budget = this.at(c, { series: 'budget' });
          return actual && budget && !budget.isZero() ? new Rate(actual).div(budget) : undefined;
        }
      }
    }
    if (c.account !== 'all') return undefined;
    if (c.measure === 'net') {
      if (c.series === 'change') return this.difference(c);
      if (c.series !== 'actual' && c.series !== 'prior') return undefined;
      const income = this.at(c, { measure: 'income' });
      const expenditure = this.at(c, { measure: 'expenditure' });
      return income && expenditure ? income.minus(expenditure) : undefined;
    }
    if (c.series !== 'actual') return undefined;
    if (c.measure === 'opening') return addends.length ? sumOver(addends) : facts.base.get(`${c.fund}|opening|all|actual`);
    const opening = this.at(c, { measure: 'opening' });
    const net = this.at(c, { measure: 'net' });
    return opening && net ? opening.plus(net) : undefined;
  }

  private difference(c: Coord): Decimal | undefined {
    const actual = this.at(c, { series: 'actual' });
    const prior = this.at(c, { series: 'prior' });
    return actual && prior ? actual.minus(prior) : undefined;
  }
}

const COMPLETE = new Map<Flow, AccountId[]>();
function completeLines(flow: Flow): AccountId[] {
  let lines = COMPLETE.get(flow);
  if (!lines) COMPLETE.set(flow, (lines = ACCOUNT_TREE.filter((a) => a.flow === flow && a.parent === 'all' && !a.partial).map((a) => a.id)));
  return lines;
}
