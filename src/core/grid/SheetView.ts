import type { GridCell, SheetGrid } from './types';

const EMPTY: GridCell = { value: null };

/** Read access to a sheet in absolute sheet coordinates, whatever the grid's origin. */
export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;

  constructor(readonly grid: SheetGrid) {
    this.name = grid.name;
    this.top = grid.origin?.row ?? 0;
    this.left = grid.origin?.col ?? 0;
    const width = grid.cells.reduce((max, row) => Math.max(max, row.length), 0);
    this.bottom = this.top + grid.cells.length - 1;
    this.right = this.left + width - 1;
  }

  cell(row: number, col: number): GridCell {
    return this.grid.cells[row - this.top]?.[col - this.left] ?? EMPTY;
  }

  /** Trimmed text of a cell, '' for empty, numbers as typed. */
  text(row: number, col: number): string {
    const value = this.cell(row, col).value;
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') return value.error;
    return String(value).trim();
  }
}
