import { type GridCell, type SheetCell } from '../../core';
import type { SheetInfo, SheetRect, UsedCells } from '../shared';
import type { ReadProgress } from '../WorkbookHost';
import { readHiddenLines } from './readHiddenLines';
import { isString, rowsOf, uniformOf, WpsShapeError } from './readShape';
import { readOverBounds, regionA1 } from './uniformReads';
import type { WpsApplication, WpsRange, WpsWorksheet } from './WpsApi';
import { keptFormat, wpsGridCell } from './wpsCell';

export interface WpsLimits {
  /** Cells asked for in one Value2 / Formula read; a larger rectangle is read in blocks of whole rows. */
  readonly maxCellsPerRead: number;
  /** A used range larger than this is first probed by halves (COUNTA) so that empty expanses are never read. */
  readonly maxDenseCells: number;
}

export const WPS_LIMITS: WpsLimits = { maxCellsPerRead: 100_000, maxDenseCells: 250_000 };

type Rect = Omit<SheetRect, 'sheetId'>;

const area = (r: Rect) => r.rowCount * r.columnCount;
const a1 = (r: Rect) => regionA1({ top: r.row, left: r.col, bottom: r.row + r.rowCount - 1, right: r.col + r.columnCount - 1 });

/**
 * Every cell holding a value or a formula on these sheets. Per sheet a constant number of calls: the used range,
 * then Value2 and (when some cell holds one) Formula over it in blocks of rows, and the number formats of the cells
 * holding numbers asked over areas. A used range far beyond its data (a stray entry at XFD1048576, a template
 * formatted to the last row) is probed by halves with COUNTA first, keeping the parts that hold something. Then
 * the hidden rows and columns among the cells (readHiddenLines.ts: four calls a sheet that hides nothing).
 */
export async function readUsedCells(
  app: WpsApplication,
  sheets: SheetInfo[],
  worksheetOf: (id: string) => WpsWorksheet,
  limits: WpsLimits,
  onProgress?: ReadProgress,
  signal?: AbortSignal,
): Promise<Map<string, UsedCells>> {
  const plans = sheets.map((sheet) => {
    const worksheet = worksheetOf(sheet.id);
    const used = worksheet.UsedRange;
    const rect = { row: used.Row - 1, col: used.Column - 1, rowCount: used.Rows.Count, columnCount: used.Columns.Count };
    const parts = area(rect) <= limits.maxDenseCells ? [rect] : denseParts(app, worksheet, rect, limits);
    return { sheet, worksheet, rect, parts, whole: parts.length === 1 && parts[0] === rect ? used : undefined };
  });
  const total = plans.reduce((n, p) => n + p.parts.reduce((m, r) => m + area(r), 0), 0);
  let done = 0;
  const out = new Map<string, UsedCells>();
  for (const plan of plans) {
    const cells: SheetCell[] = [];
    for (const part of plan.parts) {
      const block = await readRect(plan.worksheet, part, limits, 'numbers', {
        whole: plan.whole,
        afterBlock: async (count) => {
          done += count;
          onProgress?.(done, total);
          // WPS calls block the pane's thread: let it paint the progress, and see a cancel, between blocks.
          await new Promise<void>((resolve) => setTimeout(resolve, 0));
          signal?.throwIfAborted();
        },
      });
      cells.push(...block);
    }
    const hidden = readHiddenLines(plan.worksheet, cells, plan.whole && { range: plan.whole, ...plan.rect });
    out.set(plan.sheet.id, { cells, hiddenRows: hidden.rows, hiddenColumns: hidden.columns });
  }
  return out;
}

/**
 * The cells holding something in a rectangle, with their number formats: of the cells holding numbers (what the
 * core needs from a check), or of all of them (what a write must put back exactly).
 */
export async function readRect(
  worksheet: WpsWorksheet,
  rect: Rect,
  limits: WpsLimits,
  formats: 'numbers' | 'all',
  options: { whole?: WpsRange; afterBlock?: (cells: number) => Promise<void>; keep?: (row: number, col: number) => boolean } = {},
): Promise<SheetCell[]> {
  const { whole, afterBlock, keep } = options;
  const cells: SheetCell[] = [];
  const rowsPerRead = Math.max(1, Math.floor(limits.maxCellsPerRead / rect.columnCount));
  for (let r = 0; r < rect.rowCount; r += rowsPerRead) {
    const count = Math.min(rowsPerRead, rect.rowCount - r);
    const block = { ...rect, row: rect.row + r, rowCount: count };
    const range = whole && count === rect.rowCount ? whole : worksheet.Range(a1(block));
    readBlock(range, count, rect.columnCount).forEach((row, i) =>
      row.forEach((cell, j) => {
        const at = { row: block.row + i, col: block.col + j };
        if ((cell.value !== null || cell.formula !== undefined) && (!keep || keep(at.row, at.col))) cells.push({ ...cell, ...at });
      }),
    );
    await afterBlock?.(count * rect.columnCount);
  }
  addNumberFormats(worksheet, formats === 'all' ? cells : cells.filter((c) => typeof c.value === 'number'));
  return cells;
}

