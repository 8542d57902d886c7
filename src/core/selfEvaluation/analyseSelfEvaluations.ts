import type { CellRef } from '../grid/address';
import type { WorkbookGrid } from '../grid/types';
import type { CellValues } from '../relations/CellValues';
import type { IndicatorResult } from '../report/types';
import type { ScoringPolicy } from '../scoring/ScoringPolicy';
import type { FundId } from '../vocabulary';
import type { SelfEvaluationTable } from './SelfEvaluationTable';
import { checkAgainstFinalAccounts } from './checks/checkAgainstFinalAccounts';
import { checkClaimsGoalMet } from './checks/checkClaimsGoalMet';
import { checkDeviationNotes } from './checks/checkDeviationNotes';
import { checkStatedScores } from './checks/checkStatedScores';
import { checkWeightTotal } from './checks/checkWeightTotal';
import { evaluateTable, type EvaluatedTable } from './evaluateTable';
import { planTableFills } from './planTableFills';
import { recogniseSelfEvaluationTables } from './recogniseSelfEvaluationTables';
import { tableRelations } from './tableRelations';
import type { SelfEvaluationLayout } from './SelfEvaluationLayout';

export interface SelfEvaluationContext {
  /** Each fund's expenditure cell in the workbook's 决算 tables, for the 全年执行数 cross-check. */
  expenditureByFund: Map<FundId, CellRef>;
}

/**
 * Every 项目支出绩效自评表 in the workbook, as recognised tables like any other kind: recognised by its words, each
 * indicator judged and scored under the policy; its equalities (执行率, 总分) are relations for the shared checker,
 * its checks that are not plain arithmetic are its findings, and the 执行率 / 得分 / 总分 it fills are its fills.
 */
export function analyseSelfEvaluations(
  layouts: SelfEvaluationLayout[],
  values: CellValues,
  policy: ScoringPolicy,
  context: SelfEvaluationContext,
): SelfEvaluationTable[] {
  const tables: SelfEvaluationTable[] = [];
  for (const layout of layouts) {
    const table = evaluateTable(layout, values, policy);
    const planned = planTableFills(table, values, policy);
    tables.push({
      kind: 'self-evaluation',
      sheet: layout.sheet,
      range: layout.range,
      ...(layout.projectName ? { title: layout.projectName } : {}),
      relations: tableRelations(table, policy),
      findings: [
        ...checkWeightTotal(table, values, policy),
        ...checkStatedScores(table, values, policy),
        ...checkDeviationNotes(table, values),
        ...checkClaimsGoalMet(table, values),
        ...checkAgainstFinalAccounts(table, values, context.expenditureByFund),
      ],
      fills: planned.fills,
      review: planned.review,
      indicators: indicatorResults(table),
    });
  }
  return tables;
}

/** Every 自评表 of the workbook, sheet by sheet: recognised once, for the fund tables' reader to leave alone and for analyseSelfEvaluations. */
export function selfEvaluationLayouts(workbook: WorkbookGrid, values: CellValues): SelfEvaluationLayout[] {
  return workbook.sheets.flatMap((sheet) => {
    const view = values.view(sheet.name);
    return view ? recogniseSelfEvaluationTables(view) : [];
  });
}

function indicatorResults(table: EvaluatedTable): IndicatorResult[] {
  return table.indicators.map(({ fact, judgement, weight, score }) => ({
    at: fact.nameCell,
    name: fact.name,
    target: fact.target.shown,
    actual: fact.actual.shown,
    status: judgement.status,
    weight: weight === null ? null : weight.toNumber(),
    score: score === null ? null : score.toNumber(),
    targetKind: fact.target.form.kind,
    ...(fact.level1 ? { level1: fact.level1 } : {}),
    ...(fact.level2 ? { level2: fact.level2 } : {}),
  }));
}
