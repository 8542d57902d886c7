import type { CellRange } from '../grid/types';
import { rangeContains } from '../grid/ranges';
import type { SheetView } from '../grid/SheetView';
import { kindOf } from '../values/parseCellValue';
import { isNoteOrFooter, namesTable, normaliseWord } from '../vocabulary';
import { isAnnotationWord } from './annotationColumns';

/**
 * The figures of a table: a block of rows holding numbers (or a dash, an Excel error, a formula) over one span
 * of columns. Its headers and labels are read around it (readAxes.ts).
 */
export interface Body {
  /** First and last row holding a figure. */
  top: number;
  bottom: number;
  /** First and last column holding a figure. */
  left: number;
  right: number;
  /** The rows holding a figure, ascending. */
  dataRows: number[];
}

/** Empty columns a row's figures may have between them (a spacer column for looks); more end the run. */
export const MAX_SPACER = 2;
/** Blank rows a table may hold (between its header and figures, or inside); more end it. */
export const MAX_BLANK_ROWS = 2;
/** A report table has tens of lines; a block of thousands is a listing, never read as a table. */
export const MAX_BODY_ROWS = 1000;
const MAX_BODY_COLUMNS = 200;

export type CellClass = 'data' | 'year' | 'text' | 'none';

/** Longer texts in a table's area are sentences (notes, prose), never labels or headers. */
export const MAX_LABEL_LENGTH = 40;

/**
 * What a cell is for finding tables: a figure (a number, a dash standing for one, an error, a formula), a year
 * typed as a number (a header or a figure: its row decides), a label or header text, or nothing (empty, a note,
 * a sentence).
 */
export function classifyCell(view: SheetView, row: number, col: number): CellClass {
  const cell = view.cell(row, col);
  const kind = kindOf(cell);
  if (kind === 'number') return isYearNumber(cell.value) ? 'year' : 'data';
  if (kind === 'error') return 'data';
  if (kind === 'empty') return cell.value === null || cell.value === undefined || cell.value === '' ? 'none' : 'data';
  const text = view.text(row, col);
  if (text.length > MAX_LABEL_LENGTH || isNoteOrFooter(text)) return 'none';
  return 'text';
}

function isYearNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1990 && value <= 2100;
}

interface OpenBody extends Body {
  closed: boolean;
}

interface Run {
  left: number;
  right: number;
}

/**
 * Every body of figures on a sheet outside `claimed`, in one pass over its occupied rows. A row's figures make
 * runs, cut at a text (the label column of a table beside) and at more than MAX_SPACER empty columns; a run
 * extends the open body whose columns it overlaps. A body ends at more than MAX_BLANK_ROWS blank rows, or at a
 * row with text over its columns (the header of the table below). Rows with labels only (a line without figures,
 * `其中：` alone) keep it open.
 */
export function findBodies(view: SheetView, claimed: CellRange[]): Body[] {
  const done: OpenBody[] = [];
  let open: OpenBody[] = [];
  let previousRow = -Infinity;
  const isClaimed = (row: number, col: number) => claimed.some((range) => rangeContains(range, row, col));
  for (const row of view.rows()) {
    if (row - previousRow - 1 > MAX_BLANK_ROWS) {
      done.push(...open);
      open = [];
    }
    previousRow = row;
    const { runs, texts, closers } = rowRuns(view, row, isClaimed);
    const touched = new Set<OpenBody>();
    for (const run of runs) {
      const overlapping = open.filter((body) => run.left <= body.right && run.right >= body.left);
      let body: OpenBody;
      if (overlapping.length === 0) {
        body = { top: row, bottom: row, left: run.left, right: run.right, dataRows: [], closed: false };
        open.push(body);
      } else {
        body = overlapping[0];
        // One row's run spans two bodies: they are one table whose upper rows left a column empty.
        for (const other of overlapping.slice(1)) {
          mergeInto(body, other);
          open = open.filter((b) => b !== other);
        }
      }
      body.left = Math.min(body.left, run.left);
      body.right = Math.max(body.right, run.right);
      if (body.dataRows[body.dataRows.length - 1] !== row) body.dataRows.push(row);
      body.bottom = row;
      touched.add(body);
    }
    // A text over a body's columns in a row without its figures: a header or a title, the body ends; so does a
    // title, a unit line or a note anywhere left of its last column (the next table's title in its label column).
    for (const body of open) {
      if (touched.has(body)) continue;
      if (texts.some((col) => col >= body.left && col <= body.right) || closers.some((col) => col <= body.right + MAX_SPACER)) body.closed = true;
    }
    done.push(...open.filter((b) => b.closed));
    open = open.filter((b) => !b.closed);
  }
  done.push(...open);
  return done
    .filter((b) => b.dataRows.length <= MAX_BODY_ROWS && b.right - b.left < MAX_BODY_COLUMNS)
    .map(({ top, bottom, left, right, dataRows }) => ({ top, bottom, left, right, dataRows }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

function mergeInto(body: OpenBody, other: OpenBody): void {
  body.top = Math.min(body.top, other.top);
  body.left = Math.min(body.left, other.left);
  body.right = Math.max(body.right, other.right);
  body.dataRows = [...new Set([...body.dataRows, ...other.dataRows])].sort((a, b) => a - b);
}

/**
 * A row's runs of figures and its text columns. A row whose figures are all years typed as numbers (`2020`,
 * `2019` over two columns) is a header; so is a row labelled 栏次, and a column labelled 行次 or 序号 holds no figures.
 */
function rowRuns(view: SheetView, row: number, isClaimed: (row: number, col: number) => boolean): { runs: Run[]; texts: number[]; closers: number[] } {
  const classes: { col: number; cls: CellClass }[] = [];
  const closers: number[] = [];
  let years = 0;
  let data = 0;
  let annotation = false;
  for (const col of view.columnsIn(row)) {
    if (isClaimed(row, col)) continue;
    const cls = classifyCell(view, row, col);
    if (cls === 'none' || (cls === 'text' && namesTable(view.text(row, col), 'end'))) {
      if (view.holdsText(row, col)) closers.push(col);
      continue;
    }
    if (cls === 'year') years++;
    if (cls === 'data') data++;
    if (cls === 'text' && isAnnotationWord(normaliseWord(view.text(row, col)))) annotation = true;
    classes.push({ col, cls });
  }
  const headerRow = annotation || (data === 0 && years >= 2);
  const runs: Run[] = [];
  const texts: number[] = [];
  let current: Run | null = null;
  for (const { col, cls } of classes) {
    const figure = !headerRow && (cls === 'data' || cls === 'year');
    if (!figure) {
      texts.push(col);
      current = null;
      continue;
    }
    if (current && col - current.right - 1 <= MAX_SPACER) current.right = col;
    else runs.push((current = { left: col, right: col }));
  }
  return { runs, texts, closers };
}
