import type { SheetInfo, SheetRect, UsedCells } from '../shared';
import type { ReadProgress } from '../WorkbookHost';
import type { HostContext, HostRange } from './HostContext';
import { rectAddress, type HostLimits } from './limits';
import { readHiddenLines, type BlockLines } from './readHiddenLines';
import { readRanges } from './readRanges';

/** Rounds of halving a sparse used range; each is one sync for all sheets together. */
const MAX_PROBE_ROUNDS = 20;

/**
 * Every cell holding a value or a formula: sync 1 sizes each sheet's used range counting values only (a template
 * bordered or coloured to row 5000 is not read), then the cells of all sheets go in one sync (more only beyond the
 * payload budget). A used range far larger than ordinary tables (one stray value at XFD1 beside a table in A1:J2000)
 * is probed by halves, all such sheets in the same sync, keeping only the parts that hold values; a half that is
 * mostly used is read as it is. The hidden rows and columns among the cells come with them (readHiddenLines.ts:
 * one sync more only when some sheet hides a line of its data). The count of syncs depends on the data, never on
 * the number of sheets.
 */
export async function readUsedCells(
  context: HostContext,
  sheets: SheetInfo[],
  limits: HostLimits,
  onProgress?: ReadProgress,
  signal?: AbortSignal,
): Promise<Map<string, UsedCells>> {
  let probes = await usedRects(
    context,
    sheets.map((s) => ({ sheetId: s.id, range: context.workbook.worksheets.getItem(s.id).getUsedRangeOrNullObject(true) })),
  );
  const settled: SheetRect[] = [];
  for (let round = 0; probes.length > 0; round++) {
    const large = probes.filter((r) => area(r) > limits.maxSparseBoxCells && round < MAX_PROBE_ROUNDS && (r.rowCount > 1 || r.columnCount > 1));
    settled.push(...probes.filter((r) => !large.includes(r)));
    if (large.length === 0) break;
    signal?.throwIfAborted();
    const halves = large.map((parent) => ({ parent, parts: halve(parent) }));
    const used = await usedRects(
      context,
      halves.flatMap(({ parts }) => parts.map((part) => ({ sheetId: part.sheetId, range: context.workbook.worksheets.getItem(part.sheetId).getRange(rectAddress(part)).getUsedRangeOrNullObject(true) }))),
    );
    probes = [];
    for (const { parent } of halves) {
      const children = used.filter((u) => u.sheetId === parent.sheetId && inside(u, parent));
      // Mostly used: probing further would only add syncs.
      if (children.reduce((n, c) => n + area(c), 0) * 2 >= area(parent)) settled.push(...children);
      else probes.push(...children);
    }
  }
  // Parts of one sheet never overlap (halves, then the used range inside each), so each cell is read once.
  const flags: BlockLines[] = [];
  const cells = await readRanges(context, settled, limits, { onProgress, signal, lineFlags: flags });
  const hidden = await readHiddenLines(context, sheets, cells, flags, limits, signal);
  return new Map(
    sheets.map((s) => [s.id, { cells: cells.get(s.id) ?? [], hiddenRows: hidden.get(s.id)?.rows ?? [], hiddenColumns: hidden.get(s.id)?.columns ?? [] }]),
  );
}

async function usedRects(context: HostContext, probes: { sheetId: string; range: HostRange }[]): Promise<SheetRect[]> {
  for (const p of probes) p.range.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  await context.sync();
  return probes
    .filter((p) => !p.range.isNullObject)
    .map((p) => ({ sheetId: p.sheetId, row: p.range.rowIndex, col: p.range.columnIndex, rowCount: p.range.rowCount, columnCount: p.range.columnCount }));
}

function halve(r: SheetRect): SheetRect[] {
  if (r.rowCount >= r.columnCount) {
    const top = r.rowCount >> 1;
    return [{ ...r, rowCount: top }, { ...r, row: r.row + top, rowCount: r.rowCount - top }];
  }
  const left = r.columnCount >> 1;
  return [{ ...r, columnCount: left }, { ...r, col: r.col + left, columnCount: r.columnCount - left }];
}

function area(r: SheetRect): number {
  return r.rowCount * r.columnCount;
}

function inside(a: SheetRect, b: SheetRect): boolean {
  return a.row >= b.row && a.col >= b.col && a.row + a.rowCount <= b.row + b.rowCount && a.col + a.columnCount <= b.col + b.columnCount;
}
