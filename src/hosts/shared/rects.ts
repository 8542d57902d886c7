import type { CellAddress, SheetRect } from './HostAdapter';

/**
 * Cover a set of cells with few rectangles and no cell outside the set: runs of adjacent cells in a row, stacked
 * when the rows below have the same run. A table's cells become one rectangle; scattered cells stay single.
 * Items with equal `group` (a colour, a fill) are merged; others never are.
 */
export function coverCells<T extends CellAddress>(cells: T[], group: (cell: T) => string = () => ''): { rect: SheetRect; item: T }[] {
  const seen = new Set<string>();
  const sorted = cells
    .filter((c) => {
      const k = `${c.sheetId}\u0000${c.row},${c.col}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((c) => ({ c, g: `${c.sheetId}\u0000${group(c)}` }))
    .sort((a, b) => (a.g < b.g ? -1 : a.g > b.g ? 1 : a.c.row - b.c.row || a.c.col - b.c.col));

  // Row runs.
  const runs: { g: string; item: T; row: number; col: number; width: number }[] = [];
  for (const { c, g } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.g === g && last.row === c.row && last.col + last.width === c.col) last.width++;
    else runs.push({ g, item: c, row: c.row, col: c.col, width: 1 });
  }
  // Stack a run on the rectangle ending just above it with the same columns.
  const out: { rect: SheetRect; item: T; g: string }[] = [];
  const open = new Map<string, { rect: SheetRect; item: T; g: string }>();
  for (const run of runs) {
    const k = `${run.g}\u0000${run.col},${run.width}`;
    const above = open.get(k);
    if (above && above.rect.row + above.rect.rowCount === run.row) {
      above.rect.rowCount++;
      continue;
    }
    const entry = { rect: { sheetId: run.item.sheetId, row: run.row, col: run.col, rowCount: 1, columnCount: run.width }, item: run.item, g: run.g };
    open.set(k, entry);
    out.push(entry);
  }
  return out.map(({ rect, item }) => ({ rect, item }));
}

export function rectCells(rect: SheetRect): number {
  return rect.rowCount * rect.columnCount;
}
