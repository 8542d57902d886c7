import ExcelJS from 'exceljs';
import * as path from 'path';
import { fixturePath } from '../../../helpers/grid';
import { key, type CellModel, type FillModel, type SheetModel, type WorkbookModel } from './fake/WorkbookModel';

/**
 * An .xlsx (a shared fixture by name, or a path) as the simulated host's plain JSON model: what Excel would show
 * through Office.js (cached formula results, "" for covered merge cells, number formats, solid fills, protection).
 * Node only; the browser tests receive the JSON.
 */
export async function loadWorkbookModel(nameOrPath: string): Promise<WorkbookModel> {
  const file = nameOrPath.includes('/') ? nameOrPath : fixturePath(nameOrPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: SheetModel[] = [];
  workbook.eachSheet((worksheet) => {
    const cells: Record<string, CellModel> = {};
    worksheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const model = toCellModel(cell);
        if (model) cells[key(r - 1, c - 1)] = model;
      });
    });
    const protection = (worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    sheets.push({ name: worksheet.name, protected: Boolean(protection?.sheet), cells });
  });
  return { name: path.basename(file), sheets, settings: {}, activeSheet: sheets[0]?.name };
}

function toCellModel(cell: ExcelJS.Cell): CellModel | null {
  const out: CellModel = {};
  if (cell.numFmt && cell.numFmt !== 'General') out.numberFormat = cell.numFmt;
  const fill = toFill(cell.fill);
  if (fill) out.fill = fill;
  if (cell.type !== ExcelJS.ValueType.Merge) Object.assign(out, toValue(cell.value));
  return Object.keys(out).length > 0 ? out : null;
}

function toValue(value: ExcelJS.CellValue): CellModel {
  if (value === null || value === undefined) return {};
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: value.getTime() / 86_400_000 + 25_569 }; // Excel's date serial
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as ExcelJS.CellFormulaValue;
    const result = toValue((f.result ?? null) as ExcelJS.CellValue);
    return { ...result, formula: `=${f.formula ?? (value as { sharedFormula?: string }).sharedFormula ?? ''}` };
  }
  if ('richText' in value) return { value: value.richText.map((p) => p.text).join('') };
  if ('error' in value) return { error: String(value.error) };
  if ('text' in value) return { value: String((value as { text: unknown }).text) };
  return { value: String(value) };
}

function toFill(fill: ExcelJS.Fill | undefined): FillModel | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
  const argb = fill.fgColor?.argb;
  const color = argb ? `#${argb.slice(-6).toUpperCase()}` : '#FFFFFF';
  return { color, pattern: fill.pattern === 'solid' ? 'Solid' : fill.pattern, patternColor: '#000000' };
}
