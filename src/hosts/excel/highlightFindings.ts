import { toA1, type Finding, type Severity, type WorkbookGrid } from '../../core';
import { sheetCell } from './cellKey';
import { FILL_PROPERTIES, readCellFill, restoreCellFill, SEVERITY_FILL } from './cellFill';
import { fail, succeed, type Outcome } from '../WorkbookHost';
import { findChangedCells } from './findChangedCells';
import type { HostContext, HostRangeFill, HostWorksheet } from './HostContext';
import { queueSheetInspection, sheetProblem, worksheetNamed } from './inspectSheets';
import type { HostLimits } from './limits';
import { queueStoreRead, queueStoreWrite, STORE_KEYS, type HighlightRecord } from './workbookStore';
import { WriteBatcher, writeBytes } from './WriteBatcher';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Colour every flagged cell by its most severe finding. The fill each cell had before FundCheck first touched it is
 * saved in the workbook before any colour is written; cells highlighted by an earlier check and not flagged now get
 * their fill back. Nothing is written when a sheet is gone or protected or a cell changed since the check.
 */
export async function highlightFindings(
  context: HostContext,
  snapshot: WorkbookGrid,
  findings: Finding[],
  limits: HostLimits,
): Promise<Outcome<{ highlighted: number; restored: number }>> {
  const targets = new Map<string, { sheet: string; cell: string; severity: Severity }>();
  for (const f of findings) {
    const cell = toA1(f.at.row, f.at.col);
    const key = sheetCell(f.at.sheet, cell);
    const seen = targets.get(key);
    if (!seen || RANK[f.severity] < RANK[seen.severity]) targets.set(key, { sheet: f.at.sheet, cell, severity: f.severity });
  }

  const readStored = queueStoreRead(context, STORE_KEYS.highlights);
  const inspect = queueSheetInspection(context);
  await context.sync();
  const stored = readStored() ?? [];
  const targetInspection = inspect([...targets.values()].map((t) => t.sheet));
  const problem = sheetProblem(targetInspection) ?? sheetProblem({ ...inspect(stored.map((r) => r.sheet)), missing: [] });
  if (problem) return fail(problem);
  const { worksheets } = targetInspection;
  // A highlighted cell on a sheet deleted since is gone with its sheet: nothing to restore there.
  const storedByKey = new Map(stored.filter((r) => worksheets.has(r.sheet)).map((r) => [sheetCell(r.sheet, r.cell), r]));

  const fresh = [...targets.entries()]
    .filter(([key]) => !storedByKey.has(key))
    .map(([, t]) => {
      const fill = fillAt(worksheets, t.sheet, t.cell);
      fill.load(FILL_PROPERTIES);
      return { ...t, fill };
    });
  const changed = await findChangedCells(context, snapshot, worksheets, limits);
  if (changed.length > 0) return fail({ kind: 'changedCells', cells: changed });

  const records: HighlightRecord[] = [
    ...[...storedByKey.entries()].filter(([key]) => targets.has(key)).map(([, r]) => r),
    ...fresh.map((t) => ({ sheet: t.sheet, cell: t.cell, original: readCellFill(t.fill) })),
  ];
  const batcher = new WriteBatcher(context, limits);
  await batcher.add(writeBytes(records), () => queueStoreWrite(context, STORE_KEYS.highlights, records));
  let restored = 0;
  for (const [key, record] of storedByKey) {
    if (targets.has(key)) continue;
    await batcher.add(writeBytes(record), () => restoreCellFill(fillAt(worksheets, record.sheet, record.cell), record.original));
    restored++;
  }
  for (const t of targets.values()) {
    await batcher.add(writeBytes(t), () => {
      fillAt(worksheets, t.sheet, t.cell).color = SEVERITY_FILL[t.severity];
    });
  }
  await batcher.flush();
  return succeed({ highlighted: targets.size, restored });
}

export function fillAt(worksheets: Map<string, HostWorksheet>, sheet: string, cell: string): HostRangeFill {
  return worksheetNamed(worksheets, sheet).getRange(cell).format.fill;
}
