import type { SheetView } from '../../grid/SheetView';
import { rememberByText } from '../../text/rememberByText';
import { kindOf } from '../../values/parseCellValue';
import { flowOf, isNoteOrFooter, measureRoleOf, namesTable, normaliseWord, yearOf, type Flow, type MeasureRole } from '../../vocabulary';
import type { FundAxis } from './findFundAxes';
import type { Measure } from './FundTableModel';

const MAX_HEADER_DEPTH = 4;
const MAX_LABEL_COLUMNS = 3;

export interface MeasureLayout {
  measures: Measure[];
  /** First and last header row (funds down) or label column (funds across). */
  headerStart: number;
  extentEnd: number;
}


function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1990 && value <= 2100;
}

/** Asked of every cell above and along a table's columns, on every sheet: answered once per distinct text. */
const isHeaderText: (text: string) => boolean = rememberByText((text) => {
  if (text === '' || isNoteOrFooter(text)) return false;
  // A title typed over the middle of the table (…情况表, …分析表) is not a column header.
  if (namesTable(text, 'end')) return false;
  return kindOf({ value: text }) !== 'number' || isYearNumber(Number(text));
});

/** Empty columns (or rows) a table may hold as a visual gap; a wider gap ends it. */
const MAX_SPACER = 2;
/** Blank rows allowed between a header and the first line of figures. */
const MAX_BLANK_UNDER_HEADER = 2;

/** Funds down the rows: measure columns to the right of the names, their headers in the rows above. */
export function readColumnMeasures(view: SheetView, axis: FundAxis): MeasureLayout {
  const bodyRows = axis.entries.map((e) => e.index);
  const firstRow = bodyRows[0];
  const headerBottom = headerBottomAbove(view, firstRow, axis.line);
  const used = (col: number) =>
    bodyRows.some((row) => view.rowHasCells(row, col, col) && kindOf(view.cell(row, col)) !== 'empty') ||
    isHeaderText(view.text(headerBottom, col));
  let right = axis.line;
  for (const col of view.columns(axis.line + 1)) {
    // A spacer column inside the table is layout; more than MAX_SPACER empty columns end it, and so does a
    // column of texts (the label column of a table beside this one).
    if (col - right - 1 > MAX_SPACER || holdsLabels(view, bodyRows, col)) break;
    if (!used(col)) {
      if (col - right > MAX_SPACER) break;
      continue;
    }
    right = col;
  }
  const headerRows: number[] = [];
  for (let row = headerBottom; row >= view.top && headerRows.length < MAX_HEADER_DEPTH; row--) {
    let texts = 0;
    let numbers = 0;
    for (const col of view.columnsIn(row, axis.line + 1, right)) {
      const cell = view.cell(row, col);
      // A year typed as a number (2020) is a header, not a figure.
      if (typeof cell.value === 'number' && !isYearNumber(cell.value)) numbers++;
      else if (isHeaderText(view.mergedText(row, col))) texts++;
    }
    if (texts === 0) {
      // Merged group headers keep their text left of the figures: count what the merges show.
      for (let col = axis.line + 1; col <= right && texts === 0; col++) if (isHeaderText(view.mergedText(row, col))) texts++;
    }
    if (texts === 0 || numbers > 0) break;
    headerRows.unshift(row);
  }
  const paths = new Map<number, string[]>();
  headerRows.forEach((row, depth) => {
    let carried = '';
    for (let col = axis.line + 1; col <= right; col++) {
      let text = view.mergedText(row, col);
      // Group headers (基金收入 over six columns) are often typed once; carry them right, but never on the role row.
      if (!text && depth < headerRows.length - 1) text = carried;
      if (text) carried = text;
      paths.set(col, [...(paths.get(col) ?? []), text]);
    }
  });
  const lines = [...paths.entries()].map(([index, parts]) => ({ index, parts }));
  return { measures: classifyMeasures(lines), headerStart: headerRows[0] ?? firstRow, extentEnd: right };
}

/** Whether a column holds texts where this table's lines hold figures: another table's labels. */
function holdsLabels(view: SheetView, rows: number[], col: number): boolean {
  let texts = 0;
  let numbers = 0;
  for (const row of rows) {
    const kind = kindOf(view.cell(row, col));
    if (kind === 'text') texts++;
    else if (kind === 'number') numbers++;
  }
  return texts >= 2 && texts >= numbers;
}

