import type { CellRef } from '../grid/address';
import { plus, relations, type Relation } from '../relations/Relation';
import type { ScoringPolicy } from '../scoring/ScoringPolicy';
import type { EvaluatedTable } from './evaluateTable';
import { MESSAGES } from './messages';

/**
 * The equalities a 自评表 states, for the shared relation checker (interval rounding, root-cause search). All are
 * `noFill`: the 执行率, 得分 and 总分 this table leaves empty are planned here, under the scoring policy.
 */
export function tableRelations(table: EvaluatedTable, policy: ScoringPolicy): Relation[] {
  const { layout, funds } = table;
  const out: Relation[] = [];
  const block = layout.funds;
  if (block?.rate) {
    out.push({ ...relations.executionRate(block.rate, block.actual, block.budget, policy.rateFormat), description: MESSAGES.executionRate, noFill: true });
  }
  if (block?.weight && block.score) out.push(scoreAboveWeight(block.score, block.weight));
  for (const indicator of table.indicators) {
    if (indicator.weightCell && indicator.scoreCell) out.push(scoreAboveWeight(indicator.scoreCell, indicator.weightCell));
  }
  if (layout.totalRow === undefined) return out;

  const totalAt = (col: number | undefined): CellRef | undefined => (col === undefined ? undefined : { sheet: layout.sheet, row: layout.totalRow!, col });
  const withFunds = (cells: (CellRef | undefined)[], fundsCell: CellRef | undefined) =>
    [...cells, ...(table.fundsInTotal && funds ? [fundsCell] : [])].filter((c): c is CellRef => c !== undefined);
  const totalWeight = totalAt(layout.columns.weight);
  if (totalWeight) {
    const parts = withFunds(table.indicators.map((i) => i.weightCell), block?.weight);
    out.push(totalRelation('weightTotal', totalWeight, parts, MESSAGES.weightTotal));
  }
  const totalScore = totalAt(layout.columns.score);
  if (totalScore) {
    const parts = withFunds(table.indicators.map((i) => i.scoreCell), block?.score);
    out.push(totalRelation('scoreTotal', totalScore, parts, MESSAGES.scoreTotal));
  }
  return out;
}

/** 得分 ≤ 分值. */
function scoreAboveWeight(score: CellRef, weight: CellRef): Relation {
  return {
    rule: 'scoreAboveWeight',
    severity: 'error',
    target: score,
    numerator: [plus(weight)],
    comparison: 'atMost',
    description: MESSAGES.scoreAboveWeight,
    noFill: true,
  };
}

/**
 * 总分 = Σ parts; an empty part leaves the sum unjudged (a 得分 still to be filled), it does not count as 0.
 * 分值 and 得分 typed as shown are exact: the policy sums the rounded 得分.
 */
function totalRelation(rule: 'weightTotal' | 'scoreTotal', target: CellRef, parts: CellRef[], description: string): Relation {
  return { ...relations.sum(target, parts, description), rule, emptyAsZero: false, noFill: true, exactAddends: true };
}
