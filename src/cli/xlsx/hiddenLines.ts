import type { SheetCell } from '../../core';

/** A run of hidden columns as a sheet declares it (`<col min max hidden>`): 0-based, inclusive. */
export interface LineSpan {
  first: number;
  last: number;
}

/** Excel's last column (XFD), 0-based: a span past it is cut there. */
const LAST_COLUMN = 16_383;

/**
 * The span of a `<col>` element (1-based `min`, `max`), or null when malformed. A writer may declare E:XFD hidden
 * in one element; the span stays two numbers, never the columns it covers.
 */
export function columnSpan(min: string | undefined, max: string | undefined): LineSpan | null {
  const first = Number(min) - 1;
  const last = Math.min(max === undefined ? first : Number(max) - 1, LAST_COLUMN);
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last < first) return null;
  return { first, last };
}

/**
 * The columns that hold one of `cells` and fall in a hidden span: ascending, each once. The answer is never longer
 * than the distinct columns of the cells, however wide the spans (E:XFD costs the occupied columns of E onwards);
 * the work is one binary search per distinct column.
 */
export function hiddenColumnsOf(cells: SheetCell[], spans: LineSpan[]): number[] {
  if (spans.length === 0 || cells.length === 0) return [];
  const merged = mergeSpans(spans);
  const columns = new Set<number>();
  for (const cell of cells) columns.add(cell.col);
  const out: number[] = [];
  for (const col of columns) if (inSpans(merged, col)) out.push(col);
  return out.sort((a, b) => a - b);
}

/** Spans sorted and joined where they overlap or touch (a careless writer may declare a column twice). */
function mergeSpans(spans: LineSpan[]): LineSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const out: LineSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.first <= last.last + 1) last.last = Math.max(last.last, span.last);
    else out.push({ ...span });
  }
  return out;
}

/** Whether `line` lies in one of the merged spans: the last span starting at or before it must reach it. */
function inSpans(merged: LineSpan[], line: number): boolean {
  let lo = 0;
  let hi = merged.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (merged[mid].first <= line) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && merged[hi].last >= line;
}

/** The list ascending with each entry once (it usually already is: rows stream in sheet order). */
export function ascendingUnique(lines: number[]): number[] {
  let ordered = true;
  for (let i = 1; i < lines.length && ordered; i++) ordered = lines[i] > lines[i - 1];
  if (ordered) return lines;
  return [...new Set(lines)].sort((a, b) => a - b);
}
