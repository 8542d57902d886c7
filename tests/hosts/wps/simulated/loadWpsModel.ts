import { bgrOf, XL_PATTERN } from '../../../../src/hosts/wps/wpsConstants';
import { PATTERN_CONSTANT } from '../../../../src/hosts/wps/wpsFills';
import { THEME_COLORS, type FillModel, type WorkbookModel } from '../../excel/simulated/fake/WorkbookModel';
import { loadWorkbookModel } from '../../excel/simulated/loadWorkbookModel';
import { NO_FILL, type WpsCellModel, type WpsInteriorModel, type WpsSheetModel, type WpsWorkbookModel } from './WpsModel';

/** A shared fixture (by name or path), as WPS would show it: loaded by the Excel simulation's loader, then translated. */
export async function loadWpsModel(nameOrPath: string): Promise<WpsWorkbookModel> {
  return fromExcelModel(await loadWorkbookModel(nameOrPath));
}

export function fromExcelModel(model: WorkbookModel): WpsWorkbookModel {
  const sheets = model.sheets.map((sheet, index) => {
    const cells: Record<string, WpsCellModel> = {};
    for (const [at, cell] of Object.entries(sheet.cells)) {
      const out: WpsCellModel = {};
      if (cell.value !== undefined && cell.value !== null && cell.value !== '') out.value = cell.value;
      if (cell.error) out.error = cell.error;
      if (cell.formula) out.formula = cell.formula;
      if (cell.numberFormat) out.numberFormat = cell.numberFormat;
      if (cell.fill && cell.fill.pattern !== 'None') out.interior = interiorOf(cell.fill);
      if (cell.border) out.formatted = true;
      if (cell.locked === false) out.locked = false;
      cells[at] = out;
    }
    const visible = sheet.visibility === 'Hidden' ? 0 : sheet.visibility === 'VeryHidden' ? 2 : -1;
    const allowFormattingCells = sheet.protection?.allowFormatCells === true;
    const hidden = { ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows } : {}), ...(sheet.hiddenColumns ? { hiddenColumns: sheet.hiddenColumns } : {}) };
    return { name: sheet.name, codeName: `Sheet${index + 1}`, visible, protectContents: Boolean(sheet.protected), ...(allowFormattingCells ? { allowFormattingCells } : {}), cells, ...hidden } as WpsSheetModel;
  });
  return { name: model.name, sheets, properties: {}, activeSheet: sheets.find((s) => s.visible === -1)?.name ?? sheets[0]?.name ?? '' };
}

/** A fill as WPS reports it: the theme colour resolved, BGR integers, an XlPattern constant. */
function interiorOf(fill: FillModel): WpsInteriorModel {
  const color = fill.gradient?.stops[0] ?? (fill.themeColor ? THEME_COLORS[fill.themeColor] : fill.color) ?? '#FFFFFF';
  const pattern = fill.gradient ? PATTERN_CONSTANT[fill.gradient.kind] : (PATTERN_CONSTANT[fill.pattern] ?? XL_PATTERN.solid);
  return {
    ...NO_FILL,
    color: bgrOf(color),
    pattern,
    patternColor: bgrOf(fill.patternColor ?? '#000000'),
    tintAndShade: fill.tintAndShade ?? 0,
    patternTintAndShade: fill.patternTintAndShade ?? 0,
  };
}
