import { restoreCellFill } from './cellFill';
import { succeed, type Outcome } from '../WorkbookHost';
import { fillAt } from './highlightFindings';
import type { HostContext } from './HostContext';
import type { HostLimits } from './limits';
import { readStoredRecords } from './readStoredRecords';
import { queueStoreWrite, STORE_KEYS } from './workbookStore';
import { WriteBatcher, writeBytes } from './WriteBatcher';

/**
 * 清除标记: put back every highlighted cell's original fill, from what the workbook itself stored, so it works in a
 * new session after the file was reopened. Marks on a deleted sheet went with it; a protected sheet stops everything.
 */
export async function clearHighlights(context: HostContext, limits: HostLimits): Promise<Outcome<{ restored: number; goneSheets: string[] }>> {
  const records = await readStoredRecords(context, STORE_KEYS.highlights);
  if (!records.ok) return records;
  const { live, worksheets, goneSheets } = records.value;
  const batcher = new WriteBatcher(context, limits);
  for (const record of live) {
    await batcher.add(writeBytes(record), () => restoreCellFill(fillAt(worksheets, record.sheet, record.cell), record.original));
  }
  // Forget the records last, in the same sync as the final restores: a failure leaves them for another try.
  await batcher.add(writeBytes([]), () => queueStoreWrite(context, STORE_KEYS.highlights, []));
  await batcher.flush();
  return succeed({ restored: live.length, goneSheets });
}
