import type { CellRef } from '../grid/address';
import { relations, type Relation } from '../relations/Relation';
import type { ScoringPolicy } from '../scoring/ScoringPolicy';
import type { EvaluatedTable } from './evaluateTable';

/**
 * The equalities a 自评表 states, for the shared relation checker (interval rounding, root-cause search). All are
 * `noFill`: the 执行率, 得分 and 总分 this table leaves empty are planned here, under the scoring policy.
 */
export function tableRelations(table: EvaluatedTable, policy: ScoringPolicy): Relation[] {
  const { layout, funds } = table;
  const out: Relation[] = [];
  const block = layout.funds;
  if (block?.rate) {
    out.push(relations.fundsExecutionRate(block.rate, block.actual, block.budget, policy.rateFormat));
  }
  if (block?.weight && block.score) out.push(relations.scoreAboveWeight(block.score, block.weight));
  for (const indicator of table.indicators) {
    if (indicator.fact.weightCell && indicator.fact.scoreCell) out.push(relations.scoreAboveWeight(indicator.fact.scoreCell, indicator.fact.weightCell));
  }
  if (layout.totalRow === undefined) return out;

  const totalAt = (col: number | undefined): CellRef | undefined => (col === undefined ? undefined : { sheet: layout.sheet, row: layout.totalRow!, col });
  const withFunds = (cells: (CellRef | undefined)[], fundsCell: CellRef | undefined) =>
    [...cells, ...(table.fundsInTotal && funds ? [fundsCell] : [])].filter((c): c is CellRef => c !== undefined);
  const totalWeight = totalAt(layout.columns.weight);
  if (totalWeight) {
    const parts = withFunds(table.indicators.map((i) => i.fact.weightCell), block?.weight);
    out.push(relations.scoreSheetTotal('weightTotal', totalWeight, parts));
  }
  const totalScore = totalAt(layout.columns.score);
  if (totalScore) {
    const parts = withFunds(table.indicators.map((i) => i.fact.scoreCell), block?.score);
    out.push(relations.scoreSheetTotal('scoreTotal', totalScore, parts));
  }
  return out;
}

