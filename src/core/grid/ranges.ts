import type { CellRange } from './types';

/** Whether two rectangles share at least one cell. */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);
}

/** Whether a cell lies inside a rectangle. */
export function rangeContains(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}
