import { columnLetters, type SheetCell } from '../../core';
import { occupiedLines } from '../shared';
import { WpsShapeError } from './readShape';
import type { WpsRange, WpsWorksheet } from './WpsApi';

type Axis = 'row' | 'column';

/** A range read whole (the sheet's UsedRange), whose rows and columns may be asked first. */
export interface WholeRange {
  range: WpsRange;
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
}

const LAST = { row: 1_048_575, column: 16_383 };

/**
 * Which rows and columns holding cells are hidden. Per axis, `Range.EntireRow.Hidden` (or `EntireColumn`) answers
 * true (all hidden), false (none) or null (some, as COM answers for mixed ranges); asked first of the used range
 * the cells were read from (`whole`, two calls), it settles a sheet that hides nothing in four calls. A mixed
 * answer is asked again over the span of the occupied lines and split into halves of them, so the questions follow
 * the hidden runs (about 2 × runs × log2 lines), never the number of rows or columns: E:XFD hidden costs what the
 * occupied columns of E onwards cost. A span of every row (or column) is never asked: whole rows that are also
 * whole columns are the sheet, whose Hidden means neither.
 */
export function readHiddenLines(worksheet: WpsWorksheet, cells: SheetCell[], whole?: WholeRange): { rows: number[]; columns: number[] } {
  const lines = occupiedLines(cells);
  const first = (axis: Axis): boolean | null => {
    if (!whole) return null;
    const [from, count] = axis === 'row' ? [whole.row, whole.rowCount] : [whole.col, whole.columnCount];
    if (from === 0 && count === LAST[axis] + 1) return null;
    return answerOf(axis === 'row' ? whole.range.EntireRow.Hidden : whole.range.EntireColumn.Hidden, axis, count > 1);
  };
  return { rows: hiddenOf(worksheet, 'row', lines.rows, first), columns: hiddenOf(worksheet, 'column', lines.columns, first) };
}

function hiddenOf(worksheet: WpsWorksheet, axis: Axis, lines: number[], first: (axis: Axis) => boolean | null): number[] {
  if (lines.length === 0) return [];
  const answer = first(axis);
  if (answer !== null) return answer ? lines : [];
  const out: number[] = [];
  const visit = (from: number, to: number): void => {
    const low = lines[from];
    const high = lines[to - 1];
    const all = low === 0 && high === LAST[axis];
    const span = all ? null : askHidden(worksheet, axis, low, high);
    if (span === true) for (let i = from; i < to; i++) out.push(lines[i]);
    else if (span === null) {
      // A hidden line between two occupied ones makes the span mixed though neither is hidden: halves, down to one.
      const mid = (from + to) >> 1;
      visit(from, mid);
      visit(mid, to);
    }
  };
  visit(0, lines.length);
  return out;
}

/** `Range("A5:A9").EntireRow.Hidden` (or `Range("C1:F1").EntireColumn.Hidden`): three calls. */
function askHidden(worksheet: WpsWorksheet, axis: Axis, first: number, last: number): boolean | null {
  const address = axis === 'row' ? `A${first + 1}:A${last + 1}` : `${columnLetters(first)}1:${columnLetters(last)}1`;
  const range = worksheet.Range(address);
  return answerOf(axis === 'row' ? range.EntireRow.Hidden : range.EntireColumn.Hidden, axis, last > first);
}

/** Hidden as WPS answers it: a boolean, or null (undefined) for several lines of which some are hidden. */
function answerOf(value: unknown, axis: Axis, several: boolean): boolean | null {
  if (typeof value === 'boolean') return value;
  if ((value === null || value === undefined) && several) return null;
  const what = axis === 'row' ? '行的隐藏状态（EntireRow.Hidden）' : '列的隐藏状态（EntireColumn.Hidden）';
  throw new WpsShapeError(what, several ? 'true、false 或 null' : 'true 或 false', value);
}
