import { fromA1, holdsSomething, type GridCell, type WorkbookGrid } from '../../core';

/**
 * Keep the check's snapshot in step with what the add-in itself wrote (a fill, its undo), so the next operation's
 * "edited since the check" comparison blames only other people's edits.
 */
export function setSnapshotCell(snapshot: WorkbookGrid, sheet: string, cell: string, content: GridCell): void {
  const grid = snapshot.sheets.find((s) => s.name === sheet);
  if (!grid) return;
  const at = fromA1(cell);
  const rest = grid.cells.filter((c) => c.row !== at.row || c.col !== at.col);
  grid.cells = holdsSomething(content) ? [...rest, { ...content, row: at.row, col: at.col }] : rest;
}
