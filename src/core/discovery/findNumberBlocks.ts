import type { CellRange } from '../grid/types';
import { rangeContains } from '../grid/ranges';
import type { CellValues } from '../relations/CellValues';

/** A block of numbers on a sheet: the rows and columns that hold them, left to right and top to bottom. */
export interface NumberBlock {
  sheet: string;
  rows: number[];
  cols: number[];
}

/** A row counts when it holds at least this many numbers; a column when it has numbers on half the block's rows. */
const MIN_NUMBERS_IN_ROW = 2;
const MIN_ROWS = 3;
/** A report table has tens of lines, not thousands: larger blocks are data listings, left alone (and cheap). */
const MAX_ROWS = 300;
const MAX_COLS = 60;

/**
 * The blocks of numbers of a sheet outside `claimed` (the tables another recogniser read): runs of consecutive
 * rows that hold numbers, with the columns that hold numbers on at least half of them. Linear in the sheet's
 * occupied cells.
 */
export function findNumberBlocks(sheet: string, values: CellValues, claimed: CellRange[]): NumberBlock[] {
  const view = values.view(sheet);
  if (!view) return [];
  const numbersIn = (row: number) =>
    view.columnsIn(row).filter((col) => !claimed.some((r) => rangeContains(r, row, col)) && values.get({ sheet, row, col }).kind === 'number');
  const blocks: NumberBlock[] = [];
  let run: { row: number; cols: number[] }[] = [];
  const close = () => {
    if (run.length >= MIN_ROWS) {
      const count = new Map<number, number>();
      for (const { cols } of run) for (const col of cols) count.set(col, (count.get(col) ?? 0) + 1);
      const cols = [...count].filter(([, n]) => n * 2 >= run.length).map(([col]) => col).sort((a, b) => a - b);
      if (cols.length <= MAX_COLS && run.length <= MAX_ROWS) {
        const rows = run.map((r) => r.row);
        for (const group of splitAtLabels(cols, labelColumns(rows))) if (group.length >= 2) blocks.push({ sheet, rows, cols: group });
      }
    }
    run = [];
  };
  /** Columns holding text on at least half the rows: the row labels of a table beside another on the same rows. */
  const labelColumns = (rows: number[]): number[] => {
    const texts = new Map<number, number>();
    for (const row of rows) for (const col of view.columnsIn(row)) if (values.get({ sheet, row, col }).kind === 'text') texts.set(col, (texts.get(col) ?? 0) + 1);
    return [...texts].filter(([, n]) => n * 2 >= rows.length).map(([col]) => col);
  };
  for (const row of view.rows()) {
    const cols = numbersIn(row);
    if (cols.length < MIN_NUMBERS_IN_ROW || (run.length && row !== run[run.length - 1].row + 1)) close();
    if (cols.length >= MIN_NUMBERS_IN_ROW) run.push({ row, cols });
  }
  close();
  return blocks;
}

/** Two tables side by side share their rows: a column of labels between number columns starts the next one. */
function splitAtLabels(cols: number[], labels: number[]): number[][] {
  const groups: number[][] = [[]];
  for (const col of cols) {
    const last = groups[groups.length - 1];
    if (last.length && labels.some((label) => last[last.length - 1] < label && label < col)) groups.push([col]);
    else last.push(col);
  }
  return groups;
}
