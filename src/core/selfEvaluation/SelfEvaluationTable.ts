import type { CellRange } from '../grid/types';
import type { Relation } from '../relations/Relation';
import type { Finding, IndicatorResult, PlannedFill, ReviewItem, TableKind } from '../report/types';

/**
 * A 自评表 as its own reader finds it: where it is, the relations its layout implies (得分 ≤ 分值, the 总分), the
 * fills and review items its scoring policy plans. The fund tables are read as facts instead (reading/readTables);
 * the workbook's analysis judges all relations together.
 */
export interface SelfEvaluationTable {
  kind: TableKind;
  sheet: string;
  range: CellRange;
  title?: string;
  relations: Relation[];
  /** Findings that come from the layout itself rather than from a relation (e.g. a unit typed in a label). */
  findings: Finding[];
  /** Fills the table plans itself rather than through a relation (a 自评表's 得分 under the scoring policy). */
  fills?: PlannedFill[];
  /** Cells left for a person to decide (a qualitative indicator's 得分). */
  review?: ReviewItem[];
  /** A 自评表's indicators, each judged and scored. */
  indicators?: IndicatorResult[];
}
