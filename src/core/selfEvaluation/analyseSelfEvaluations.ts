import type { CellRef } from '../grid/address';
import type { WorkbookGrid } from '../grid/types';
import type { CellValues } from '../relations/CellValues';
import type { Finding, IndicatorResult, PlannedFill, ReviewItem } from '../report/types';
import type { ScoringPolicy } from '../scoring/ScoringPolicy';
import type { FundId } from '../vocabulary';
import type { RecognisedTable } from '../tables/RecognisedTable';
import { checkAgainstFinalAccounts } from './checks/checkAgainstFinalAccounts';
import { checkClaimsGoalMet } from './checks/checkClaimsGoalMet';
import { checkDeviationNotes } from './checks/checkDeviationNotes';
import { checkStatedScores } from './checks/checkStatedScores';
import { checkWeightTotal } from './checks/checkWeightTotal';
import { evaluateTable, type EvaluatedTable } from './evaluateTable';
import { planTableFills } from './planTableFills';
import { recogniseSelfEvaluationTables } from './recogniseSelfEvaluationTables';
import { tableRelations } from './tableRelations';

export interface SelfEvaluationContext {
  /** Each fund's expenditure cell in the workbook's 决算 tables, for the 全年执行数 cross-check. */
  expenditureByFund: Map<FundId, CellRef>;
}

export interface SelfEvaluationAnalysis {
  /** Tables found; their `relations` (执行率, 总分 sums…) are judged by the shared relation checker. */
  tables: RecognisedTable[];
  findings: Finding[];
  fills: PlannedFill[];
  review: ReviewItem[];
  indicators: IndicatorResult[];
}

/**
 * Every 项目支出绩效自评表 in the workbook: recognised by its words, each indicator judged and scored under the
 * policy, the empty 执行率 / 得分 / 总分 planned as fills, and the checks that are not plain arithmetic reported.
 */
export function analyseSelfEvaluations(
  workbook: WorkbookGrid,
  values: CellValues,
  policy: ScoringPolicy,
  context: SelfEvaluationContext,
): SelfEvaluationAnalysis {
  const result: SelfEvaluationAnalysis = { tables: [], findings: [], fills: [], review: [], indicators: [] };
  for (const sheet of workbook.sheets) {
    const view = values.view(sheet.name);
    if (!view) continue;
    for (const layout of recogniseSelfEvaluationTables(view)) {
      const table = evaluateTable(layout, values, policy);
      const relations = tableRelations(table, policy);
      result.tables.push({
        kind: 'self-evaluation',
        sheet: layout.sheet,
        range: layout.range,
        ...(layout.projectName ? { title: layout.projectName } : {}),
        relations,
        findings: [],
      });
      result.findings.push(
        ...checkWeightTotal(table, values, policy),
        ...checkStatedScores(table, values, policy),
        ...checkDeviationNotes(table, values),
        ...checkClaimsGoalMet(table, values),
        ...checkAgainstFinalAccounts(table, values, context.expenditureByFund),
      );
      const planned = planTableFills(table, values, policy);
      result.fills.push(...planned.fills);
      result.review.push(...planned.review);
      result.indicators.push(...indicatorResults(table));
    }
  }
  return result;
}

function indicatorResults(table: EvaluatedTable): IndicatorResult[] {
  return table.indicators.map((indicator) => ({
    at: indicator.nameCell,
    name: indicator.row.name,
    target: indicator.row.target,
    actual: indicator.row.actual,
    status: indicator.judgement.status,
    weight: indicator.weight === null ? null : indicator.weight.toNumber(),
    score: indicator.score === null ? null : indicator.score.toNumber(),
    targetKind: indicator.target.kind,
    ...(indicator.row.level1 ? { level1: indicator.row.level1 } : {}),
    ...(indicator.row.level2 ? { level2: indicator.row.level2 } : {}),
  }));
}
