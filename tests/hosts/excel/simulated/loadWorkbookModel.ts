import ExcelJS from 'exceljs';
import * as path from 'path';
import { fixturePath } from '../../../helpers/grid';
import { key, THEME_COLORS, type CellModel, type FillModel, type LineSpan, type SheetModel, type WorkbookModel } from './fake/WorkbookModel';

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
    const visibility = VISIBILITY[worksheet.state] ?? 'Visible';
    const { hiddenRows, hiddenColumns } = hiddenSpans(worksheet);
    sheets.push({
      name: worksheet.name,
      ...(visibility !== 'Visible' ? { visibility } : {}),
      protected: Boolean(protection?.sheet),
      cells,
      ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
      ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    });
  });
  return { name: path.basename(file), sheets, settings: {}, activeSheet: sheets[0]?.name };
}

/**
 * Hidden rows and columns as spans: every hidden row exceljs read (with cells or not) and every hidden column
 * (exceljs keeps a Column per index up to a <col>'s max, so L:XFD arrives as 16,373 of them, joined again here).
 */
function hiddenSpans(worksheet: ExcelJS.Worksheet): { hiddenRows: LineSpan[]; hiddenColumns: LineSpan[] } {
  const join = (lines: number[]): LineSpan[] => {
    const out: LineSpan[] = [];
    for (const line of lines) {
      const last = out[out.length - 1];
      if (last && line === last[1] + 1) last[1] = line;
      else out.push([line, line]);
    }
    return out;
  };
  const rows: number[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) rows.push(r - 1);
  });
  const columns = (worksheet.columns ?? []).flatMap((column, i) => (column.hidden ? [i] : []));
  return { hiddenRows: join(rows), hiddenColumns: join(columns) };
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

const VISIBILITY: Record<string, SheetModel['visibility']> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

/** OOXML theme colour indexes (lt1, dk1, lt2, dk2, accent1…6) as Excel's theme names. */
const THEME_INDEX: (keyof typeof THEME_COLORS)[] = ['light1', 'dark1', 'light2', 'dark2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'];

/** OOXML pattern names as Office.js's FillPattern. */
const PATTERNS: Record<string, string> = {
  solid: 'Solid',
  darkGray: 'Gray75',
  mediumGray: 'Gray50',
  lightGray: 'Gray25',
  gray125: 'Gray16',
  gray0625: 'Gray8',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
};

type ColorSpec = { argb?: string; theme?: number; tint?: number } | undefined;

function toFill(fill: ExcelJS.Fill | undefined): FillModel | null {
  if (!fill) return null;
  if (fill.type === 'gradient') {
    const stops = (fill.stops ?? []).map((s) => rgb(s.color as ColorSpec));
    return { pattern: 'Solid', gradient: { kind: fill.gradient === 'path' ? 'RectangularGradient' : 'LinearGradient', stops } };
  }
  if (fill.type !== 'pattern' || fill.pattern === 'none') return null;
  // Excel's pattern fills paint fgColor as the cell's colour (solid) or the pattern's background colour.
  const fg = fill.fgColor as ColorSpec;
  const out: FillModel = { pattern: PATTERNS[fill.pattern] ?? 'Solid' };
  if (fg?.theme !== undefined && THEME_INDEX[fg.theme]) out.themeColor = THEME_INDEX[fg.theme];
  else out.color = rgb(fg);
  if (fg?.tint) out.tintAndShade = fg.tint;
  if (out.pattern !== 'Solid') out.patternColor = rgb(fill.bgColor as ColorSpec);
  return out;
}

function rgb(color: ColorSpec): string {
  return color?.argb ? `#${color.argb.slice(-6).toUpperCase()}` : '#FFFFFF';
}