/**
 * The cells holding something in several rectangles of one sheet (what a write re-reads: the cells it touches and
 * those their values came from). Rectangles close together are read as their bounding box in one go; far apart
 * ones are split into groups, so the calls follow the clusters of cells, not the number of rectangles.
 */
export async function readRects(worksheet: WpsWorksheet, rects: Rect[], limits: WpsLimits): Promise<SheetCell[]> {
  const wanted = new Set<number>();
  for (const r of rects) for (let i = 0; i < r.rowCount; i++) for (let j = 0; j < r.columnCount; j++) wanted.add((r.row + i) * 16384 + r.col + j);
  const keep = (row: number, col: number) => wanted.delete(row * 16384 + col); // each cell once, however rects overlap
  const out: SheetCell[] = [];
  const visit = async (group: Rect[]): Promise<void> => {
    const box = boxOf(group);
    const cells = group.reduce((n, r) => n + area(r), 0);
    if (group.length > 1 && area(box) > Math.max(4 * cells, SMALL_BOX)) {
      const sorted = [...group].sort((a, b) => a.row - b.row || a.col - b.col);
      await visit(sorted.slice(0, sorted.length >> 1));
      await visit(sorted.slice(sorted.length >> 1));
      return;
    }
    out.push(...(await readRect(worksheet, box, limits, 'all', { keep })));
  };
  if (rects.length > 0) await visit(rects);
  return out;
}

/** A box this small is read whole, whatever part of it is wanted: one call costs more than its cells. */
const SMALL_BOX = 2_000;

function boxOf(rects: Rect[]): Rect {
  const top = Math.min(...rects.map((r) => r.row));
  const left = Math.min(...rects.map((r) => r.col));
  const bottom = Math.max(...rects.map((r) => r.row + r.rowCount));
  const right = Math.max(...rects.map((r) => r.col + r.columnCount));
  return { row: top, col: left, rowCount: bottom - top, columnCount: right - left };
}

/** One block of rows: Value2 always, Formula only when some cell holds one (HasFormula is false otherwise). */
function readBlock(range: WpsRange, rowCount: number, columnCount: number): GridCell[][] {
  const values = rowsOf(range.Value2, rowCount, columnCount, '单元格值（Value2）');
  const formulas = range.HasFormula === false ? null : rowsOf(range.Formula, rowCount, columnCount, '单元格公式（Formula）');
  return values.map((row, r) => row.map((value, c) => wpsGridCell(value, formulas ? formulas[r][c] : undefined)));
}

function addNumberFormats(worksheet: WpsWorksheet, cells: SheetCell[]): void {
  const formats = readOverBounds(cells, (box) =>
    uniformOf(worksheet.Range(regionA1(box)).NumberFormat, box.bottom - box.top + 1, box.right - box.left + 1, '数字格式（NumberFormat）', isString),
  );
  for (const cell of cells) {
    const kept = keptFormat(formats.get(cell.row * 16384 + cell.col) ?? '');
    if (kept) cell.numberFormat = kept;
  }
}

/** The parts of a large used range that hold something: halves probed with COUNTA, empty halves dropped. */
function denseParts(app: WpsApplication, worksheet: WpsWorksheet, rect: Rect, limits: WpsLimits): Rect[] {
  const out: Rect[] = [];
  const queue = [rect];
  while (queue.length > 0) {
    const r = queue.pop() as Rect;
    for (const half of halve(r)) {
      const filled = app.WorksheetFunction.CountA(worksheet.Range(a1(half)));
      if (typeof filled !== 'number') throw new WpsShapeError('COUNTA 的结果', '数字', filled);
      if (filled === 0) continue;
      // Small enough, or mostly filled: probing further would cost more calls than it saves.
      if (area(half) <= limits.maxDenseCells || filled * 2 >= area(half)) out.push(half);
      else queue.push(half);
    }
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

function halve(r: Rect): Rect[] {
  if (r.rowCount >= r.columnCount) {
    const top = Math.ceil(r.rowCount / 2);
    return [{ ...r, rowCount: top }, { ...r, row: r.row + top, rowCount: r.rowCount - top }];
  }
  const left = Math.ceil(r.columnCount / 2);
  return [{ ...r, columnCount: left }, { ...r, col: r.col + left, columnCount: r.columnCount - left }];
}
