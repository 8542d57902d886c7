import type { CellRange } from '../grid/types';
import type { Relation } from '../relations/Relation';
import type { Finding, TableKind } from '../report/types';

/** A table found on a sheet: where it is, and the relations its layout implies. */
export interface RecognisedTable {
  kind: TableKind;
  sheet: string;
  range: CellRange;
  title?: string;
  relations: Relation[];
  /** Findings that come from the layout itself rather than from a relation (e.g. a unit typed in a label). */
  findings: Finding[];
}
