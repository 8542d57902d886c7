import { fromA1, type GridCell, type WorkbookGrid } from '../core';

/**
 * Keep the check's snapshot in step with what the add-in itself wrote (a fill, its undo), so the next operation's
 * "edited since the check" comparison blames only other people's edits.
 */
export function setSnapshotCell(snapshot: WorkbookGrid, sheet: string, cell: string, content: GridCell): void {
  const grid = snapshot.sheets.find((s) => s.name === sheet);
  if (!grid) return;
  const at = fromA1(cell);
  const r = at.row - (grid.origin?.row ?? 0);
  const c = at.col - (grid.origin?.col ?? 0);
  // Outside the rectangle the check read, the cell is not compared anyway.
  if (r < 0 || c < 0 || r >= grid.cells.length) return;
  const row = grid.cells[r];
  while (row.length <= c) row.push({ value: null });
  row[c] = content;
}