/** The lowest header row above the figures: the row above, or above one or two blank rows left under the header. */
function headerBottomAbove(view: SheetView, firstRow: number, labelLine: number): number {
  let row = firstRow - 1;
  for (let skipped = 0; skipped < MAX_BLANK_UNDER_HEADER && row > view.top && !view.rowHasCells(row, labelLine); skipped++) row--;
  return row;
}

/** Funds across the columns: measure rows below the names, their labels in the columns to the left. */
export function readRowMeasures(view: SheetView, axis: FundAxis, lastRow = view.bottom): MeasureLayout {
  const bodyCols = axis.entries.map((e) => e.index);
  const firstCol = bodyCols[0];
  const labelCols: number[] = [];
  for (let col = firstCol - 1; col >= view.left && labelCols.length < MAX_LABEL_COLUMNS; col--) labelCols.unshift(col);
  let bottom = axis.line;
  let lastFigures = axis.line;
  for (let row = axis.line + 1; row <= lastRow; row++) {
    const figures = bodyCols.some((col) => kindOf(view.cell(row, col)) !== 'empty');
    if (!figures && !labelCols.some((col) => isHeaderText(view.text(row, col)))) break;
    bottom = row;
    if (figures) lastFigures = row;
  }
  // Label rows after the last figures (the next table's title) are not this table's.
  bottom = lastFigures;
  const activeLabelCols = labelCols.filter((col) => {
    for (let row = axis.line + 1; row <= bottom; row++) if (isHeaderText(view.mergedText(row, col))) return true;
    return false;
  });
  const carried = new Map<number, string>();
  const lines: { index: number; parts: string[] }[] = [];
  for (let row = axis.line + 1; row <= bottom; row++) {
    const parts = activeLabelCols.map((col, depth) => {
      let text = view.mergedText(row, col);
      // Outer labels (预算, 2019年, 收入对比分析) are merged down their block: carry them down, but not the inner one.
      if (!text && depth < activeLabelCols.length - 1) text = carried.get(col) ?? '';
      if (text) carried.set(col, text);
      return text;
    });
    lines.push({ index: row, parts });
  }
  return { measures: classifyMeasures(lines), headerStart: activeLabelCols[0] ?? firstCol, extentEnd: bottom };
}

const BALANCE_ROLES: MeasureRole[] = ['openingBalance', 'netBalance', 'closingBalance'];

/**
 * Roles from header words; then years decide between this year and last: within a flow, the latest year named
 * is 本年 and the one before it 上年 (`2020年完成数` / `2019年完成数`, or hami-2019's bare `2019年` / `2018年`).
 */
function classifyMeasures(lines: { index: number; parts: string[] }[]): Measure[] {
  const raw = lines.map(({ index, parts }) => {
    const header = parts.map(normaliseWord).filter(Boolean).join(' ');
    const inner = parts[parts.length - 1] ?? '';
    const role = measureRoleOf(inner) ?? measureRoleOf(header);
    const year = yearOf(header);
    let flow: Flow | null = flowOf(header);
    if (role && BALANCE_ROLES.includes(role)) flow = 'balance';
    return { index, header, flow, role: role ?? (year !== null ? ('actual' as MeasureRole) : null), year, yearOnly: role === null };
  });
  const flows = new Set(raw.map((m) => m.flow).filter((f) => f !== null));
  if (flows.size === 1) {
    const only = [...flows][0];
    for (const m of raw) if (m.flow === null) m.flow = only;
  }
  // With several flows, a line naming none (增幅% under 本年收入 / 上年收入) belongs to the flow of the lines above it.
  let previous: Flow | null = null;
  for (const m of raw) {
    if (m.flow === null && m.role) m.flow = previous;
    if (m.flow !== null) previous = m.flow;
  }
  const measures: Measure[] = [];
  for (const m of raw) if (m.role) measures.push({ index: m.index, header: m.header, flow: m.flow, role: m.role, year: m.year });
  resolveYears(measures);
  return measures;
}

function resolveYears(measures: Measure[]): void {
  const groups = new Map<string, Measure[]>();
  for (const m of measures) {
    if (m.role !== 'actual' || m.year === null) continue;
    const key = String(m.flow);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const group of groups.values()) {
    const years = [...new Set(group.map((m) => m.year as number))].sort((a, b) => b - a);
    if (years.length < 2) continue;
    for (const m of group) if (m.year === years[1]) m.role = 'prior';
  }
}
