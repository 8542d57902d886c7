import { succeed, type Outcome, type RestoreResult } from '../WorkbookHost';
import type { HostDriver } from './HostAdapter';
import type { SharedLimits } from './limits';
import { decodeHighlights, encodeHighlights } from './records';
import { notedCells, restoreOps } from './restoreOps';
import { liveSheets } from './sheets';
import { readEntry, STORE_KEYS, writeEntry } from './store';

/**
 * 清除标记: put back every marked cell's original fill, from what the workbook itself stored, so it works in a new
 * session after the file was reopened and after a sheet was renamed. Marks on a deleted sheet went with it; those
 * on a protected sheet are kept for later and the sheet is named.
 */
export async function clearHighlights(driver: HostDriver, limits: SharedLimits): Promise<Outcome<RestoreResult>> {
  const { sheets, store } = await driver.read({ sheets: true, store: true });
  const live = liveSheets(sheets);
  const records = decodeHighlights(readEntry(store, STORE_KEYS.highlights), sheets);
  const gone = records.filter((r) => !live.has(r.sheetId));
  const kept = records.filter((r) => live.get(r.sheetId)?.protected === true);
  const restore = records.filter((r) => live.get(r.sheetId)?.protected === false);
  // The notes FundCheck wrote, as they are now: each one still as written goes back to what the cell had.
  const noted = notedCells(restore);
  const notes = noted.length > 0 ? (await driver.read({ notes: noted })).notes : [];
  // Forget the records in the same round trip as the restores: a failure leaves them for another try.
  await driver.write([
    ...restoreOps(restore, notes),
    ...writeEntry(store, STORE_KEYS.highlights, kept.length > 0 ? encodeHighlights(kept) : null, limits.store),
  ]);
  return succeed({
    restored: restore.length,
    goneSheets: [...new Set(gone.map((r) => r.sheetName))],
    protectedSheets: [...new Set(kept.map((r) => (live.get(r.sheetId) as { name: string }).name))],
    editedCells: [],
  });
}
