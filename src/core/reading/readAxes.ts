import type { SheetView } from '../grid/SheetView';
import { readLabel, type Label } from '../vocabulary';
import { isAnnotationWord } from './annotationColumns';
import { classifyCell, MAX_BLANK_ROWS, MAX_LABEL_LENGTH, MAX_SPACER, type Body } from './findBodies';

/** Header rows above a body, label columns left of it: how deep each may go. */
const MAX_HEADER_ROWS = 5;
const MAX_LABEL_COLUMNS = 3;
/** How far above the header a title or a unit line is looked for. */
const CONTEXT_ROWS = 4;

/** One line of a table before its outline is read: its place and its label texts, outer to inner. */
export interface AxisLine {
  index: number;
  path: string[];
  /** The innermost label's cell, or null. */
  labelAt: { row: number; col: number } | null;
  hasData: boolean;
}

export interface TableAxes {
  headerRows: number[];
  labelColumns: number[];
  rows: AxisLine[];
  columns: AxisLine[];
  /** Texts above the header: a title, a unit line. */
  context: string[];
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The headers and labels around a body of figures: header rows above it (to a title, a unit line or a blank gap),
 * label columns left of it (to a column without text), each column's header path and each row's label path, with
 * merged and blank outer labels carried across or down. `floor` is the row below the table above, which no
 * header of this one may reach.
 */
export function readAxes(view: SheetView, body: Body, floor: number, leftFloor: number): TableAxes {
  const headerRows = findHeaderRows(view, body, floor);
  const labelColumns = findLabelColumns(view, body, leftFloor);
  const dataColumns = new Set<number>();
  for (const row of body.dataRows) {
    for (const col of view.columnsIn(row, body.left, body.right)) {
      const cls = classifyCell(view, row, col);
      if (cls === 'data' || cls === 'year') dataColumns.add(col);
    }
  }
  const columns: AxisLine[] = [];
  const carried = new Map<number, string>();
  for (let col = body.left; col <= body.right; col++) {
    const path: string[] = [];
    let labelAt: AxisLine['labelAt'] = null;
    headerRows.forEach((row, depth) => {
      let text = headerText(view, row, col);
      // A group header typed once over its columns (no merge): carried right, in all but the innermost row.
      if (!text && depth < headerRows.length - 1) text = carried.get(row) ?? '';
      else if (text) carried.set(row, text);
      if (text && path[path.length - 1] !== text) path.push(text);
      if (text) labelAt = { row, col };
    });
    const inner = headerRows.length ? headerText(view, headerRows[headerRows.length - 1], col) : '';
    if (isAnnotationWord(readLabel(inner).word)) continue;
    if (!dataColumns.has(col) && !inner) continue;
    columns.push({ index: col, path, labelAt, hasData: dataColumns.has(col) });
  }
  const rows = readRowLines(view, body, labelColumns);
  const top = Math.min(body.top, headerRows[0] ?? body.top, rows[0]?.index ?? body.top);
  const bottom = Math.max(body.bottom, rows[rows.length - 1]?.index ?? body.bottom);
  const left = Math.min(body.left, labelColumns[0] ?? body.left);
  return { headerRows, labelColumns, rows, columns, context: contextTexts(view, top, left, body.right, floor), top, left, bottom, right: body.right };
}

/** The text a header cell shows, its merged area's when it is covered by one. */
function headerText(view: SheetView, row: number, col: number): string {
  const text = view.mergedText(row, col);
  if (!text || text.length > MAX_LABEL_LENGTH) return '';
  return readLabel(text).note ? '' : text;
}

function findHeaderRows(view: SheetView, body: Body, floor: number): number[] {
  const rows: number[] = [];
  let blanks = 0;
  for (let row = body.top - 1; row >= Math.max(floor, body.top - MAX_HEADER_ROWS - MAX_BLANK_ROWS) && rows.length < MAX_HEADER_ROWS; row--) {
    let texts = 0;
    let figures = 0;
    let titles = 0;
    for (let col = body.left; col <= body.right; col++) {
      const own = view.cell(row, col).value !== null && view.cell(row, col).value !== undefined;
      const cls = own ? classifyCell(view, row, col) : 'none';
      if (cls === 'data') figures++;
      const text = cls === 'year' ? String(view.cell(row, col).value) : headerText(view, row, col);
      if (!text) continue;
      if (readLabel(text).title) titles++;
      else if (own || cls === 'year') texts++;
      else if (texts === 0 && view.mergeAt(row, col)) texts++;
    }
    if (figures > 0) break;
    if (texts === 0) {
      // A title typed over the figures, or nothing: blank rows under a header are layout, above it the end.
      if (titles > 0 || rows.length > 0 || ++blanks > MAX_BLANK_ROWS) break;
      continue;
    }
    rows.unshift(row);
  }
  return rows;
}

function findLabelColumns(view: SheetView, body: Body, leftFloor: number): number[] {
  const columns: number[] = [];
  let gap = 0;
  for (let col = body.left - 1; col >= Math.max(leftFloor, view.left) && columns.length < MAX_LABEL_COLUMNS; col--) {
    let texts = 0;
    let figures = 0;
    for (const row of view.rowsIn(col, body.top, body.bottom)) {
      const cls = classifyCell(view, row, col);
      if (cls === 'text') texts++;
      else if (cls === 'data' || cls === 'year') figures++;
    }
    // Merged labels keep their text in the top-left cell, which may lie above the body's first row.
    if (texts === 0 && view.mergeAt(body.top, col) && view.mergedText(body.top, col)) texts++;
    if (figures > texts) break;
    if (texts === 0) {
      if (columns.length > 0 || ++gap > MAX_SPACER) break;
      continue;
    }
    columns.unshift(col);
  }
  return columns;
}

/**
 * Each row of the body with its label path; label-only rows inside the body are lines without figures (a fund
 * whose amounts are not filled, `其中：` alone), and so are such rows right above or below it while they read as
 * lines of the table (numbered, 其中, a fund, an account, a total).
 */
function readRowLines(view: SheetView, body: Body, labelColumns: number[]): AxisLine[] {
  const data = new Set(body.dataRows);
  const inner = labelColumns[labelColumns.length - 1];
  const lineLabel = (row: number) => (inner === undefined ? null : readLabel(view.mergedText(row, inner)));
  const readsAsLine = (label: Label | null) =>
    !!label && !label.note && !label.title && (label.known || label.subtotal === true || label.numbering !== undefined || label.ofWhich === true);
  let first = body.top;
  while (first - 1 >= view.top && !data.has(first - 1) && readsAsLine(lineLabel(first - 1)) && labelOnly(view, first - 1, body)) first--;
  let last = body.bottom;
  while (last + 1 <= view.bottom && readsAsLine(lineLabel(last + 1)) && labelOnly(view, last + 1, body)) last++;
  // Lines below the figures are the table's only where no header of another table follows them (滚存结余情况 over
  // the next table's fund names is that table's title).
  if (last > body.bottom) {
    const next = view.rows(last + 1, last + 1 + MAX_BLANK_ROWS)[0];
    if (next !== undefined && view.columnsIn(next, body.left, body.right).some((col) => classifyCell(view, next, col) === 'text')) last = body.bottom;
  }
  const lines: AxisLine[] = [];
  const carried = new Map<number, string>();
  for (let row = first; row <= last; row++) {
    const hasData = data.has(row);
    const path: string[] = [];
    let labelAt: AxisLine['labelAt'] = null;
    labelColumns.forEach((col, depth) => {
      let text = view.mergedText(row, col);
      if (text.length > MAX_LABEL_LENGTH || readLabel(text).note) text = '';
      // Outer labels (预算, 2019年, 收入对比分析) stand once over their block: carried down, the innermost not.
      if (!text && depth < labelColumns.length - 1) text = carried.get(col) ?? '';
      else if (text) carried.set(col, text);
      if (text) path.push(text);
      if (text && view.text(row, col)) labelAt = { row, col };
    });
    if (!hasData && (!labelAt || !readsAsLine(lineLabel(row)) && !readLabel(path[path.length - 1] ?? '').known)) continue;
    lines.push({ index: row, path, labelAt, hasData });
  }
  return withHeadingsAsOuterLabels(lines);
}

/**
 * A line without figures that names something (`一、工伤保险`, `基金支出`, `合计`, `预算数`) and is followed by lines
 * with figures heads them, as an outer label would from a column of its own: its text becomes their outer label,
 * up to the next such heading, and it is no line of the table itself. (A fund line left empty, followed by its
 * empty 其中 lines, is a line: it heads no figures, nor does a line above one that names the same kind of thing;
 * `其中：` alone opens parts, it heads nothing.)
 */
function withHeadingsAsOuterLabels(lines: AxisLine[]): AxisLine[] {
  const labelOf = (i: number) => readLabel(lines[i].path[lines[i].path.length - 1] ?? '');
  const isHeading = (i: number) => {
    const line = lines[i];
    if (line.hasData || line.path.length === 0) return false;
    const label = labelOf(i);
    if (!(label.known || label.subtotal === true) || (label.ofWhich && !label.word)) return false;
    // `预算数` over `收入`, `支出` heads them; `预算数` left empty above `完成数` is one more empty line of its fund.
    if (namesOnlyMeasure(label)) return !!lines[i + 1]?.hasData && !namesOnlyMeasure(labelOf(i + 1));
    // A fund over its lines, the first of them left empty (`三、工伤保险` over an empty `预算数` and its `完成数`).
    let next = i + 1;
    while (next < lines.length && !lines[next].hasData && lines[next].path.length > 0 && namesOnlyMeasure(labelOf(next))) next++;
    if (!lines[next]?.hasData) return false;
    // A heading names what the lines under it do not. A fund, a grouping or a 合计 left empty above a fund's line
    // (其中：生育保险 of a fund without budget, a 合计 still to fill), an account line left empty above another
    // (a fund's 财政补贴收入 above the next fund's 基金收入) is a line of its own: it heads nothing.
    const namesFund = (l: Label) => !!(l.fund || l.group || l.total);
    const after = labelOf(next);
    return !(namesFund(label) && namesFund(after)) && !(label.account && after.account);
  };
  const headings = lines.map((_, i) => isHeading(i));
  if (!headings.some(Boolean)) return lines;
  let heading = '';
  const out: AxisLine[] = [];
  lines.forEach((line, i) => {
    if (headings[i]) {
      heading = line.path[line.path.length - 1];
      return;
    }
    out.push({ ...line, path: [heading, ...line.path] });
  });
  return out;
}

/** A label that says a measure (预算数, 完成数, 增长率, 2020年) and nothing of whose it is. */
function namesOnlyMeasure(label: Label): boolean {
  const names = !!(label.fund || label.group || label.total || label.wholeFund || label.account || label.subtotal);
  return !names && (label.scenario !== undefined || label.period !== undefined || label.year !== undefined || label.derivation !== undefined || label.budgetKind !== undefined);
}

/** Nothing but labels in the row: no figure over the body's columns. */
function labelOnly(view: SheetView, row: number, body: Body): boolean {
  for (const col of view.columnsIn(row, body.left, body.right)) if (classifyCell(view, row, col) !== 'none') return false;
  return true;
}

/**
 * Texts in the few rows above a table: its title, its unit line, a year. In each row those over the table's own
 * columns come first, then those just beside it (a unit line of the table to the left ends there).
 */
function contextTexts(view: SheetView, top: number, left: number, right: number, floor: number): string[] {
  const texts: string[] = [];
  for (let row = top - 1; row >= Math.max(floor, top - CONTEXT_ROWS); row--) {
    const beside: string[] = [];
    for (const col of view.columnsIn(row, Math.max(view.left, left - 2), right + 2)) {
      const text = view.text(row, col);
      if (text && view.holdsText(row, col)) (col >= left && col <= right ? texts : beside).push(text);
    }
    texts.push(...beside);
  }
  return texts;
}
