import type Decimal from 'decimal.js';
import { Dec } from '../../../../src/core/numeric/decimal';
import type { Rng } from '../generator/random';
import { varies } from './assignments';
import { deriveFacts } from './buildFacts';
import { factId, leafFunds, SCALE_FACTOR, type FactSet, type Flow, type FundNodeId } from './factModel';
import { flowsOfSpec, fundsOfSpec, seriesOfSpec, type TableSpec } from './tableSpec';

/**
 * Clean cases that sit on rounding edges, set on the first table's unit and decimals. `sums`: every figure that
 * table shows carries 0.4 of a unit it does not show, so each total lands 0.01–0.03 above the sum of its
 * rounded items. `ratio`: one fund's 上年 = 20000·c units and 本年 = 上年 + (2j + 1)·c − 0.3 units, so the 增长率
 * computed from the shown amounts, (2j + 1) ÷ 20000, is exactly x.xx5 at the fifth decimal while the true one
 * rounds down: either shown rate is right.
 */
export function applyRoundingTraps(rng: Rng, facts: FactSet, spec: TableSpec): boolean {
  const factor = new Dec(SCALE_FACTOR[spec.scale]);
  const unit = new Dec(10).pow(-spec.decimals);
  const hidden = (inTableUnits: Decimal) => inTableUnits.toDecimalPlaces(spec.decimals, Dec.ROUND_HALF_UP).plus(unit.mul(0.4)).mul(factor);
  const growthShown = seriesOfSpec(spec).includes('growth');
  if (growthShown && rng.chance(0.6)) {
    const funds = fundsOfSpec(spec).filter((f) => leafFunds(facts).includes(f as never) && f !== facts.withoutBudget);
    const flows = flowsOfSpec(spec);
    if (funds.length && flows.length) {
      const fund = rng.pick(funds);
      const flow = rng.pick(flows);
      // 上年 = 20000·c units, 本年 = 上年 + (2j + 1)·c − 0.3 units: c keeps the fund near its own size.
      const oldActual = facts.values.get(factId({ fund, measure: flow, account: 'all', series: 'actual' }))!;
      const oldPrior = facts.values.get(factId({ fund, measure: flow, account: 'all', series: 'prior' }))!;
      const c = Dec.max(1, oldPrior.div(factor).div(unit.mul(20000)).toDecimalPlaces(0));
      const prior = unit.mul(20000).mul(c);
      const actual = prior.plus(unit.mul(c).mul(2 * rng.int(50, 2000) + 1)).minus(unit.mul(0.3));
      setFlowTotal(facts, fund, flow, 'prior', prior.mul(factor));
      setFlowTotal(facts, fund, flow, 'actual', actual.mul(factor));
      if (facts.values.has(factId({ fund, measure: flow, account: 'all', series: 'budget' }))) {
        setFlowTotal(facts, fund, flow, 'budget', facts.values.get(factId({ fund, measure: flow, account: 'all', series: 'budget' }))!.mul(actual.mul(factor)).div(oldActual).toDecimalPlaces(6));
      }
      deriveFacts(facts);
      return true;
    }
  }
  const lines = varies(spec.assignment, 'account');
  for (const [id, value] of [...facts.base]) {
    const [fund, measure, account] = id.split('|');
    if (measure === 'opening') facts.base.set(id, hidden(value.div(factor)));
    else if (lines) facts.base.set(id, hidden(value.div(factor)));
    else if (account === 'otherIncome' || account === 'otherExpenditure') {
      // The flow's total gets its hidden 0.4 through the line that makes the breakdown add up.
      const series = id.split('|')[3];
      const total = sumOfLines(facts, fund as FundNodeId, measure as Flow, series);
      facts.base.set(id, value.plus(hidden(total.div(factor)).minus(total)));
    }
  }
  deriveFacts(facts);
  return true;
}

function sumOfLines(facts: FactSet, fund: FundNodeId, flow: Flow, series: string): Decimal {
  let sum = new Dec(0);
  for (const [id, value] of facts.base) {
    const [f, m, account, s] = id.split('|');
    if (f === fund && m === flow && s === series && !['basicPension', 'funeral', 'unemploymentBenefit'].includes(account)) sum = sum.plus(value);
  }
  return sum;
}

/** Scale a fund's lines of one flow and series to a new total (其他 takes the rest); its 其中 生育保险 follows. */
function setFlowTotal(facts: FactSet, fund: FundNodeId, flow: Flow, series: string, total: Decimal): void {
  const old = sumOfLines(facts, fund, flow, series);
  const ratio = total.div(old);
  const other = flow === 'income' ? 'otherIncome' : 'otherExpenditure';
  let rest = total;
  for (const [id, value] of [...facts.base]) {
    const [f, m, account, s] = id.split('|');
    if (m !== flow || s !== series) continue;
    if (f === fund) {
      if (account === other) continue;
      const scaled = value.mul(ratio).toDecimalPlaces(8);
      facts.base.set(id, scaled);
      if (!['basicPension', 'funeral', 'unemploymentBenefit'].includes(account)) rest = rest.minus(scaled);
    } else if (f === 'maternityOfWhich' && fund === 'employeeMedical') facts.base.set(id, value.mul(ratio).toDecimalPlaces(8));
  }
  facts.base.set(`${fund}|${flow}|${other}|${series}`, rest);
}
