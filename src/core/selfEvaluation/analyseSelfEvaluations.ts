// PLACEHOLDER — replaced by the self-evaluation work (issue 3).
import type { CellRef } from '../grid/address';
import type { WorkbookGrid } from '../grid/types';
import type { CellValues } from '../relations/CellValues';
import type { Finding, IndicatorResult, PlannedFill, ReviewItem } from '../report/types';
import type { FundId } from '../tables/funds';
import type { RecognisedTable } from '../tables/RecognisedTable';
import type { ScoringPolicy } from '../scoring/ScoringPolicy';

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

export function analyseSelfEvaluations(
  _workbook: WorkbookGrid,
  _values: CellValues,
  _policy: ScoringPolicy,
  _context: SelfEvaluationContext,
): SelfEvaluationAnalysis {
  return { tables: [], findings: [], fills: [], review: [], indicators: [] };
}
