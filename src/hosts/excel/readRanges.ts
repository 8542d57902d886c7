import { holdsSomething, type SheetCell } from '../../core';
import { Slicer, type SheetRect } from '../shared';
import type { ReadProgress } from '../WorkbookHost';
import type { HostContext, HostRange } from './HostContext';
import { isPayloadError } from './hostErrors';
import { batchesUnder, rectAddress, rowBlocks, type HostLimits, type RowBlock } from './limits';
import type { BlockLines } from './readHiddenLines';
import { toGridCell } from './toGridCell';

/**
 * Read rectangles of several sheets (values, formulas, number formats) as the cells that hold something: each is
 * cut into row blocks under the range cell limit, the blocks are queued together and sent in as few syncs as the
 * payload budget allows (one for an ordinary workbook, however many sheets). Should Excel still refuse a response
 * as too large (long texts), the batch is halved and re-sent. Loads queued on `context` before the call ride along
 * in the first sync. Between syncs the pane gets the thread back, and `signal` may stop the read. With `lineFlags`,
 * each block also says whether its rows and its columns are hidden (two booleans more in the same sync), pushed there.
 */
export async function readRanges(
  context: HostContext,
  rects: SheetRect[],
  limits: HostLimits,
  options: { onProgress?: ReadProgress; signal?: AbortSignal; lineFlags?: BlockLines[] } = {},
): Promise<Map<string, SheetCell[]>> {
  const cells = new Map<string, SheetCell[]>(rects.map((r) => [r.sheetId, []]));
  const blocks = rects.flatMap((r) => rowBlocks(r, limits));
  const total = blocks.reduce((n, b) => n + b.rowCount * b.columnCount, 0);
  let done = 0;
  const slicer = new Slicer();

  const readBatch = async (batch: RowBlock[]): Promise<void> => {
    options.signal?.throwIfAborted();
    const ranges: [RowBlock, HostRange][] = batch.map((block) => {
      const range = context.workbook.worksheets.getItem(block.sheetId).getRange(rectAddress(block));
      range.load(options.lineFlags ? ['values', 'numberFormat', 'formulas', 'rowHidden', 'columnHidden'] : ['values', 'numberFormat', 'formulas']);
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
      await slicer.maybeYield();
      const out = cells.get(block.sheetId) as SheetCell[];
      const { values, formulas, numberFormat } = range;
      for (let r = 0; r < block.rowCount; r++) {
        for (let c = 0; c < block.columnCount; c++) {
          const cell = toGridCell(values[r][c], numberFormat[r][c], formulas[r][c]);
          if (holdsSomething(cell)) out.push({ ...cell, row: block.row + r, col: block.col + c });
        }
      }
      options.lineFlags?.push({ ...block, rowHidden: range.rowHidden, columnHidden: range.columnHidden });
      done += block.rowCount * block.columnCount;
    }
    options.onProgress?.(done, total);
  };

  for (const batch of batchesUnder(blocks, (b) => b.rowCount * b.columnCount, limits.maxCellsPerSync)) await readBatch(batch);
  return cells;
}

/** Two smaller batches (of blocks, or of one block's rows), or null when one row is all there is. */
function split(batch: RowBlock[]): RowBlock[][] | null {
  if (batch.length > 1) return [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)];
  const [block] = batch;
  if (block.rowCount < 2) return null;
  const first = block.rowCount >> 1;
  return [[{ ...block, rowCount: first }], [{ ...block, row: block.row + first, rowCount: block.rowCount - first }]];
}
