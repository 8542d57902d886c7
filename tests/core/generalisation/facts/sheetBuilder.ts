import type { CellRange, GridCell, SheetCell, SheetGrid } from '../../../../src/core';
import { toA1 } from '../../../../src/core';

/**
 * The sheet grid `SheetGrid` is about to become: cells, merges, and hidden rows and columns (0-based), which the
 * core's grid gains as `hiddenRows?: number[]` and `hiddenColumns?: number[]`.
 */
export interface FactSheetGrid extends SheetGrid {
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

/** Cells written so far on one sheet. */
export class SheetBuilder {
  private readonly cells = new Map<string, SheetCell>();
  readonly merges: CellRange[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();

  constructor(readonly name: string) {}

  put(row: number, col: number, cell: GridCell | string | number | null): void {
    const key = `${row},${col}`;
    if (cell === null || cell === '') {
      this.cells.delete(key);
      return;
    }
    const value: GridCell = typeof cell === 'object' ? cell : { value: cell };
    this.cells.set(key, { ...value, row, col });
  }

  get(row: number, col: number): SheetCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  merge(range: CellRange): void {
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
  }

  key(row: number, col: number): string {
    return `${this.name}!${toA1(row, col)}`;
  }

  grid(): FactSheetGrid {
    const grid: FactSheetGrid = { name: this.name, cells: [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col) };
    if (this.merges.length) grid.merges = [...this.merges];
    if (this.hiddenRows.size) grid.hiddenRows = [...this.hiddenRows].sort((a, b) => a - b);
    if (this.hiddenColumns.size) grid.hiddenColumns = [...this.hiddenColumns].sort((a, b) => a - b);
    return grid;
  }
}
