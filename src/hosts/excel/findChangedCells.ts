import { toA1, type GridCell, type SheetCell, type WorkbookGrid } from '../../core';
import { sheetCell } from './cellKey';
import type { HostContext, HostWorksheet } from './HostContext';
import type { HostLimits } from './limits';
import { readRanges, type SheetRect } from './readRanges';
import { sameContent } from './toGridCell';

const EMPTY: GridCell = { value: null };

/**
 * Cells whose content differs from the snapshot taken by the check: the rectangle each sheet's snapshot covers is
 * read again (values and formulas) and compared. Findings and fills rest on every cell of the tables, so any
 * difference means the check is stale. Loads queued before the call ride along in the first sync.
 */
export async function findChangedCells(
  context: HostContext,
  snapshot: WorkbookGrid,
  worksheets: Map<string, HostWorksheet>,
  limits: HostLimits,
): Promise<string[]> {
  const rects: SheetRect[] = snapshot.sheets.filter((s) => s.cells.length > 0 && worksheets.has(s.name)).map((s) => boundsOf(s.name, s.cells));
  const current = await readRanges(context, worksheets, rects, limits, { numberFormats: false });
  const changed: string[] = [];
  for (const rect of rects) {
    const before = new Map((snapshot.sheets.find((s) => s.name === rect.sheet)?.cells ?? []).map((c) => [c.row * 16384 + c.col, c]));
    const after = current.get(rect.sheet) ?? [];
    for (let r = 0; r < rect.rowCount; r++) {
      for (let c = 0; c < rect.columnCount; c++) {
        const row = rect.row + r;
        const col = rect.col + c;
        if (!sameContent(before.get(row * 16384 + col) ?? EMPTY, after[r]?.[c] ?? EMPTY)) changed.push(sheetCell(rect.sheet, toA1(row, col)));
      }
    }
  }
  return changed;
}

function boundsOf(sheet: string, cells: SheetCell[]): SheetRect {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { sheet, row: top, col: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}
