import type { SheetInfo } from '../shared';
import { WpsShapeError } from './readShape';
import type { WpsApplication, WpsWorkbook, WpsWorksheet } from './WpsApi';
import { visibilityOf } from './wpsConstants';
import { WpsHostError } from './wpsErrors';

/** The open workbook, or a clear problem when WPS has none open (the pane was opened from the start page). */
export function activeWorkbook(app: WpsApplication): WpsWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new WpsHostError('WpsNoWorkbook', '没有打开的工作簿：请先在 WPS 表格中打开要核对的报表，再点击按钮。');
  return workbook;
}

export interface WorkbookSheets {
  /** In workbook order. */
  infos: SheetInfo[];
  byId: Map<string, WpsWorksheet>;
}

/**
 * The workbook's worksheets with a stable id, protection and visibility: a few calls a sheet, never one per cell.
 * The id is the code name (Sheet1, …), which WPS keeps across renames and moves; where WPS gives none (or repeats
 * one) the sheet's name stands in, so a sheet renamed after a check is then reported as gone rather than confused.
 */
export function readSheets(workbook: WpsWorkbook): WorkbookSheets {
  const worksheets = workbook.Worksheets;
  const found: { worksheet: WpsWorksheet; info: SheetInfo; codeName: unknown }[] = [];
  for (let i = 1, count = worksheets.Count; i <= count; i++) {
    const worksheet = worksheets.Item(i);
    const name = worksheet.Name;
    const visible = worksheet.Visible;
    const visibility = visibilityOf(visible);
    if (!visibility) throw new WpsShapeError(`工作表「${name}」的 Visible`, ' -1、0 或 2', visible);
    const isProtected = worksheet.ProtectContents === true;
    const allowFormatCells = !isProtected || worksheet.Protection.AllowFormattingCells === true;
    found.push({ worksheet, codeName: worksheet.CodeName, info: { id: '', name, visibility, protected: isProtected, allowFormatCells } });
  }
  const codes = found.map((f) => f.codeName);
  const usable = codes.every((c) => typeof c === 'string' && c !== '') && new Set(codes).size === codes.length;
  for (const f of found) f.info.id = usable ? `code:${String(f.codeName)}` : `name:${f.info.name}`;
  return { infos: found.map((f) => f.info), byId: new Map(found.map((f) => [f.info.id, f.worksheet])) };
}
