// PLACEHOLDER — replaced by the line-item work.
import type { CellRef } from '../../grid/address';
import type { WorkbookGrid } from '../../grid/types';
import type { CellValues } from '../../relations/CellValues';
import type { Relation } from '../../relations/Relation';
import type { FundId } from '../funds';
import type { RecognisedTable } from '../RecognisedTable';

export interface LineItemAnalysis {
  tables: RecognisedTable[];
  /** Relations across tables (结余表 = 收入表 − 支出表, per fund). */
  crossTableRelations: Relation[];
  /** Each fund's total expenditure cell in a 决算支出表, for the self-evaluation cross-check. */
  expenditureByFund: Map<FundId, CellRef>;
}

export function recogniseLineItemTables(_workbook: WorkbookGrid, _values: CellValues): LineItemAnalysis {
  return { tables: [], crossTableRelations: [], expenditureByFund: new Map() };
}
