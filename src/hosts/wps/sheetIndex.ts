import type { SheetVisibility } from '../../core';
import { WpsShapeError } from './readShape';
import type { WpsWorkbook, WpsWorksheet } from './WpsApi';
import { visibilityOf } from './wpsConstants';

export interface SheetInfo {
  /** Stable across renames: the code name, or the sheet's name where WPS gives no usable code name. */
  id: string;
  worksheet: WpsWorksheet;
  protected: boolean;
  visibility: SheetVisibility;
}

/**
 * The workbook's worksheets by name, with protection and visibility: a few calls a sheet, never a call per cell.
 * Looking sheets up by name this way (rather than Item(name), which throws when the sheet is gone) tells a deleted
 * sheet apart from any other failure.
 */
export function sheetIndex(workbook: WpsWorkbook): Map<string, SheetInfo> {
  const worksheets = workbook.Worksheets;
  const index = new Map<string, SheetInfo>();
  for (let i = 1, count = worksheets.Count; i <= count; i++) {
    const worksheet = worksheets.Item(i);
    const name = worksheet.Name;
    const visible = worksheet.Visible;
    const visibility = visibilityOf(visible);
    if (!visibility) throw new WpsShapeError(`工作表「${name}」的 Visible`, ' -1、0 或 2', visible);
    const codeName = worksheet.CodeName;
    index.set(name, { id: typeof codeName === 'string' && codeName !== '' ? `code:${codeName}` : `name:${name}`, worksheet, protected: worksheet.ProtectContents === true, visibility });
  }
  // Code names are unique in a workbook; should WPS ever repeat one, fall back to names rather than confuse sheets.
  const ids = [...index.values()].map((s) => s.id);
  if (new Set(ids).size !== ids.length) for (const [name, info] of index) info.id = `name:${name}`;
  return index;
}
