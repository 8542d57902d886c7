import { toA1 } from '../../core';
import { isNoFill, Slicer, type CellContent, type CellFill, type WriteOp } from '../shared';
import type { HostContext, HostRange, HostRangeFill } from './HostContext';
import { rectAddress, type HostLimits } from './limits';
import { WriteBatcher, writeBytes } from './WriteBatcher';

/** Queue the shared writes as Office.js calls, in order, sending them in as few syncs as the payload budget allows. */
export async function applyWrites(context: HostContext, ops: WriteOp[], limits: HostLimits, fullFills: boolean, excelApi = LATEST_EXCEL_API): Promise<void> {
  const batcher = new WriteBatcher(context, limits);
  const range = (rect: { sheetId: string; row: number; col: number; rowCount: number; columnCount: number }) =>
    context.workbook.worksheets.getItem(rect.sheetId).getRange(rectAddress(rect));
  const slicer = new Slicer();
  for (const op of ops) {
    await slicer.maybeYield();
    switch (op.kind) {
      case 'paint':
        await batcher.add(writeBytes(op), () => paint(range(op.rect).format.fill, op.color));
        break;
      case 'restoreFill':
        await batcher.add(writeBytes(op), () => restoreFill(range(op.rect).format.fill, op.fill, fullFills));
        break;
      case 'setCell':
        await batcher.add(writeBytes(op), () => setCell(range({ ...op.at, rowCount: 1, columnCount: 1 }), op.content, op.format));
        break;
      case 'addSheet':
        await batcher.add(writeBytes(op), () => void context.workbook.worksheets.add(op.name));
        break;
      case 'deleteSheet':
        await batcher.add(writeBytes(op), () => context.workbook.worksheets.getItem(op.sheetId).delete());
        break;
      case 'setNote':
        await batcher.add(writeBytes(op), () => {
          const notes = context.workbook.worksheets.getItem(op.at.sheetId).notes;
          const address = toA1(op.at.row, op.at.col);
          if (op.text === null) notes.getItemOrNullObject(address).delete();
          else if (op.exists) notes.getItemOrNullObject(address).content = op.text;
          else notes.add(address, op.text);
        });
        break;
      case 'layoutSheet':
        await batcher.add(writeBytes(op), () => layoutSheet(context, op, excelApi));
        break;
      case 'store':
        await batcher.add(writeBytes(op), () => {
          if (op.value === null) context.workbook.settings.getItem(op.key).delete();
          else context.workbook.settings.add(op.key, op.value);
        });
        break;
    }
  }
  await batcher.flush();
}

/** The newest ExcelApi 1.x the adapter knows of: what it assumes where the host did not say. */
export const LATEST_EXCEL_API = 20;

/** Points per character of a column's width in Excel's default font (11 pt): 8.43 characters are 64 px, 48 pt. */
const POINTS_PER_CHARACTER = 48 / 8.43;

/** Column widths (ExcelApi 1.2), frozen rows (1.7), a filter and A4 landscape (1.9): each only where Excel has it. */
function layoutSheet(context: HostContext, op: Extract<WriteOp, { kind: 'layoutSheet' }>, excelApi: number): void {
  const sheet = context.workbook.worksheets.getItem(op.sheetId);
  op.widths.forEach((characters, col) => {
    sheet.getRange(rectAddress({ row: op.filter.row, col, rowCount: 1, columnCount: 1 })).format.columnWidth = Math.round(characters * POINTS_PER_CHARACTER);
  });
  if (excelApi >= 7 && op.freezeRows > 0) sheet.freezePanes.freezeRows(op.freezeRows);
  if (excelApi >= 9) {
    sheet.autoFilter.apply(rectAddress(op.filter));
    sheet.pageLayout.orientation = 'Landscape';
    sheet.pageLayout.paperSize = 'A4';
  }
}

/** A solid mark: cleared first, so a patterned cell does not keep its pattern over the mark. */
function paint(fill: HostRangeFill, color: string): void {
  fill.clear();
  fill.color = color;
}

/** Put back a saved fill; "no fill" is cleared rather than painted white, which would look the same but is not. */
function restoreFill(fill: HostRangeFill, saved: CellFill, fullFills: boolean): void {
  fill.clear();
  if (isNoFill(saved)) return;
  fill.color = saved.color;
  if (!fullFills) return;
  if (saved.pattern !== 'Solid') fill.pattern = saved.pattern;
  if (saved.patternColor !== undefined && saved.pattern !== 'Solid') fill.patternColor = saved.patternColor;
  if (saved.tintAndShade !== undefined) fill.tintAndShade = saved.tintAndShade;
  if (saved.patternTintAndShade !== undefined) fill.patternTintAndShade = saved.patternTintAndShade;
}

/**
 * Write a cell as what it is. Excel parses strings written through `values` as if typed ('5' becomes a number,
 * '98%' a percentage, '2018-12-31' a date), so text is written under the text format '@' and the cell's own format
 * is set back after; a formula goes through `formulas`. The number format goes first, so Excel does not
 * re-interpret a number under the old one.
 */
export function setCell(range: HostRange, content: CellContent, format: boolean): void {
  const text = typeof content.value === 'string' && !content.error && !content.formula;
  if (format) range.numberFormat = [[text ? '@' : content.numberFormat]];
  if (content.formula) range.formulas = [[content.formula]];
  else range.values = [[content.value === null ? '' : content.value]];
  if (format && text) range.numberFormat = [[content.numberFormat]];
}
