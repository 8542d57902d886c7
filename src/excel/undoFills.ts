import type { WorkbookGrid } from '../core';
import { sheetCell } from './cellKey';
import { fail, succeed, type Outcome } from './ExcelProblem';
import type { HostContext, HostRange } from './HostContext';
import { queueSheetInspection, worksheetNamed } from './inspectSheets';
import type { HostLimits } from './limits';
import { setSnapshotCell } from './snapshotCells';
import { isFormula } from './toGridCell';
import { writeCell } from './applyFills';
import { queueStoreRead, queueStoreWrite, STORE_KEYS } from './workbookStore';
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
  const readStored = queueStoreRead(context, STORE_KEYS.fills);
  const inspect = queueSheetInspection(context);
  await context.sync();
  const stored = readStored() ?? [];
  const { worksheets, missing, protectedSheets } = inspect(stored.map((r) => r.sheet));
  if (protectedSheets.length > 0) return fail({ kind: 'protectedSheets', sheets: protectedSheets });

  const live = stored
    .filter((r) => worksheets.has(r.sheet))
    .map((record) => {
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
  return succeed({ restored: live.length, goneSheets: missing });
}

function holds(range: HostRange, value: number): boolean {
  const current = range.values[0][0];
  return typeof current === 'number' && Math.abs(current - value) <= 1e-12 * Math.max(1, Math.abs(value));
}
