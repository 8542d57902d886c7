import { cellKey, type FillOutcome, type PlannedFill, type WorkbookGrid } from '../core';
import { contentOf, SheetIndex } from './sheetIndex';
import type { SheetWrites } from './xlsx/write/editWorkbook';

export interface PlanFillsOptions {
  /** Replace cells that already hold another value (the core marks them `conflict`). */
  overwrite?: boolean;
}

/**
 * Decide, for each planned fill, whether the copy gets it: never into a protected sheet, over a formula or into a
 * covered merge cell, and over another value only with `overwrite`. Every fill ends up in exactly one list of the
 * outcome; the writes are what the copy must change (a number with the fill's number format).
 */
export function planFills(fills: PlannedFill[], grid: WorkbookGrid, options: PlanFillsOptions = {}): { outcome: Required<FillOutcome>; writes: SheetWrites[] } {
  const outcome: Required<FillOutcome> = { written: [], conflicts: [], skipped: [] };
  const writes = new Map<string, SheetWrites>();
  const sheetOf = SheetIndex.of(grid);
  for (const fill of fills) {
    const at = { at: fill.at };
    const sheet = sheetOf(fill.at.sheet);
    if (!sheet) {
      outcome.skipped.push({ ...at, previous: null, cause: 'missing-sheet' });
      continue;
    }
    const cell = sheet.at(fill.at.row, fill.at.col);
    const previous = contentOf(cell);
    const value = Number(fill.value);
    if (sheet.sheet.protected) outcome.skipped.push({ ...at, previous, cause: 'protected-sheet' });
    else if (cell?.formula !== undefined) outcome.skipped.push({ ...at, previous, cause: 'formula' });
    else if (sheet.isCoveredByMerge(fill.at.row, fill.at.col)) outcome.skipped.push({ ...at, previous, cause: 'merged-cell' });
    else if (holdsOtherValue(fill, previous, value) && !options.overwrite) outcome.conflicts.push({ ...at, previous });
    else {
      if (!Number.isFinite(value)) throw new RangeError(`planned fill ${cellKey(fill.at)} is not a number: ${fill.value}`);
      const list = writes.get(fill.at.sheet) ?? { sheet: fill.at.sheet, cells: [], notes: [] };
      list.cells.push({ row: fill.at.row, col: fill.at.col, value: String(value), ...(fill.numberFormat ? { numberFormat: fill.numberFormat } : {}) });
      writes.set(fill.at.sheet, list);
      outcome.written.push({ ...at, previous });
    }
  }
  return { outcome, writes: [...writes.values()] };
}

/** Writes the copy refused after all (the cell turned out to hold a formula) move from written to skipped. */
export function withRefused(outcome: Required<FillOutcome>, refused: { sheet: string; row: number; col: number }[]): Required<FillOutcome> {
  if (refused.length === 0) return outcome;
  const keys = new Set(refused.map((r) => cellKey(r)));
  const moved = outcome.written.filter((w) => keys.has(cellKey(w.at)));
  return {
    written: outcome.written.filter((w) => !keys.has(cellKey(w.at))),
    conflicts: outcome.conflicts,
    skipped: [...outcome.skipped, ...moved.map((w) => ({ at: w.at, previous: w.previous ?? null, cause: 'formula' as const }))],
  };
}

/**
 * The core flags conflicts from the grid it was given; the cell is checked again here so a fill planned on
 * another reading of the file can never silently replace what a person typed.
 */
function holdsOtherValue(fill: PlannedFill, previous: unknown, value: number): boolean {
  if (fill.conflict) return true;
  if (previous === null || previous === '') return false;
  return !(typeof previous === 'number' && previous === value);
}
