import { normaliseWord } from '../vocabulary/normalise';
import { PositionMap } from './PositionMap';
import { MergeIndex } from './MergeIndex';
import type { CellRange, GridCell, SheetCell, SheetGrid } from './types';

const EMPTY: GridCell = { value: null };

/**
 * Read access to a sheet's cells in sheet coordinates. Built once per sheet; every lookup is O(1) and every scan
 * walks the occupied cells only (`rows`, `columnsIn`, `rowsIn`), never the bounding box.
 */
export class SheetView {
  readonly name: string;
  /** Bounds of the occupied cells (0-based, inclusive); top > bottom for an empty sheet. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Some cell holds a formula: without one, nothing on the sheet can be a stale or a wrong formula. */
  readonly hasFormulas: boolean;

  private readonly byKey = new PositionMap<SheetCell>();
  private readonly texts = new PositionMap<string>();
  private readonly words = new PositionMap<string>();
  private readonly sortedRows: number[];
  private readonly sortedColumns: number[];
  private readonly colsByRow = new Map<number, number[]>();
  private readonly rowsByCol = new Map<number, number[]>();
  /** Merges whose top-left holds something: a merge matters here only for the value in its top-left cell. */
  private readonly merges: MergeIndex;

  constructor(readonly grid: SheetGrid) {
    this.name = grid.name;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    let hasFormulas = false;
    for (const cell of grid.cells) {
      if (cell.formula !== undefined) hasFormulas = true;
      this.byKey.set(cell.row, cell.col, cell);
      push(this.colsByRow, cell.row, cell.col);
      push(this.rowsByCol, cell.col, cell.row);
      if (cell.row < top) top = cell.row;
      if (cell.row > bottom) bottom = cell.row;
      if (cell.col < left) left = cell.col;
      if (cell.col > right) right = cell.col;
    }
    for (const list of this.colsByRow.values()) list.sort(ascending);
    for (const list of this.rowsByCol.values()) list.sort(ascending);
    this.sortedRows = [...this.colsByRow.keys()].sort(ascending);
    this.sortedColumns = [...this.rowsByCol.keys()].sort(ascending);
    this.top = Number.isFinite(top) ? top : 0;
    this.left = Number.isFinite(left) ? left : 0;
    this.bottom = bottom;
    this.right = right;
    this.hasFormulas = hasFormulas;
    this.merges = new MergeIndex((grid.merges ?? []).filter((merge) => this.byKey.has(merge.top, merge.left)));
  }

  get isEmpty(): boolean {
    return this.bottom < 0;
  }

  cell(row: number, col: number): GridCell {
    return this.byKey.get(row, col) ?? EMPTY;
  }

  /** Trimmed text of a cell, '' for empty, numbers as typed, an error as its code. Cached per cell. */
  text(row: number, col: number): string {
    const cached = this.texts.get(row, col);
    if (cached !== undefined) return cached;
    const value = this.byKey.get(row, col)?.value;
    let text = '';
    if (value !== null && value !== undefined) text = typeof value === 'object' ? value.error : String(value).trim();
    if (text) this.texts.set(row, col, text);
    return text;
  }

  /**
   * The cell's text as the vocabulary compares it (no spaces, line breaks or full-width forms), '' for empty and
   * for numbers: normalised once per cell, then cached, so every recogniser asking about a cell costs one lookup.
   */
  word(row: number, col: number): string {
    const cached = this.words.get(row, col);
    if (cached !== undefined) return cached;
    const value = this.byKey.get(row, col)?.value;
    const word = typeof value === 'string' ? normaliseWord(value) : '';
    if (word) this.words.set(row, col, word);
    return word;
  }

  /** Whether the cell holds text (not a number, a boolean or an error): the only cells a word can be in. */
  holdsText(row: number, col: number): boolean {
    return typeof this.byKey.get(row, col)?.value === 'string';
  }

  /** Text of a cell, or of the merged area's top-left cell when the cell is covered by a merge. */
  mergedText(row: number, col: number): string {
    const own = this.text(row, col);
    if (own) return own;
    const merge = this.mergeAt(row, col);
    return merge ? this.text(merge.top, merge.left) : '';
  }

  /** The merged area covering a cell whose top-left holds something, if any: O(log n) in the merges of a line. */
  mergeAt(row: number, col: number): CellRange | undefined {
    return this.merges.at(row, col);
  }

  /** Occupied rows between `from` and `to` (inclusive), ascending. */
  rows(from = this.top, to = this.bottom): number[] {
    return slice(this.sortedRows, from, to);
  }

  /** Occupied columns of the sheet between `from` and `to`, ascending. */
  columns(from = this.left, to = this.right): number[] {
    return slice(this.sortedColumns, from, to);
  }

  /** Occupied columns of one row between `from` and `to`, ascending. */
  columnsIn(row: number, from = this.left, to = this.right): number[] {
    return slice(this.colsByRow.get(row) ?? [], from, to);
  }

  /** Occupied rows of one column between `from` and `to`, ascending. */
  rowsIn(col: number, from = this.top, to = this.bottom): number[] {
    return slice(this.rowsByCol.get(col) ?? [], from, to);
  }

  /** Whether any cell of the row holds something between the two columns. */
  rowHasCells(row: number, from = this.left, to = this.right): boolean {
    return this.columnsIn(row, from, to).length > 0;
  }
}

function ascending(a: number, b: number): number {
  return a - b;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The part of a sorted list within [from, to], by binary search. */
function slice(sorted: number[], from: number, to: number): number[] {
  if (sorted.length === 0 || from > to) return [];
  return sorted.slice(lowerBound(sorted, from), lowerBound(sorted, to + 1));
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
