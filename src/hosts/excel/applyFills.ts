import { toA1, type PlannedFill, type WorkbookGrid } from '../../core';
import { sheetCell } from './cellKey';
import { fail, succeed, type FillMode, type FillResult, type Outcome } from '../WorkbookHost';
import { findChangedCells } from './findChangedCells';
import type { HostContext, HostRange } from './HostContext';
import { queueSheetInspection, sheetProblem, worksheetNamed } from './inspectSheets';
import type { HostLimits } from './limits';
import { setSnapshotCell } from './snapshotCells';
import { isFormula, toRawValue } from './toGridCell';
import { queueStoreRead, queueStoreWrite, STORE_KEYS, type FillRecord } from './workbookStore';
import { WriteBatcher, writeBytes } from './WriteBatcher';

/**
 * 填写得分: write the planned values into empty cells. A formula is never replaced; a cell holding something else
 * is replaced only after the user said so. What each cell held before is saved in the workbook (merged with earlier
 * fills, keeping the oldest "before") so 撤销填写 can put it back in any later session.
 */
export async function applyFills(
  context: HostContext,
  snapshot: WorkbookGrid,
  fills: PlannedFill[],
  mode: FillMode,
  limits: HostLimits,
): Promise<Outcome<FillResult>> {
  const readStored = queueStoreRead(context, STORE_KEYS.fills);
  const inspect = queueSheetInspection(context);
  await context.sync();
  const located = fills.map((f) => ({ ...f, sheet: f.at.sheet, cell: toA1(f.at.row, f.at.col) }));
  const inspection = inspect(located.map((f) => f.sheet));
  const problem = sheetProblem(inspection);
  if (problem) return fail(problem);
  const stored = readStored() ?? [];

  const targets = located.map((fill) => {
    const range = worksheetNamed(inspection.worksheets, fill.sheet).getRange(fill.cell);
    range.load(['values', 'formulas', 'numberFormat']);
    return { fill, range };
  });
  const changed = await findChangedCells(context, snapshot, inspection.worksheets, limits);
  if (changed.length > 0) return fail({ kind: 'changedCells', cells: changed });

  const formulas = targets.filter((t) => isFormula(t.range.formulas[0][0]));
  const occupied = targets.filter((t) => !isFormula(t.range.formulas[0][0]) && toRawValue(t.range.values[0][0]) !== null && !sameNumber(t));
  if (occupied.length > 0 && mode === 'ask') {
    return succeed({
      kind: 'needsConfirmation',
      occupied: occupied.map((t) => ({ sheet: t.fill.sheet, cell: t.fill.cell, current: plain(t.range), value: t.fill.value })),
    });
  }
  const writes = targets.filter((t) => !formulas.includes(t) && (mode === 'overwrite' || !occupied.includes(t)));

  const byKey = new Map(stored.map((r) => [sheetCell(r.sheet, r.cell), r]));
  for (const t of writes) {
    const key = sheetCell(t.fill.sheet, t.fill.cell);
    const written = { value: Number(t.fill.value), numberFormat: t.fill.numberFormat || String(t.range.numberFormat[0][0]) };
    const earlier = byKey.get(key);
    byKey.set(key, {
      sheet: t.fill.sheet,
      cell: t.fill.cell,
      previous: earlier ? earlier.previous : { value: plain(t.range), numberFormat: String(t.range.numberFormat[0][0]) },
      written,
    });
  }
  const records: FillRecord[] = [...byKey.values()];

  const batcher = new WriteBatcher(context, limits);
  // The undo record goes first: should a later write fail, what was written can still be undone.
  await batcher.add(writeBytes(records), () => queueStoreWrite(context, STORE_KEYS.fills, records));
  for (const t of writes) {
    const record = byKey.get(sheetCell(t.fill.sheet, t.fill.cell)) as FillRecord;
    await batcher.add(writeBytes(record.written), () => writeCell(t.range, record.written.value, record.written.numberFormat));
  }
  await batcher.flush();
  for (const t of writes) {
    const record = byKey.get(sheetCell(t.fill.sheet, t.fill.cell)) as FillRecord;
    setSnapshotCell(snapshot, t.fill.sheet, t.fill.cell, { value: record.written.value, numberFormat: record.written.numberFormat });
  }
  return succeed({
    kind: 'done',
    written: writes.map((t) => sheetCell(t.fill.sheet, t.fill.cell)),
    skippedFormulas: formulas.map((t) => sheetCell(t.fill.sheet, t.fill.cell)),
    skippedOccupied: mode === 'blanksOnly' ? occupied.map((t) => sheetCell(t.fill.sheet, t.fill.cell)) : [],
  });
}

/** A cell that already holds exactly the planned number is not "occupied": writing it changes nothing but the format. */
function sameNumber(t: { fill: PlannedFill; range: HostRange }): boolean {
  return typeof t.range.values[0][0] === 'number' && t.range.values[0][0] === Number(t.fill.value);
}

function plain(range: HostRange): string | number | boolean | null {
  const v = toRawValue(range.values[0][0]);
  return v !== null && typeof v === 'object' ? v.error : v;
}

export function writeCell(range: HostRange, value: string | number | boolean | null, numberFormat: string): void {
  // Format before value, so Excel does not re-interpret the number under the old format.
  range.numberFormat = [[numberFormat]];
  range.values = [[value === null ? '' : value]];
}
