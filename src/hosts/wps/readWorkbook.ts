import { cellsFromRows, type GridCell, type SheetGrid, type WorkbookGrid } from '../../core';
import type { ReadProgress } from '../WorkbookHost';
import { isString, rowsOf, uniformOf } from './readShape';
import { sheetIndex, type SheetInfo } from './sheetIndex';
import { posKey, readOverBounds, regionA1, type Pos } from './uniformReads';
import type { WpsApplication, WpsRange, WpsWorkbook, WpsWorksheet } from './WpsApi';
import { keptFormat, wpsGridCell } from './wpsCell';
import { WpsHostError } from './wpsErrors';

export interface WpsLimits {
  /** Cells asked for in one Value2 / Formula read; a larger used range is read in blocks of whole rows. */
  readonly maxCellsPerRead: number;
}

export const WPS_LIMITS: WpsLimits = { maxCellsPerRead: 100_000 };

interface SheetPlan {
  worksheet: WpsWorksheet;
  grid: SheetGrid;
  used: WpsRange;
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
}

/** The open workbook, or a clear problem when WPS has none open (the pane was opened from the start page). */
export function activeWorkbook(app: WpsApplication): WpsWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new WpsHostError('WpsNoWorkbook', '没有打开的工作簿：请先在 WPS 表格中打开要核对的报表，再点击按钮。');
  return workbook;
}

/**
 * Read every worksheet's used range into core grids: per sheet a constant number of calls (name, visibility,
 * protection, used range, then Value2 and Formula over the whole range), and number formats for the cells holding
 * numbers asked over areas, not cell by cell. Hidden sheets are read too, and marked.
 */
export async function readWorkbook(app: WpsApplication, limits: WpsLimits, onProgress?: ReadProgress): Promise<WorkbookGrid> {
  const workbook = activeWorkbook(app);
  const plans = [...sheetIndex(workbook)].map(([name, info]) => planSheet(name, info));

  const total = plans.reduce((n, p) => n + p.rowCount * p.columnCount, 0);
  let done = 0;
  for (const plan of plans) {
    const rows: GridCell[][] = [];
    const rowsPerRead = Math.max(1, Math.floor(limits.maxCellsPerRead / plan.columnCount));
    for (let r = 0; r < plan.rowCount; r += rowsPerRead) {
      const count = Math.min(rowsPerRead, plan.rowCount - r);
      const range = count === plan.rowCount ? plan.used : plan.worksheet.Range(regionA1({ top: plan.top + r, left: plan.left, bottom: plan.top + r + count - 1, right: plan.left + plan.columnCount - 1 }));
      rows.push(...readBlock(range, count, plan.columnCount));
      done += count * plan.columnCount;
      onProgress?.(done, total);
      // WPS calls block the pane's thread; let it paint the progress between blocks.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
    plan.grid.cells = cellsFromRows(rows, { row: plan.top, col: plan.left });
    addNumberFormats(plan.worksheet, plan.grid);
  }
  return { name: workbook.Name, sheets: plans.map((p) => p.grid) };
}

function planSheet(name: string, { worksheet, protected: locked, visibility }: SheetInfo): SheetPlan {
  const used = worksheet.UsedRange;
  const grid: SheetGrid = { name, cells: [], protected: locked, visibility };
  return { worksheet, grid, used, top: used.Row - 1, left: used.Column - 1, rowCount: used.Rows.Count, columnCount: used.Columns.Count };
}

/** One block of rows: Value2 always, Formula only when some cell holds one (HasFormula is false otherwise). */
function readBlock(range: WpsRange, rowCount: number, columnCount: number): GridCell[][] {
  const values = rowsOf(range.Value2, rowCount, columnCount, '单元格值（Value2）');
  const formulas = range.HasFormula === false ? null : rowsOf(range.Formula, rowCount, columnCount, '单元格公式（Formula）');
  return values.map((row, r) => row.map((value, c) => wpsGridCell(value, formulas ? formulas[r][c] : undefined)));
}

/** Number formats matter for cells holding numbers (a percentage, the decimals of a score); only those are asked. */
function addNumberFormats(worksheet: WpsWorksheet, grid: SheetGrid): void {
  const numeric: Pos[] = grid.cells.filter((c) => typeof c.value === 'number');
  const formats = readOverBounds(numeric, (box) =>
    uniformOf(worksheet.Range(regionA1(box)).NumberFormat, box.bottom - box.top + 1, box.right - box.left + 1, '数字格式（NumberFormat）', isString),
  );
  for (const cell of grid.cells) {
    const format = formats.get(posKey(cell));
    const kept = format === undefined ? undefined : keptFormat(format);
    if (kept) cell.numberFormat = kept;
  }
}
