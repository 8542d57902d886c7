import type { SheetView } from '../../grid/SheetView';
import type { CellValues } from '../../relations/CellValues';
import { identifyFund, includesFund, isNoteOrFooter, isOfWhichLabel, isTotalLabel, measureRoleOf, normaliseWord, yearOf, type FundId } from '../../vocabulary';
import type { ValueColumn } from './LineItemTable';

/** How many rows above a table's first total its header row may be. */
const HEADER_SEARCH_ROWS = 3;

export interface ValueColumnsResult {
  columns: ValueColumn[];
  rateColumns: ValueColumn[];
  headerRow: number | null;
}

/**
 * Amount columns to the right of the label column: columns of numbers over the table's rows. Rate columns
 * (mostly percentages, or headed 增长率/执行率) are left out: they are not sums. A column of mostly text is the
 * next table's label column, and a blank column after the amounts is the table's edge.
 */
export function findValueColumns(
  view: SheetView,
  values: CellValues,
  labelCol: number,
  top: number,
  bottom: number,
  floor = view.top,
): ValueColumnsResult {
  const headerRow = findHeaderRow(view, labelCol, top, floor);
  const columns: ValueColumn[] = [];
  const rateColumns: ValueColumn[] = [];
  let previous = labelCol;
  for (const col of view.columns(labelCol + 1)) {
    // A column with nothing in it, not even a header, after the amounts is the table's edge.
    if (col > previous + 1 && columns.length > 0) break;
    previous = col;
    const header = headerText(view, headerRow, col);
    const census = countCells(view, values, col, top, bottom);
    if (census.texts >= 2 && census.texts >= census.numbers) break;
    if (census.numbers === 0) {
      // Before the first amounts a blank column is the label's merged overflow; after them it is the edge.
      if (columns.length > 0 && !header) break;
      continue;
    }
    const role = measureRoleOf(header);
    const fund = fundOfHeader(header);
    const column = { col, header, key: columnKey(header), fillFormat: census.format, role, fund, ofWhich: fund !== null && isOfWhichLabel(header) };
    if (census.percents * 2 > census.numbers || role === 'growthRate' || role === 'executionRate') rateColumns.push(column);
    else columns.push(column);
  }
  markIncludedFunds(columns);
  markEarlierYears(columns);
  return { columns, rateColumns, headerRow };
}

interface Census {
  numbers: number;
  percents: number;
  texts: number;
  format?: string;
}

function countCells(view: SheetView, values: CellValues, col: number, top: number, bottom: number): Census {
  const census: Census = { numbers: 0, percents: 0, texts: 0 };
  for (let row = top; row <= bottom; row++) {
    const parsed = values.get({ sheet: view.name, row, col });
    if (parsed.kind === 'text') census.texts++;
    if (parsed.kind !== 'number') continue;
    census.numbers++;
    if (parsed.percent) census.percents++;
    const format = view.cell(row, col).numberFormat;
    if (!census.format && format && !/^general$/i.test(format) && format !== '@') census.format = format;
  }
  return census;
}

/** The nearest row above the first total (and below any table above it) with text in the label column or to its right. */
function findHeaderRow(view: SheetView, labelCol: number, top: number, floor: number): number | null {
  for (let row = top - 1; row >= Math.max(floor, top - HEADER_SEARCH_ROWS); row--) {
    for (const col of view.columnsIn(row, labelCol)) {
      const text = view.text(row, col);
      if (text && typeof view.cell(row, col).value === 'string' && !isNoteOrFooter(text)) return row;
    }
  }
  return null;
}

/** A column's header, taking the row above too when the header row is blank there (two-row headers). */
function headerText(view: SheetView, headerRow: number | null, col: number): string {
  if (headerRow === null) return '';
  const above = headerRow > view.top ? view.text(headerRow - 1, col) : '';
  return view.text(headerRow, col) || (isNoteOrFooter(above) ? '' : above);
}

/** `2020|actual`: the year and the kind of figure (and the fund, for a column per fund), so 收入表 and 支出表 columns of the same figure pair up. */
export function columnKey(header: string): string {
  const text = normaliseWord(header);
  const role = measureRoleOf(text);
  const measure = role === 'prior' || role === 'budget' ? role : 'actual';
  const fund = fundOfHeader(text);
  return `${yearOf(text) ?? ''}|${measure}${fund && fund !== 'total' ? `|${fund}` : ''}`;
}

function fundOfHeader(header: string): FundId | 'total' | null {
  if (!header) return null;
  return isTotalLabel(header) ? 'total' : identifyFund(header);
}

/** A 生育保险 column beside 职工医疗保险(含生育) is already counted there. */
function markIncludedFunds(columns: ValueColumn[]): void {
  const includesMaternity = columns.some((c) => c.fund === 'employeeMedical' && includesFund(c.header, 'maternity'));
  if (includesMaternity) for (const c of columns) if (c.fund === 'maternity') c.ofWhich = true;
}

/** `2019年决算数` beside `2020年决算数`: the year before the latest is last year's figure (上年数). */
function markEarlierYears(columns: ValueColumn[]): void {
  const dated = columns.filter((c) => c.role === 'actual' && yearOf(c.header) !== null);
  if (dated.length < 2) return;
  const latest = Math.max(...dated.map((c) => yearOf(c.header)!));
  for (const c of dated) if (yearOf(c.header) === latest - 1) c.role = 'prior';
}
