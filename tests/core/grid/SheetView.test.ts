import { analyseWorkbook, cellsFromRows } from '../../../src/core';
import { SheetView } from '../../../src/core/grid/SheetView';
import { asReport, sheetFromRows, workbookOf } from '../../helpers/grid';

const LAST_ROW = 1048575;
const LAST_COL = 16383;

describe('SheetView over the cells that hold something', () => {
  it('answers lookups, scans and merged text without walking the bounding box', () => {
    const view = new SheetView({
      name: 's',
      cells: [
        { row: 2, col: 1, value: '基金收入' },
        { row: 2, col: 5, value: 12 },
        { row: LAST_ROW, col: LAST_COL, value: 'x' },
      ],
      merges: [{ top: 2, left: 1, bottom: 3, right: 4 }],
    });
    expect([view.top, view.left, view.bottom, view.right]).toEqual([2, 1, LAST_ROW, LAST_COL]);
    expect(view.rows()).toEqual([2, LAST_ROW]);
    expect(view.columnsIn(2)).toEqual([1, 5]);
    expect(view.columnsIn(2, 2)).toEqual([5]);
    expect(view.rowsIn(LAST_COL)).toEqual([LAST_ROW]);
    expect(view.text(2, 5)).toBe('12');
    expect(view.cell(100, 100)).toEqual({ value: null });
    expect(view.mergedText(3, 4)).toBe('基金收入');
    expect(view.mergedText(4, 4)).toBe('');
  });

  it('drops empty cells from dense rows but keeps a formula that was never calculated', () => {
    expect(cellsFromRows([[{ value: null }, { value: '' }, { value: null, formula: 'SUM(A1:A3)' }, { value: 0 }]], { row: 5, col: 2 })).toEqual([
      { row: 5, col: 4, value: null, formula: 'SUM(A1:A3)' },
      { row: 5, col: 5, value: 0 },
    ]);
  });

  it('checks a table beside one stray value in the last cell of the sheet as quickly as the table alone', () => {
    const table = sheetFromRows('表', [
      ['险种', '本年完成数', '上年完成数', '增减额'],
      ['失业保险', 12799, 14236, -1437],
      ['工伤保险', 4326, 7139, -2813],
      ['合计', 17125, 21375, -4000],
    ]);
    const alone = asReport(analyseWorkbook(workbookOf(table)));
    const started = Date.now();
    const withStray = asReport(analyseWorkbook(workbookOf({ ...table, cells: [...table.cells, { row: LAST_ROW, col: LAST_COL, value: '备注' }] })));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(withStray.findings).toEqual(alone.findings);
    expect(withStray.findings.map((f) => [f.cell, f.severity])).toEqual([['D4', 'error']]);
  });
});
