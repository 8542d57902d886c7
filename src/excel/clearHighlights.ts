import { restoreCellFill } from './cellFill';
import { fail, succeed, type Outcome } from './ExcelProblem';
import { fillAt } from './highlightFindings';
import type { HostContext } from './HostContext';
import { queueSheetInspection } from './inspectSheets';
import type { HostLimits } from './limits';
import { queueStoreRead, queueStoreWrite, STORE_KEYS } from './workbookStore';
import { WriteBatcher, writeBytes } from './WriteBatcher';

/**
 * 清除标记: put back every highlighted cell's original fill, from what the workbook itself stored, so it works in a
 * new session after the file was reopened. Marks on a deleted sheet went with it; a protected sheet stops everything.
 */
export async function clearHighlights(context: HostContext, limits: HostLimits): Promise<Outcome<{ restored: number; goneSheets: string[] }>> {
  const readStored = queueStoreRead(context, STORE_KEYS.highlights);
  const inspect = queueSheetInspection(context);
  await context.sync();
  const stored = readStored() ?? [];
  const { worksheets, missing, protectedSheets } = inspect(stored.map((r) => r.sheet));
  if (protectedSheets.length > 0) return fail({ kind: 'protectedSheets', sheets: protectedSheets });

  const live = stored.filter((r) => worksheets.has(r.sheet));
  const batcher = new WriteBatcher(context, limits);
  for (const record of live) {
    await batcher.add(writeBytes(record), () => restoreCellFill(fillAt(worksheets, record.sheet, record.cell), record.original));
  }
  // Forget the records last, in the same sync as the final restores: a failure leaves them for another try.
  await batcher.add(writeBytes([]), () => queueStoreWrite(context, STORE_KEYS.highlights, []));
  await batcher.flush();
  return succeed({ restored: live.length, goneSheets: missing });
}
