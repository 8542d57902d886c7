import type ExcelJS from 'exceljs';
import { cellKey, toA1, type PlannedFill } from '../core';
import { cellContent, isFormulaCell, isMergedNonMaster, isProtected, restyle } from './cellAccess';
import type { FillOutcome } from './workbookTypes';

export interface WriteFillsOptions {
  /** Replace cells that already hold another value (the core marks them `conflict`). */
  overwrite?: boolean;
}

/**
 * Write planned fills into an exceljs workbook, in place: each value as a number with the fill's number format,
 * nothing else of the cell changed. Formula cells, protected sheets and covered merge cells are never written,
 * and a cell holding another value only with `overwrite`; every fill ends up in exactly one list of the outcome.
 */
export function writeFills(workbook: ExcelJS.Workbook, fills: PlannedFill[], options: WriteFillsOptions = {}): Required<FillOutcome> {
  const outcome: Required<FillOutcome> = { written: [], conflicts: [], skipped: [] };
  for (const fill of fills) {
    const at = { at: fill.at };
    const worksheet = workbook.getWorksheet(fill.at.sheet);
    if (!worksheet) {
      outcome.skipped.push({ ...at, previous: null, cause: 'missing-sheet' });
      continue;
    }
    const cell = worksheet.getCell(toA1(fill.at.row, fill.at.col));
    const previous = cellContent(cell);
    const value = Number(fill.value);
    if (isProtected(worksheet)) outcome.skipped.push({ ...at, previous, cause: 'protected-sheet' });
    else if (isFormulaCell(cell)) outcome.skipped.push({ ...at, previous, cause: 'formula' });
    else if (isMergedNonMaster(cell)) outcome.skipped.push({ ...at, previous, cause: 'merged-cell' });
    else if (holdsOtherValue(fill, previous, value) && !options.overwrite) outcome.conflicts.push({ ...at, previous });
    else {
      if (!Number.isFinite(value)) throw new RangeError(`planned fill ${cellKey(fill.at)} is not a number: ${fill.value}`);
      cell.value = value;
      if (fill.numberFormat) restyle(cell, { numFmt: fill.numberFormat });
      outcome.written.push({ ...at, previous });
    }
  }
  return outcome;
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
