import { isLineHidden, key, type CellModel, type LineSpan, type SheetModel, type WorkbookModel } from './excel/simulated/fake/WorkbookModel';

/**
 * Seeded workbooks with hidden rows and columns for both simulated hosts (WPS takes them through fromExcelModel),
 * and what a reader must report for them: the hidden lines among those holding a value.
 */
export function randomHiddenWorkbook(seed: number): WorkbookModel {
  let state = seed * 2654435761 + 1;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const int = (n: number) => Math.floor(random() * n);
  const sheets: SheetModel[] = Array.from({ length: 1 + int(3) }, (_, s) => {
    const top = int(20);
    const left = int(8);
    const rows = 1 + int(40);
    const columns = 1 + int(14);
    const density = 0.2 + random() * 0.8;
    const cells: Record<string, CellModel> = {};
    for (let r = top; r < top + rows; r++) for (let c = left; c < left + columns; c++) if (random() < density) cells[key(r, c)] = { value: r * 100 + c };
    // Now and then a stray entry far away, as a used range stretched to the sheet's end.
    if (random() < 0.2) cells[key(1_048_575 - int(3), 16_383 - int(3))] = { value: '末尾' };
    const spans = (extent: number, from: number, last: number): LineSpan[] =>
      Array.from({ length: int(4) }, () => {
        const first = from + int(extent + 2);
        // Sometimes to the sheet's last line: "all rows below 200 hidden", "E:XFD".
        return [first, random() < 0.25 ? last : first + int(4)] as LineSpan;
      });
    return { name: `表${s + 1}`, cells, hiddenRows: spans(rows, top, 1_048_575), hiddenColumns: spans(columns, left, 16_383) };
  });
  return { name: `hidden-${seed}.xlsx`, settings: {}, sheets };
}

/** Per sheet, the hidden rows and columns that hold a value, ascending. */
export function expectedHidden(model: { sheets: { name: string; cells: Record<string, unknown>; hiddenRows?: LineSpan[]; hiddenColumns?: LineSpan[] }[] }) {
  return model.sheets.map((sheet) => {
    const at = Object.keys(sheet.cells).map((k) => k.split(',').map(Number));
    const distinct = (lines: number[]) => [...new Set(lines)].sort((a, b) => a - b);
    return {
      name: sheet.name,
      hiddenRows: distinct(at.map(([r]) => r).filter((r) => isLineHidden(sheet.hiddenRows, r))),
      hiddenColumns: distinct(at.map(([, c]) => c).filter((c) => isLineHidden(sheet.hiddenColumns, c))),
    };
  });
}

/** The same of a grid a reader handed over (absent lists as empty). */
export function reportedHidden(grid: { sheets: { name: string; hiddenRows?: number[]; hiddenColumns?: number[] }[] }) {
  return grid.sheets.map((s) => ({ name: s.name, hiddenRows: s.hiddenRows ?? [], hiddenColumns: s.hiddenColumns ?? [] }));
}
