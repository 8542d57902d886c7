import type { SheetCell, SheetGrid } from '../../core';

/** A sheet's cells as a check reads them, with the hidden rows and columns among them (SheetGrid's fields). */
export interface UsedCells {
  cells: SheetCell[];
  /** Hidden rows that hold one of `cells`: 0-based, ascending, each once. */
  hiddenRows: number[];
  /** Hidden columns that hold one of `cells`, likewise. */
  hiddenColumns: number[];
}

/** The distinct rows and columns of the cells, ascending: the only lines a host is asked about. */
export function occupiedLines(cells: SheetCell[]): { rows: number[]; columns: number[] } {
  const rows = new Set<number>();
  const columns = new Set<number>();
  for (const cell of cells) {
    rows.add(cell.row);
    columns.add(cell.col);
  }
  const ascending = (a: number, b: number) => a - b;
  return { rows: [...rows].sort(ascending), columns: [...columns].sort(ascending) };
}

/** The grid of one sheet: the hidden lists only when something is hidden (absent otherwise, as the CLI gives them). */
export function sheetGrid(base: Omit<SheetGrid, 'cells' | 'hiddenRows' | 'hiddenColumns'>, used: UsedCells | undefined): SheetGrid {
  const grid: SheetGrid = { ...base, cells: used?.cells ?? [] };
  if (used && used.hiddenRows.length > 0) grid.hiddenRows = used.hiddenRows;
  if (used && used.hiddenColumns.length > 0) grid.hiddenColumns = used.hiddenColumns;
  return grid;
}
