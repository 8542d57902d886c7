import type { CellRange, RawCellValue, SheetCell } from '../../core';
import { decodeAddress, decodeRange } from './cellAddress';
import { columnSpan, hiddenColumnsOf, type LineSpan } from './hiddenLines';
import type { ReadLimits } from './limits';
import { ReportRowFilter } from './ReportRowFilter';
import { shiftFormula } from './shiftFormula';
import { isTrue, unescapeText } from './xmlValues';
import { parsePart } from './xmlEvents';
import type { ZipPackage } from './ZipPackage';

/** What every sheet of a workbook reads against. */
export interface SheetContext {
  strings: string[];
  /** Number format per cell style index. */
  formats: (string | undefined)[];
  /** Per cell style index, whether its format shows numbers as dates. */
  dateStyles: boolean[];
  date1904: boolean;
  /** Per shared string, whether it mentions a report word (decided once per string, lazily). */
  stringMentions(index: number): boolean;
  mentionsReportWord(text: string): boolean;
  limits: ReadLimits;
}

export interface SheetContent {
  cells: SheetCell[];
  merges: CellRange[];
  /** `<sheetProtection sheet="1|true">`: the sheet's cells are locked. */
  protected: boolean;
  /** Rows of a very large sheet left out because no report word was near them. */
  droppedRows: number;
  /** Hidden rows and columns that hold a kept cell (SheetGrid.hiddenRows / hiddenColumns): ascending. */
  hiddenRows: number[];
  hiddenColumns: number[];
}

const CAPTURE_NONE = 0;
const CAPTURE_VALUE = 1;
const CAPTURE_FORMULA = 2;
const CAPTURE_TEXT = 3;

/**
 * Stream one worksheet part: only cells holding a value or a formula are kept (a stray value at XFD1048576 costs
 * one cell), with their cached value as stored — a formula cached as 0 reads 0, one with no cached value reads
 * `{ value: null, formula }` — their number format, the merges and the sheet's protection, and which of the rows
 * and columns holding them are hidden (`<row hidden>`, `<col min max hidden>`; "1" or LibreOffice's "true"). A
 * hidden `<row>` without cells and hidden columns beyond the cells cost nothing: only spans are kept while
 * streaming, and the lists are made from the cells kept. (`<sheetFormatPr zeroHeight="1">` hides only rows that
 * have no `<row>` element, so never a row holding a cell.)
 */
