import { analyseWorkbook, type GridCell, type SheetGrid } from '../../../src/core';
import { a1, sheetFromRows, withCell, workbookOf } from '../../helpers/grid';

/**
 * Hidden rows, columns and sheets are not part of the tables a reader checks: their figures may confirm a
 * relation, are never reported as an error, and never take the place of a visible column of the same name.
 */
type Row = (string | number | null | GridCell)[];
const pct = (value: number): GridCell => ({ value, numberFormat: '0.00%' });

// B 本年完成数, C 上年完成数 (hidden in some tests), D 增长率 = (B − C) ÷ C.
const ROWS: Row[] = [
  ['险种', '本年完成数', '上年完成数', '增长率'],
  ['企业职工基本养老保险', 204813, 266682, pct(-0.232)],
  ['机关事业单位基本养老保险', 47161, 49980, pct(-0.0564)],
  ['工伤保险', 4326, 7139, pct(-0.394)],
  ['失业保险', 12799, 14236, pct(-0.1009)],
  ['合计', 269099, 338037, pct(-0.2039)],
];

function sheet(rows: Row[], hidden: Partial<Pick<SheetGrid, 'hiddenRows' | 'hiddenColumns' | 'visibility'>> = {}): SheetGrid {
  return { ...sheetFromRows('表', rows), ...hidden };
}
const errors = (grid: SheetGrid) => analyseWorkbook(workbookOf(grid)).findings.filter((f) => f.severity === 'error');

describe('hidden figures', () => {
  it('a hidden 上年 column still confirms the visible rates: the table is clean', () => {
    expect(analyseWorkbook(workbookOf(sheet(ROWS, { hiddenColumns: [2] }))).findings).toEqual([]);
  });

  it('a wrong visible rate computed from a hidden column is the error, at the rate', () => {
    const grid = withCell(workbookOf(sheet(ROWS, { hiddenColumns: [2] })), '表', 2, 3, pct(-0.0464)).sheets[0];
    expect(errors(grid).map((f) => [a1(f), f.expected])).toEqual([['D3', '-5.64%']]);
  });

  it('a wrong hidden figure is never reported: the visible cells it would break are', () => {
    // 机关事业's 上年 typed 49890 in the hidden column: its rate and the 合计 no longer agree with it.
    const grid = withCell(workbookOf(sheet(ROWS, { hiddenColumns: [2] })), '表', 2, 2, { value: 49890 }).sheets[0];
    const found = analyseWorkbook(workbookOf(grid)).findings;
    expect(found.some((f) => a1(f) === 'C3')).toBe(false);
    expect(found.filter((f) => f.severity === 'error').every((f) => f.at.col !== 2)).toBe(true);
  });

  it('a hidden row’s figures count in the 合计 they belong to, and a wrong one there is not blamed on it', () => {
    expect(analyseWorkbook(workbookOf(sheet(ROWS, { hiddenRows: [3] }))).findings).toEqual([]);
    const wrongTotal = withCell(workbookOf(sheet(ROWS, { hiddenRows: [3] })), '表', 5, 1, { value: 269999 }).sheets[0];
    expect(errors(wrongTotal).map((f) => a1(f))).toEqual(['B6']);
  });

  it('a hidden column of the same name never takes the place of the visible one', () => {
    // A stale copy of 本年完成数 kept in hidden column B, left of the visible one: the rates are read from C.
    const rows = ROWS.map((row, i) => [row[0], i === 0 ? '本年完成数' : (row[1] as number) + 1000, ...row.slice(1)]);
    expect(analyseWorkbook(workbookOf(sheet(rows, { hiddenColumns: [1] }))).findings).toEqual([]);
    // Read as a visible column, the stale copy would break every rate (the check itself can fail).
    expect(errors(sheet(rows)).length).toBeGreaterThan(0);
  });

  it('a hidden sheet’s tables are not checked: its wrong 合计 is not reported', () => {
    const grid = withCell(workbookOf(sheet(ROWS, { visibility: 'hidden' })), '表', 5, 1, { value: 269999 }).sheets[0];
    expect(analyseWorkbook(workbookOf(grid)).findings).toEqual([]);
  });
});
