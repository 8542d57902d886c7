import { bgrOf, XL_PATTERN } from '../../../../src/hosts/wps/wpsConstants';
import { PATTERN_CONSTANT } from '../../../../src/hosts/wps/wpsFills';
import type { WorkbookModel } from '../../excel/simulated/fake/WorkbookModel';
import { loadWorkbookModel } from '../../excel/simulated/loadWorkbookModel';
import { NO_FILL, type WpsCellModel, type WpsSheetModel, type WpsWorkbookModel } from './WpsModel';

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
      if (cell.fill && cell.fill.pattern !== 'None') {
        const pattern = PATTERN_CONSTANT[cell.fill.pattern] ?? XL_PATTERN.solid;
        out.interior = { ...NO_FILL, color: bgrOf(cell.fill.color), pattern, patternColor: bgrOf(cell.fill.patternColor || '#000000') };
      }
      cells[at] = out;
    }
    const visibility = (sheet as { visibility?: string }).visibility;
    const visible = visibility === 'hidden' ? 0 : visibility === 'veryHidden' ? 2 : -1;
    return { name: sheet.name, codeName: `Sheet${index + 1}`, visible, protectContents: Boolean(sheet.protected), cells } as WpsSheetModel;
  });
  return { name: model.name, sheets, properties: {}, activeSheet: sheets.find((s) => s.visible === -1)?.name ?? sheets[0]?.name ?? '' };
}
