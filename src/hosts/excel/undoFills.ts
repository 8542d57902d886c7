import type { WorkbookGrid } from '../../core';
import { sheetCell } from './cellKey';
import { fail, succeed, type Outcome } from '../WorkbookHost';
import type { HostContext, HostRange } from './HostContext';
import { worksheetNamed } from './inspectSheets';
import { readStoredRecords } from './readStoredRecords';
import type { HostLimits } from './limits';
import { setSnapshotCell } from './snapshotCells';
import { isFormula } from './toGridCell';
import { writeCell } from './applyFills';
import { queueStoreWrite, STORE_KEYS } from './workbookStore';
import { WriteBatcher, writeBytes } from './WriteBatcher';

/**
 * 撤销填写: put back what every filled cell held before, from the record in the workbook (not Excel's undo stack,
 * which an add-in cannot rely on). A filled cell someone has changed since is not overwritten: nothing is written
 * and the cells are named. Fills on a sheet deleted since went with it.
 */
export async function undoFills(
  context: HostContext,
  snapshot: WorkbookGrid | null,
  limits: HostLimits,
): Promise<Outcome<{ restored: number; goneSheets: string[] }>> {
  const records = await readStoredRecords(context, STORE_KEYS.fills);
  if (!records.ok) return records;
  const { worksheets, goneSheets } = records.value;
  const live = records.value.live.map((record) => {
    const range = worksheetNamed(worksheets, record.sheet).getRange(record.cell);
    range.load(['values', 'formulas']);
    return { record, range };
  });
  await context.sync();
  const edited = live.filter(({ record, range }) => isFormula(range.formulas[0][0]) || !holds(range, record.written.value));
  if (edited.length > 0) return fail({ kind: 'changedCells', cells: edited.map(({ record }) => sheetCell(record.sheet, record.cell)) });

  const batcher = new WriteBatcher(context, limits);
  for (const { record, range } of live) {
    await batcher.add(writeBytes(record.previous), () => writeCell(range, record.previous.value, record.previous.numberFormat));
  }
  await batcher.add(writeBytes([]), () => queueStoreWrite(context, STORE_KEYS.fills, []));
  await batcher.flush();
  if (snapshot) {
    for (const { record } of live) {
      const { value, numberFormat } = record.previous;
      setSnapshotCell(snapshot, record.sheet, record.cell, { value: value === '' ? null : value, numberFormat });
    }
  }
  return succeed({ restored: live.length, goneSheets });
}

function holds(range: HostRange, value: number): boolean {
  const current = range.values[0][0];
  return typeof current === 'number' && Math.abs(current - value) <= 1e-12 * Math.max(1, Math.abs(value));
}
