import { toA1, type GridCell, type WorkbookGrid } from '../core';
import { sheetCell } from './cellKey';
import type { HostContext, HostWorksheet } from './HostContext';
import type { HostLimits } from './limits';
import { readRanges, type SheetRect } from './readRanges';
import { sameContent } from './toGridCell';

const EMPTY: GridCell = { value: null };

/**
 * Cells whose content differs from the snapshot taken by the check: the snapshot's rectangles are read again
 * (values and formulas) and compared. Findings and fills rest on every cell of the tables, so any difference means
 * the check is stale. Loads queued before the call ride along in the first sync.
 */
export async function findChangedCells(
  context: HostContext,
  snapshot: WorkbookGrid,
  worksheets: Map<string, HostWorksheet>,
  limits: HostLimits,
): Promise<string[]> {
  const rects: SheetRect[] = snapshot.sheets
    .filter((s) => s.cells.length > 0 && worksheets.has(s.name))
    .map((s) => ({ sheet: s.name, row: s.origin?.row ?? 0, col: s.origin?.col ?? 0, rowCount: s.cells.length, columnCount: width(s.cells) }));
  const current = await readRanges(context, worksheets, rects, limits, { numberFormats: false });
  const changed: string[] = [];
  for (const rect of rects) {
    const before = snapshot.sheets.find((s) => s.name === rect.sheet)?.cells ?? [];
    const after = current.get(rect.sheet) ?? [];
    for (let r = 0; r < rect.rowCount; r++) {
      for (let c = 0; c < rect.columnCount; c++) {
        if (!sameContent(before[r]?.[c] ?? EMPTY, after[r]?.[c] ?? EMPTY)) changed.push(sheetCell(rect.sheet, toA1(rect.row + r, rect.col + c)));
      }
    }
  }
  return changed;
}

function width(cells: GridCell[][]): number {
  return cells.reduce((max, row) => Math.max(max, row.length), 0);
}
