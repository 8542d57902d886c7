import { toA1, type SheetCell, type SheetVisibility } from '../../core';
import { STORE_PREFIX, type CellAddress, type CellFill, type HostDriver, type ReadRequest, type ReadResult, type SheetInfo } from '../shared';
import type { HostContext, HostRangeFill } from './HostContext';
import { isPayloadError } from './hostErrors';
import { batchesUnder, rectAddress, type HostLimits } from './limits';
import { readRanges } from './readRanges';
import { readUsedCells } from './readUsedCells';
import { applyWrites } from './writeOps';

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** Fill properties by requirement set: the colour is ExcelApi 1.1; the rest came with 1.9. */
const FULL_FILL = ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'];

/**
 * The shared HostDriver over one Excel.run's request context. Each `read` queues everything asked and sends it in
 * one sync (more only when a request would pass Excel's payload limits); each `write` likewise.
 */
export function excelDriver(context: HostContext, limits: HostLimits, fullFills: boolean, excelApi?: number): HostDriver {
  const worksheet = (id: string) => context.workbook.worksheets.getItem(id);
  const cellRange = (at: CellAddress) => worksheet(at.sheetId).getRange(rectAddress({ ...at, rowCount: 1, columnCount: 1 }));

  /**
   * Sheets, store and the first batch of cell properties are queued before the cells, so one sync carries them all
   * (`together`); readRanges splits what is too large, which only works for the range loads, hence the retry apart.
   */
  const readOnce = async (request: ReadRequest, together: boolean): Promise<ReadResult> => {
    const collection = context.workbook.worksheets;
    if (request.sheets) collection.load(['items/id', 'items/name', 'items/visibility', 'items/protection/protected', 'items/protection/options']);
    if (request.store) context.workbook.settings.load(['items/key', 'items/value']);
    const perCell = [
      ...(request.fills ?? []).map((at) => ({ kind: 'fill' as const, at })),
      ...(request.locks ?? []).map((at) => ({ kind: 'lock' as const, at })),
      ...(excelApi !== undefined && excelApi < 18 ? [] : (request.notes ?? [])).map((at) => ({ kind: 'note' as const, at })),
    ];
    const batches = batchesUnder(perCell, () => 1, limits.maxCellPropertiesPerSync);
    const fills: CellFill[] = [];
    const locks: boolean[] = [];
    const notes: (string | null)[] = [];
    const queue = (batch: typeof perCell) =>
      batch.map((item) => {
        if (item.kind === 'note') {
          const note = worksheet(item.at.sheetId).notes.getItemOrNullObject(toA1(item.at.row, item.at.col));
          note.load('content');
          return { kind: item.kind, note };
        }
        const { format } = cellRange(item.at);
        if (item.kind === 'fill') format.fill.load(fullFills ? FULL_FILL : ['color']);
        else format.protection.load('locked');
        return { kind: item.kind, format };
      });
    const collect = (loaded: ReturnType<typeof queue>) => {
      for (const item of loaded) {
        if (item.kind === 'note') notes.push(item.note!.isNullObject ? null : item.note!.content);
        else if (item.kind === 'fill') fills.push(fillOf(item.format!.fill, fullFills));
        else locks.push(item.format!.protection.locked);
      }
    };
    const rects = request.cells ?? [];
    const first = queue(batches.shift() ?? []);
    if (!together || rects.length === 0) await context.sync();
    const cells = rects.length > 0 ? await readRanges(context, rects, limits) : new Map<string, SheetCell[]>();
    collect(first);
    for (const batch of batches) {
      const loaded = queue(batch);
      await context.sync();
      collect(loaded);
    }
    return {
      sheets: request.sheets ? collection.items.map(sheetInfo) : [],
      store: request.store ? new Map(context.workbook.settings.items.filter((s) => s.key.startsWith(STORE_PREFIX) && typeof s.value === 'string').map((s) => [s.key, s.value as string])) : new Map(),
      cells,
      fills,
      locks,
      // Without notes in this Excel, none is read: every cell reads as having none.
      notes: excelApi !== undefined && excelApi < 18 ? (request.notes ?? []).map(() => null) : notes,
    };
  };

  return {
    async read(request: ReadRequest): Promise<ReadResult> {
      try {
        return await readOnce(request, true);
      } catch (error) {
        // The cells were refused as too large with everything else riding along: read them on their own.
        if (!isPayloadError(error)) throw error;
        return readOnce(request, false);
      }
    },
    readUsedCells: (sheets, onProgress, signal) => readUsedCells(context, sheets, limits, onProgress, signal),
    write: (ops) => applyWrites(context, ops, limits, fullFills, excelApi),
    async select(at) {
      worksheet(at.sheetId).activate();
      cellRange(at).select();
      await context.sync();
    },
  };
}

function sheetInfo(w: HostContext['workbook']['worksheets']['items'][number]): SheetInfo {
  const isProtected = w.protection.protected;
  return {
    id: w.id,
    name: w.name,
    visibility: VISIBILITY[w.visibility] ?? 'visible',
    protected: isProtected,
    allowFormatCells: !isProtected || w.protection.options.allowFormatCells === true,
  };
}

/**
 * A fill as read. Without ExcelApi 1.9 only the colour is known, and "no fill" reads as white: white is then taken
 * as no fill (restored by clearing), and patterns and tints are not kept (docs/excel-addin.md, "Which Excel").
 */
function fillOf(fill: HostRangeFill, full: boolean): CellFill {
  if (!full) return fill.color && fill.color.toUpperCase() !== '#FFFFFF' ? { color: fill.color, pattern: 'Solid' } : { color: '#FFFFFF', pattern: 'None' };
  const out: CellFill = { color: fill.color, pattern: fill.pattern ?? 'None' };
  if (fill.patternColor) out.patternColor = fill.patternColor;
  if (typeof fill.tintAndShade === 'number' && fill.tintAndShade !== 0) out.tintAndShade = fill.tintAndShade;
  if (typeof fill.patternTintAndShade === 'number' && fill.patternTintAndShade !== 0) out.patternTintAndShade = fill.patternTintAndShade;
  return out;
}
