import type { CellRange, WorkbookGrid } from '../grid/types';
import type { CellValues } from '../relations/CellValues';
import type { RecognisedTable } from '../tables/RecognisedTable';
import { columnName } from './candidates';
import { discoverRelations } from './discoverRelations';
import { findNumberBlocks, type NumberBlock } from './findNumberBlocks';

/**
 * Tables no recogniser claimed, whose headers are words nobody anticipated or absent: their totals, differences
 * and rates are recognised from the numbers alone (relation discovery), so a mistake in them is still found.
 * A block of numbers where no relation holds is left alone: nothing is invented.
 */
export function recogniseNumericTables(workbook: WorkbookGrid, values: CellValues, claimed: { sheet: string; range: CellRange }[]): RecognisedTable[] {
  const tables: RecognisedTable[] = [];
  for (const sheet of workbook.sheets) {
    const ranges = claimed.filter((t) => t.sheet === sheet.name).map((t) => t.range);
    for (const block of findNumberBlocks(sheet.name, values, ranges)) {
      const name = (col: number) => columnName(headerAbove(block, col, values), col);
      const discovery = discoverRelations(block, values, name);
      if (discovery.relations.length === 0) continue;
      tables.push({ kind: 'numeric', sheet: block.sheet, range: rangeOf(block), relations: discovery.relations, findings: [] });
    }
  }
  return tables;
}

/** The text just above the block in a column (its header, when it has one). */
function headerAbove(block: NumberBlock, col: number, values: CellValues): string | null {
  const above = values.view(block.sheet)?.text(block.rows[0] - 1, col).trim();
  return above ? above.replace(/\s+/g, '') : null;
}

function rangeOf(block: NumberBlock): CellRange {
  return { top: block.rows[0], bottom: block.rows[block.rows.length - 1], left: block.cols[0], right: block.cols[block.cols.length - 1] };
}
