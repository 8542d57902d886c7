import { fail, succeed, type Outcome } from '../WorkbookHost';
import type { HostContext, HostWorksheet } from './HostContext';
import { queueSheetInspection } from './inspectSheets';
import { queueStoreRead, type FillRecord, type HighlightRecord, type STORE_KEYS } from './workbookStore';

type RecordKey = typeof STORE_KEYS.highlights | typeof STORE_KEYS.fills;
type RecordOf<K extends RecordKey> = K extends typeof STORE_KEYS.highlights ? HighlightRecord : FillRecord;

export interface LiveRecords<R> {
  /** Records on sheets that still exist. */
  live: R[];
  worksheets: Map<string, HostWorksheet>;
  /** Sheets deleted since the records were written: their records went with them. */
  goneSheets: string[];
}

/**
 * What 清除标记 and 撤销填写 start from: the records the workbook keeps (highlights or fills), read with the sheets
 * they name in one sync. A protected sheet stops everything; records on a deleted sheet are left out.
 */
export async function readStoredRecords<K extends RecordKey>(context: HostContext, key: K): Promise<Outcome<LiveRecords<RecordOf<K>>>> {
  const readStored = queueStoreRead(context, key);
  const inspect = queueSheetInspection(context);
  await context.sync();
  const stored = (readStored() ?? []) as RecordOf<K>[];
  const { worksheets, missing, protectedSheets } = inspect(stored.map((r) => r.sheet));
  if (protectedSheets.length > 0) return fail({ kind: 'protectedSheets', sheets: protectedSheets });
  return succeed({ live: stored.filter((r) => worksheets.has(r.sheet)), worksheets, goneSheets: missing });
}
