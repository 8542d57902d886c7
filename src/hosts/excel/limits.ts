import { toA1 } from '../../core';
import type { SheetRect } from '../shared';

/**
 * How much one request may carry. Excel on the web rejects a request or response over 5 MB, and no single range
 * operation may touch more than 5,000,000 cells. The adapter plans its reads and writes from estimates and stays
 * well below both, because a cell's text can be long and the estimate is only an average.
 */
export interface HostLimits {
  /** Cells in one range read (values, numberFormat and formulas of a row block). */
  readonly maxCellsPerRange: number;
  /** Cells read in one sync, summed over the blocks queued before it. */
  readonly maxCellsPerSync: number;
  /** Estimated bytes written in one sync. */
  readonly maxWriteBytesPerSync: number;
  /** Cells whose fill (or lock) is read in one sync: each is a range of its own in the request. */
  readonly maxCellPropertiesPerSync: number;
  /** A used range larger than this is probed by halves for the cells that really hold values. */
  readonly maxSparseBoxCells: number;
  /**
   * Estimated bytes of cell addresses a sync's RangeViews answer with (the visible rows or columns of sheets with
   * hidden ones, readHiddenLines.ts): each address carries its sheet's name.
   */
  readonly maxViewBytesPerSync: number;
}

/** Excel on the web's documented limits. */
export const OFFICE_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const OFFICE_RANGE_CELL_LIMIT = 5_000_000;

/**
 * ~100,000 cells a sync: three arrays a cell (values, number formats, formulas) at ~12 bytes an entry is ~3.6 MB,
 * leaving room for longer texts; a 100-sheet report of ordinary tables still reads in a single sync.
 */
export const DEFAULT_LIMITS: HostLimits = {
  maxCellsPerRange: 100_000,
  maxCellsPerSync: 100_000,
  maxWriteBytesPerSync: 2 * 1024 * 1024,
  maxCellPropertiesPerSync: 5_000,
  maxSparseBoxCells: 10_000,
  maxViewBytesPerSync: 2 * 1024 * 1024,
};

/** A rectangle of one sheet to read, 0-based. */
export type RowBlock = SheetRect;

/** Split a rectangle into blocks of whole rows, each small enough for one range read and for one sync. */
export function rowBlocks(rect: SheetRect, limits: HostLimits): RowBlock[] {
  const cellsPerBlock = Math.min(limits.maxCellsPerRange, limits.maxCellsPerSync);
  const rowsPerBlock = Math.max(1, Math.floor(cellsPerBlock / Math.max(1, rect.columnCount)));
  const blocks: RowBlock[] = [];
  for (let r = 0; r < rect.rowCount; r += rowsPerBlock) blocks.push({ ...rect, row: rect.row + r, rowCount: Math.min(rowsPerBlock, rect.rowCount - r) });
  return blocks;
}

/** "B3:D7" (or "B3"): ranges are addressed in A1 text, which every requirement set accepts (getRangeByIndexes needs 1.7). */
export function rectAddress(rect: { row: number; col: number; rowCount: number; columnCount: number }): string {
  const tl = toA1(rect.row, rect.col);
  return rect.rowCount === 1 && rect.columnCount === 1 ? tl : `${tl}:${toA1(rect.row + rect.rowCount - 1, rect.col + rect.columnCount - 1)}`;
}

/**
 * Group items into batches whose summed weight stays under a budget; a heavy item gets a batch of its own.
 * Each batch is one sync, so an ordinary workbook is one batch however many sheets it has.
 */
export function batchesUnder<T>(items: T[], weight: (item: T) => number, budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const w = weight(item);
    if (current.length > 0 && total + w > budget) {
      batches.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += w;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
