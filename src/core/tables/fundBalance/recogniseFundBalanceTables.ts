import type { WorkbookGrid } from '../../grid/types';
import type { CellValues } from '../../relations/CellValues';
import type { RecognisedTable } from '../RecognisedTable';

export function recogniseFundBalanceTables(_workbook: WorkbookGrid, _values: CellValues): RecognisedTable[] {
  return [];
}
