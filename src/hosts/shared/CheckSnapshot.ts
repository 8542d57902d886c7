import { holdsSomething, isCellError, toA1, type GridCell, type SheetCell, type WorkbookGrid } from '../../core';
import type { SheetInfo, SheetRect } from './HostAdapter';

const EMPTY: GridCell = { value: null };
const WIDTH = 16_384; // Excel's columns: row * WIDTH + col is a cell's number on its sheet

/**
 * The workbook as the last check read it, for "what changed since the check": sheets by their stable ids (so a
 * sheet renamed since is still found) and cells looked up without copying the grid the core was given. The
 * adapter's own writes (a fill, its undo) are laid over it, so later comparisons blame only other people's edits.
 */
export class CheckSnapshot {
  private readonly byName = new Map<string, SheetInfo>();
  private readonly indexes = new Map<string, Map<number, GridCell>>();
  private readonly own = new Map<string, Map<number, GridCell>>();

  constructor(
    private readonly grid: WorkbookGrid,
    sheets: SheetInfo[],
  ) {
    for (const sheet of sheets) this.byName.set(sheet.name, sheet);
  }

  /** The id of the sheet the check knew by this name. */
  sheetId(name: string): string | undefined {
    return this.byName.get(name)?.id;
  }

  sheetName(id: string): string {
    for (const sheet of this.byName.values()) if (sheet.id === id) return sheet.name;
    return id;
  }

  cell(sheetId: string, row: number, col: number): GridCell {
    const n = row * WIDTH + col;
    const own = this.own.get(sheetId)?.get(n);
    if (own) return own;
    return this.index(sheetId).get(n) ?? EMPTY;
  }

  /** Record what the adapter itself wrote. */
  set(sheetId: string, row: number, col: number, content: GridCell): void {
    let own = this.own.get(sheetId);
    if (!own) this.own.set(sheetId, (own = new Map()));
    own.set(row * WIDTH + col, holdsSomething(content) ? content : EMPTY);
  }

  /** Built on first use, for the sheets a write touches only. */
  private index(sheetId: string): Map<number, GridCell> {
    let index = this.indexes.get(sheetId);
    if (!index) {
      const name = this.sheetName(sheetId);
      const cells = this.grid.sheets.find((s) => s.name === name)?.cells ?? [];
      index = new Map(cells.map((c) => [c.row * WIDTH + c.col, c]));
      this.indexes.set(sheetId, index);
    }
    return index;
  }
}

/**
 * Cells (`Sheet!A1`, current sheet names) of these rectangles whose content differs between the snapshot and what
 * the host reads now. Findings and fills rest on these cells, so any difference means the check is stale.
 */
export function changedCells(snapshot: CheckSnapshot, rects: SheetRect[], current: Map<string, SheetCell[]>, names: Map<string, string>): string[] {
  const now = new Map<string, Map<number, GridCell>>();
  for (const [id, cells] of current) now.set(id, new Map(cells.map((c) => [c.row * WIDTH + c.col, c])));
  const changed = new Set<string>();
  for (const rect of rects) {
    const cells = now.get(rect.sheetId);
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.col; c < rect.col + rect.columnCount; c++) {
        if (!sameContent(snapshot.cell(rect.sheetId, r, c), cells?.get(r * WIDTH + c) ?? EMPTY)) changed.add(`${names.get(rect.sheetId) ?? rect.sheetId}!${toA1(r, c)}`);
      }
    }
  }
  return [...changed];
}

/** Same content for "edited since the check": the value, and whether a formula produces it. */
export function sameContent(a: GridCell, b: GridCell): boolean {
  if ((a.formula === undefined) !== (b.formula === undefined)) return false;
  const x = a.value;
  const y = b.value;
  if (x !== null && y !== null && isCellError(x) && isCellError(y)) return x.error === y.error;
  return (x ?? null) === (y ?? null);
}
