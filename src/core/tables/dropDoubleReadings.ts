import type { CellRef } from '../grid/address';
import { rangeContains, rangesOverlap } from '../grid/ranges';
import type { Relation } from '../relations/Relation';
import type { RecognisedTable } from './RecognisedTable';

/**
 * Numbered fund rows with a 合计 read as a fund balance table by one recogniser and as a line-item table by the
 * other would report each wrong cell twice. Where two such readings overlap, keep the one that checks more
 * (a 收支表 with rates as a balance table, a 决算表 with 其中 lines as line items) and drop the other, with any
 * relation that points into it from elsewhere.
 */
export function dropDoubleReadings(
  fundTables: RecognisedTable[],
  lineItemTables: RecognisedTable[],
  crossTableRelations: Relation[],
): { fundTables: RecognisedTable[]; lineItemTables: RecognisedTable[]; crossTableRelations: Relation[] } {
  const dropped = new Set<RecognisedTable>();
  const itemsBySheet = bySheet(lineItemTables);
  for (const fund of fundTables) {
    for (const items of itemsBySheet.get(fund.sheet) ?? []) {
      if (!rangesOverlap(fund.range, items.range)) continue;
      // On a tie the two check the same things; a table of funds by measure is better named a balance table.
      dropped.add(fund.relations.length >= items.relations.length ? items : fund);
    }
  }
  const droppedBySheet = bySheet([...dropped]);
  const inDropped = (ref: CellRef) => (droppedBySheet.get(ref.sheet) ?? []).some((t) => rangeContains(t.range, ref.row, ref.col));
  return {
    fundTables: fundTables.filter((t) => !dropped.has(t)),
    lineItemTables: lineItemTables.filter((t) => !dropped.has(t)),
    crossTableRelations: crossTableRelations.filter((r) => !inDropped(r.target)),
  };
}


function bySheet(tables: RecognisedTable[]): Map<string, RecognisedTable[]> {
  const out = new Map<string, RecognisedTable[]>();
  for (const table of tables) {
    const list = out.get(table.sheet);
    if (list) list.push(table);
    else out.set(table.sheet, [table]);
  }
  return out;
}