export async function readSheet(pkg: ZipPackage, part: string, context: SheetContext, cellBudget = Infinity): Promise<SheetContent> {
  const rows = new ReportRowFilter(context.limits.fullSheetCells, context.limits.windowRows, cellBudget);
  const merges: CellRange[] = [];
  const hiddenColumns: LineSpan[] = [];
  const sharedFormulas = new Map<string, { text: string; row: number; col: number }>();
  let isProtected = false;
  let inSheetData = false;
  let rowIndex = -1;
  let rowCells: SheetCell[] = [];
  let rowAnchor = false;
  let rowHidden = false;
  let nextCol = 0;
  // The cell being read.
  let row = 0;
  let col = 0;
  let style = 0;
  let type = 'n';
  let value = '';
  let hasValue = false;
  let formula: string | undefined;
  let sharedId: string | undefined;
  let text = '';
  let inInline = false;
  let phonetic = 0;
  let capture = CAPTURE_NONE;

  const endRow = () => {
    if (rowCells.length > 0) rows.add({ index: rowIndex, cells: rowCells, anchor: rowAnchor, hidden: rowHidden });
    rowCells = [];
    rowAnchor = false;
  };

  const endCell = () => {
    if (formula !== undefined && sharedId !== undefined) {
      const master = sharedFormulas.get(sharedId);
      if (formula !== '') sharedFormulas.set(sharedId, { text: formula, row, col });
      else if (master) formula = shiftFormula(master.text, row - master.row, col - master.col);
    }
    const numberFormat = context.formats[style];
    let cellValue: RawCellValue = null;
    let anchorText: boolean | undefined;
    if (type === 'inlineStr') {
      cellValue = unescapeText(text);
      anchorText = context.mentionsReportWord(cellValue);
    } else if (hasValue) {
      if (type === 's') {
        const index = Number(value);
        cellValue = context.strings[index] ?? null;
        if (cellValue !== null) anchorText = context.stringMentions(index);
      } else if (type === 'str') {
        cellValue = unescapeText(value);
        anchorText = context.mentionsReportWord(cellValue);
      } else if (type === 'b') cellValue = value.trim() === '1' || value.trim() === 'true';
      else if (type === 'e') cellValue = { error: value.trim() };
      else if (type === 'd') cellValue = value.trim().slice(0, 10);
      else if (value.trim() !== '') {
        const number = Number(value);
        cellValue = Number.isFinite(number) ? number : value;
        if (typeof cellValue === 'number' && context.dateStyles[style]) cellValue = serialToIsoDate(cellValue, context.date1904);
      }
    }
    if ((cellValue === null || cellValue === '') && formula === undefined) return;
    if (anchorText) rowAnchor = true;
    const cell: SheetCell = { row, col, value: cellValue };
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    if (formula !== undefined) cell.formula = unescapeText(formula);
    rowCells.push(cell);
  };

  await parsePart(pkg, part, {
    open(name, a) {
      if (inSheetData) {
        if (name === 'c') {
          const at = a.r !== undefined ? decodeAddress(a.r) : null;
          row = at ? at.row : rowIndex;
          col = at ? at.col : nextCol;
          nextCol = col + 1;
          style = a.s !== undefined ? Number(a.s) : 0;
          type = a.t ?? 'n';
          value = '';
          hasValue = false;
          formula = undefined;
          sharedId = undefined;
          text = '';
          inInline = false;
        } else if (name === 'v') {
          capture = CAPTURE_VALUE;
          hasValue = true;
        } else if (name === 'f') {
          capture = CAPTURE_FORMULA;
          formula = '';
          if (a.t === 'shared' && a.si !== undefined) sharedId = a.si;
        } else if (name === 'is') inInline = true;
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && inInline && phonetic === 0) capture = CAPTURE_TEXT;
        else if (name === 'row') {
          endRow();
          rowIndex = a.r !== undefined ? Number(a.r) - 1 : rowIndex + 1;
          rowHidden = isTrue(a.hidden);
          nextCol = 0;
        }
      } else if (name === 'sheetData') inSheetData = true;
      else if (name === 'mergeCell' && a.ref) {
        const range = decodeRange(a.ref);
        if (range) merges.push(range);
      } else if (name === 'sheetProtection') isProtected = isTrue(a.sheet);
      else if (name === 'col' && isTrue(a.hidden)) {
        const span = columnSpan(a.min, a.max);
        if (span) hiddenColumns.push(span);
      }
    },
    close(name) {
      if (capture !== CAPTURE_NONE && (name === 'v' || name === 'f' || name === 't')) capture = CAPTURE_NONE;
      else if (name === 'c' && inSheetData) endCell();
      else if (name === 'rPh') phonetic--;
      else if (name === 'is') inInline = false;
      else if (name === 'sheetData') {
        endRow();
        inSheetData = false;
      }
    },
    text(chunk) {
      if (capture === CAPTURE_VALUE) value += chunk;
      else if (capture === CAPTURE_FORMULA) formula += chunk;
      else if (capture === CAPTURE_TEXT) text += chunk;
    },
  });
  const cells = rows.cellsKept();
  return {
    cells,
    merges,
    protected: isProtected,
    droppedRows: rows.dropped,
    hiddenRows: rows.hiddenRowsKept(),
    hiddenColumns: hiddenColumnsOf(cells, hiddenColumns),
  };
}

/** A date serial as the ISO date Excel shows (1900 system with its phantom 29 Feb 1900, or 1904). */
function serialToIsoDate(serial: number, date1904: boolean): string {
  const days = date1904 ? serial + 1462 : serial;
  const ms = Math.round((days - 25569) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}
