import type { GridCell } from '../../core';
import type { ReadProgress } from '../WorkbookHost';
import type { HostContext, HostRange, HostWorksheet } from './HostContext';
import { batchesUnder, rowBlocks, type HostLimits, type RowBlock } from './limits';
import { isPayloadError } from './hostErrors';
import { toGridCell } from './toGridCell';

/** A rectangle of a sheet to read, 0-based (a used range, or the part of it a check saw). */
export interface SheetRect {
  sheet: string;
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
}


/**
 * Read rectangles of several sheets as grids: each is cut into row blocks under the range cell limit, the blocks
 * are queued together and sent in as few syncs as the payload budget allows (one for an ordinary workbook, however
 * many sheets). Should Excel still refuse a response as too large (long texts), the batch is halved and re-sent.
 * Loads queued on `context` before the call ride along in the first sync.
 */
export async function readRanges(
  context: HostContext,
  worksheets: Map<string, HostWorksheet>,
  rects: SheetRect[],
  limits: HostLimits,
  options: { numberFormats: boolean; onProgress?: ReadProgress },
): Promise<Map<string, GridCell[][]>> {
  const grids = new Map<string, GridCell[][]>(rects.map((r) => [r.sheet, Array.from({ length: r.rowCount }, () => [])]));
  const blocks = rects.flatMap((r) => rowBlocks(r.sheet, r.row, r.col, r.rowCount, r.columnCount, limits));
  const total = blocks.reduce((n, b) => n + b.rowCount * b.columnCount, 0);
  let done = 0;
  const properties = options.numberFormats ? ['values', 'numberFormat', 'formulas'] : ['values', 'formulas'];

  const readBatch = async (batch: RowBlock[]): Promise<void> => {
    const ranges: [RowBlock, HostRange][] = batch.map((block) => {
      const range = worksheetOf(worksheets, block.sheet).getRangeByIndexes(block.row, block.col, block.rowCount, block.columnCount);
      range.load(properties);
      return [block, range];
    });
    try {
      await context.sync();
    } catch (error) {
      const halves = isPayloadError(error) ? split(batch) : null;
      if (!halves) throw error;
      for (const half of halves) await readBatch(half);
      return;
    }
    for (const [block, range] of ranges) {
      const origin = rects.find((r) => r.sheet === block.sheet) as SheetRect;
      const rows = grids.get(block.sheet) as GridCell[][];
      const values = range.values;
      const formulas = range.formulas;
      const formats = options.numberFormats ? range.numberFormat : null;
      for (let r = 0; r < block.rowCount; r++) {
        rows[block.row - origin.row + r] = values[r].map((v, c) => toGridCell(v, formats ? formats[r][c] : undefined, formulas[r][c]));
      }
      done += block.rowCount * block.columnCount;
    }
    options.onProgress?.(done, total);
  };

  for (const batch of batchesUnder(blocks, (b) => b.rowCount * b.columnCount, limits.maxCellsPerSync)) await readBatch(batch);
  return grids;
}

function worksheetOf(worksheets: Map<string, HostWorksheet>, name: string): HostWorksheet {
  const worksheet = worksheets.get(name);
  if (!worksheet) throw new Error(`no worksheet proxy for ${name}`);
  return worksheet;
}

/** Two smaller batches (of blocks, or of one block's rows), or null when one row is all there is. */
function split(batch: RowBlock[]): RowBlock[][] | null {
  if (batch.length > 1) return [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)];
  const [block] = batch;
  if (block.rowCount < 2) return null;
  const first = block.rowCount >> 1;
  return [[{ ...block, rowCount: first }], [{ ...block, row: block.row + first, rowCount: block.rowCount - first }]];
}
