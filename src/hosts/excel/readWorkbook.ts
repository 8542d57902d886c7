import { cellsFromRows, type SheetGrid, type WorkbookGrid } from '../../core';
import type { HostContext, HostRange, HostWorksheet } from './HostContext';
import type { HostLimits } from './limits';
import type { ReadProgress } from '../WorkbookHost';
import { readRanges, type SheetRect } from './readRanges';

/**
 * Read every sheet's used range into core grids: sync 1 lists the sheets (with protection), sync 2 sizes their used
 * ranges, then the cells of all sheets go in one sync (more only for a workbook beyond the payload budget). The
 * count depends on the amount of data, never on the number of sheets.
 */
export async function readWorkbook(context: HostContext, name: string, limits: HostLimits, onProgress?: ReadProgress): Promise<WorkbookGrid> {
  const collection = context.workbook.worksheets;
  collection.load(['items/name', 'items/protection/protected']);
  await context.sync();

  const worksheets = new Map<string, HostWorksheet>(collection.items.map((w) => [w.name, w]));
  const used: [HostWorksheet, HostRange][] = collection.items.map((worksheet) => {
    const range = worksheet.getUsedRangeOrNullObject();
    range.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return [worksheet, range];
  });
  await context.sync();

  const rects: SheetRect[] = used
    .filter(([, range]) => !range.isNullObject)
    .map(([worksheet, range]) => ({ sheet: worksheet.name, row: range.rowIndex, col: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount }));
  const cells = await readRanges(context, worksheets, rects, limits, { numberFormats: true, onProgress });

  const sheets: SheetGrid[] = collection.items.map((worksheet) => {
    const rect = rects.find((r) => r.sheet === worksheet.name);
    return {
      name: worksheet.name,
      cells: rect ? cellsFromRows(cells.get(worksheet.name) ?? [], { row: rect.row, col: rect.col }) : [],
      protected: worksheet.protection.protected,
    };
  });
  return { name, sheets };
}
