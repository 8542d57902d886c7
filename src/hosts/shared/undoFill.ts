import { toA1, type GridCell } from '../../core';
import { succeed, type Outcome, type RestoreResult } from '../WorkbookHost';
import { gridCellOf } from './cellContent';
import { FILLED_FILL } from './cellFills';
import type { CheckSnapshot } from './CheckSnapshot';
import { formatAllowed } from './fill';
import type { HostDriver, SheetInfo, WriteOp } from './HostAdapter';
import type { SharedLimits } from './limits';
import { decodeFills, encodeFills, type FillRecord } from './records';
import { coverCells } from './rects';
import { keyOf, liveSheets } from './sheets';
import { readEntry, STORE_KEYS, writeEntry } from './store';

/**
 * 撤销填写: put back what every filled cell held before, as it was (text as text, numbers with their format), from
 * the record in the workbook (not Excel's undo stack, which an add-in cannot rely on). A filled cell someone has
 * changed since is left as it is and named; on a protected sheet, cells Excel would not let the user change keep
 * their record for later. Fills on a sheet deleted since went with it.
 */
export async function undoFill(driver: HostDriver, snapshot: CheckSnapshot | null, limits: SharedLimits): Promise<Outcome<RestoreResult>> {
  const first = await driver.read({ sheets: true, store: true });
  const live = liveSheets(first.sheets);
  const records = decodeFills(readEntry(first.store, STORE_KEYS.fills), first.sheets);
  const present = records.filter((r) => live.has(r.sheetId));
  const onProtected = present.filter((r) => (live.get(r.sheetId) as SheetInfo).protected);
  const marked = present.filter((r) => r.fill);
  const second = await driver.read({ cells: coverCells(present).map((c) => c.rect), locks: onProtected, fills: marked });
  // A filled cell's mark is taken off only where it is still ours: a colour the user chose since stays.
  const stillMarked = new Set(marked.filter((_, i) => second.fills[i]?.color?.toUpperCase() === FILLED_FILL && second.fills[i].pattern === 'Solid').map(keyOf));
  const now = new Map<string, GridCell>();
  for (const [sheetId, list] of second.cells) for (const c of list) now.set(keyOf({ sheetId, row: c.row, col: c.col }), c);
  const locked = new Set(onProtected.filter((_, i) => second.locks[i]).map(keyOf));

  const edited: FillRecord[] = [];
  const kept: FillRecord[] = [];
  const restore: FillRecord[] = [];
  for (const r of present) {
    const sheet = live.get(r.sheetId) as SheetInfo;
    if (!holds(now.get(keyOf(r)), r.written.value)) edited.push(r);
    else if (sheet.protected && (locked.has(keyOf(r)) || (!formatAllowed(sheet) && typeof r.previous.value === 'string' && !r.previous.error))) kept.push(r);
    else restore.push(r);
  }
  const ops: WriteOp[] = restore.map((r) => ({ kind: 'setCell', at: r, content: r.previous, format: formatAllowed(live.get(r.sheetId) as SheetInfo) }));
  for (const r of restore) if (r.fill && stillMarked.has(keyOf(r))) ops.push({ kind: 'restoreFill', rect: { sheetId: r.sheetId, row: r.row, col: r.col, rowCount: 1, columnCount: 1 }, fill: r.fill });
  // Forget the records last, in the same round trip: a failure leaves them for another try.
  ops.push(...writeEntry(first.store, STORE_KEYS.fills, kept.length > 0 ? encodeFills(kept) : null, limits.store));
  await driver.write(ops);
  for (const r of restore) snapshot?.set(r.sheetId, r.row, r.col, gridCellOf(r.previous));
  const name = (r: FillRecord) => `${(live.get(r.sheetId) as SheetInfo).name}!${toA1(r.row, r.col)}`;
  return succeed({
    restored: restore.length,
    goneSheets: [...new Set(records.filter((r) => !live.has(r.sheetId)).map((r) => r.sheetName))],
    protectedSheets: [...new Set(kept.map((r) => (live.get(r.sheetId) as SheetInfo).name))],
    editedCells: edited.map(name),
  });
}

/** Still what FundCheck wrote: the same number, no formula (a tolerance for the host's binary floating point). */
function holds(cell: GridCell | undefined, value: number): boolean {
  const current = cell?.value;
  return cell?.formula === undefined && typeof current === 'number' && Math.abs(current - value) <= 1e-12 * Math.max(1, Math.abs(value));
}
