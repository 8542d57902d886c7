import { rangeToA1, toA1 } from '../../core';
import type { CellContent, SheetRect, WriteOp } from '../shared';
import type { DocumentStore } from './documentStore';
import type { WpsRange, WpsWorksheet } from './WpsApi';
import { MAX_ADDRESS_TEXT, XL_PAGE } from './wpsConstants';
import { paint, restoreFill } from './wpsFills';

type SetCell = Extract<WriteOp, { kind: 'setCell' }>;
type FillOp = Extract<WriteOp, { kind: 'paint' | 'restoreFill' }>;

export interface WriteTarget {
  worksheet(sheetId: string): WpsWorksheet;
  store(): DocumentStore;
  /** A new sheet of this name after the last one. */
  addSheet(name: string): void;
  /** Remove a sheet FundCheck added, without WPS asking the user. */
  deleteSheet(sheetId: string): void;
  /** Freeze the top rows of a sheet (a window's setting: the sheet is shown). */
  freezeRows(sheetId: string, rows: number): void;
}

/**
 * The shared writes as WPS calls, in order, in as few calls as the object model allows: consecutive marks of one
 * colour (or restores of one fill) on a sheet go to multi-area ranges ("B3:B9,F7", under the 255-character address
 * limit), three or five Interior properties per range; consecutive numbers written down a column go as one Value2
 * array; a stored entry goes to the workbook's custom document properties.
 */
export function applyWrites(target: WriteTarget, ops: WriteOp[]): void {
  for (let i = 0; i < ops.length;) {
    const op = ops[i];
    let j = i + 1;
    if (op.kind === 'paint' || op.kind === 'restoreFill') {
      while (j < ops.length && sameFillOp(op, ops[j])) j++;
      const worksheet = target.worksheet(op.rect.sheetId);
      for (const address of joinedAddresses(ops.slice(i, j).map((o) => (o as FillOp).rect))) {
        const interior = worksheet.Range(address).Interior;
        if (op.kind === 'paint') paint(interior, op.color);
        else restoreFill(interior, op.fill);
      }
    } else if (op.kind === 'setCell') {
      while (plainNumber(op) && j < ops.length && continuesColumn(ops[j - 1] as SetCell, ops[j])) j++;
      writeCells(target.worksheet(op.at.sheetId), ops.slice(i, j) as SetCell[]);
    } else if (op.kind === 'addSheet') {
      target.addSheet(op.name);
    } else if (op.kind === 'deleteSheet') {
      target.deleteSheet(op.sheetId);
    } else if (op.kind === 'setNote') {
      // A note's text is replaced by a new note: WPS's Comment.Text inserts rather than replaces by default.
      const range = target.worksheet(op.at.sheetId).Range(toA1(op.at.row, op.at.col));
      if (op.exists) range.Comment?.Delete();
      if (op.text !== null) range.AddComment(op.text);
    } else if (op.kind === 'layoutSheet') {
      const worksheet = target.worksheet(op.sheetId);
      op.widths.forEach((characters, col) => {
        worksheet.Range(toA1(op.filter.row, col)).ColumnWidth = characters;
      });
      worksheet.Range(rangeToA1({ top: op.filter.row, left: op.filter.col, bottom: op.filter.row + op.filter.rowCount - 1, right: op.filter.col + op.filter.columnCount - 1 })).AutoFilter();
      const setup = worksheet.PageSetup;
      setup.Orientation = XL_PAGE.landscape;
      setup.PaperSize = XL_PAGE.paperA4;
      if (op.freezeRows > 0) target.freezeRows(op.sheetId, op.freezeRows);
    } else {
      target.store().write(op.key, op.value);
    }
    i = j;
  }
}

function sameFillOp(a: FillOp, b: WriteOp): boolean {
  if (b.kind !== a.kind || b.rect.sheetId !== a.rect.sheetId) return false;
  return a.kind === 'paint' ? (b as typeof a).color === a.color : JSON.stringify((b as typeof a).fill) === JSON.stringify(a.fill);
}

/** A number (or boolean) written with its format: such writes down a column can share one Value2 array. */
function plainNumber(op: SetCell): boolean {
  const { value, formula, error } = op.content;
  return (typeof value === 'number' || typeof value === 'boolean') && !formula && !error;
}

function continuesColumn(previous: SetCell, next: WriteOp): boolean {
  return (
    next.kind === 'setCell' &&
    plainNumber(next) &&
    next.at.sheetId === previous.at.sheetId &&
    next.at.col === previous.at.col &&
    next.at.row === previous.at.row + 1 &&
    next.format === previous.format &&
    next.content.numberFormat === previous.content.numberFormat
  );
}

function writeCells(worksheet: WpsWorksheet, run: SetCell[]): void {
  const [first] = run;
  if (run.length === 1) {
    setCell(worksheet.Range(toA1(first.at.row, first.at.col)), first.content, first.format);
    return;
  }
  const range = worksheet.Range(rangeToA1({ top: first.at.row, left: first.at.col, bottom: first.at.row + run.length - 1, right: first.at.col }));
  // Format before value, so WPS does not re-interpret the number under the old format.
  if (first.format) range.NumberFormat = first.content.numberFormat;
  range.Value2 = run.map((op) => [op.content.value]);
}

/**
 * Write a cell as what it is. WPS, like Excel, parses text written through Value2 as if typed ('5' becomes a number,
 * '98%' a percentage), so text is written under the text format '@' and the cell's own format set back after; a
 * formula goes through Formula; an error typed as a constant (#N/A) is entered as typed; empty is ClearContents.
 */
export function setCell(range: WpsRange, content: CellContent, format: boolean): void {
  const text = typeof content.value === 'string' && !content.error && !content.formula;
  if (format) range.NumberFormat = text ? '@' : content.numberFormat;
  if (content.formula) range.Formula = content.formula;
  else if (content.value === null) range.ClearContents();
  else range.Value2 = content.value;
  if (format && text) range.NumberFormat = content.numberFormat;
}

/** Rectangles of one sheet as multi-area addresses, each within the 255-character limit. */
export function joinedAddresses(rects: SheetRect[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of rects) {
    const address =
      r.rowCount === 1 && r.columnCount === 1
        ? toA1(r.row, r.col)
        : rangeToA1({ top: r.row, left: r.col, bottom: r.row + r.rowCount - 1, right: r.col + r.columnCount - 1 });
    if (current && current.length + 1 + address.length > MAX_ADDRESS_TEXT) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) out.push(current);
  return out;
}
