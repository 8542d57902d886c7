import type { CellAddress, WriteOp } from './HostAdapter';
import type { HighlightRecord } from './records';
import { coverCells } from './rects';

/**
 * Put back the original fills of these marked cells, neighbours with the same fill in one range; and the note each
 * had, where FundCheck's note is still there as written (`notes`: the cells' notes now, in the records' order; a
 * note someone edited since stays as it is).
 */
export function restoreOps(records: HighlightRecord[], notes: (string | null)[] = []): WriteOp[] {
  const ops: WriteOp[] = coverCells(records, (r) => JSON.stringify(r.original)).map(({ rect, item }) => ({ kind: 'restoreFill', rect, fill: item.original }));
  const noted = records.filter((r) => r.note);
  noted.forEach((r, i) => {
    if (notes[i] === r.note!.written) ops.push({ kind: 'setNote', at: { sheetId: r.sheetId, row: r.row, col: r.col }, text: r.note!.original, exists: true });
  });
  return ops;
}

/** The cells of these records whose notes a restore needs to see (restoreOps' `notes`, asked in this order). */
export function notedCells(records: HighlightRecord[]): CellAddress[] {
  return records.filter((r) => r.note).map((r) => ({ sheetId: r.sheetId, row: r.row, col: r.col }));
}
