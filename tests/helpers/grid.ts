import * as path from 'path';
import { cellKey, cellsFromRows, holdsSomething, toA1, toReportJson, type Analysis, type CellRef, type GridCell, type ReportJson, type SheetGrid, type WorkbookGrid } from '../../src/core';
import { readXlsx } from '../../src/cli/readXlsx';

/** Where the shared fixtures live (the repo is checked out beside `shared/`). */
export const FIXTURES_DIR = path.resolve(__dirname, '../../../shared/fixtures');

export function fixturePath(name: string): string {
  return path.join(FIXTURES_DIR, name.endsWith('.xlsx') ? name : `${name}.xlsx`);
}

/** Load a shared fixture workbook into core grids. */
export async function loadFixture(name: string): Promise<WorkbookGrid> {
  return (await readXlsx(fixturePath(name), path.basename(fixturePath(name)))).grid;
}

export type Literal = string | number | null | GridCell;

/**
 * A sheet from literal rows, for unit tests: strings and numbers become cell values, `null` an empty cell,
 * a GridCell object is taken as is (to give a number format or a formula). `at` places the rows anywhere.
 */
export function sheetFromRows(name: string, rows: Literal[][], at: { row: number; col: number } = { row: 0, col: 0 }): SheetGrid {
  return { name, cells: cellsFromRows(rows.map((row) => row.map((v) => (v !== null && typeof v === 'object' ? v : { value: v }))), at) };
}

export function workbookOf(...sheets: SheetGrid[]): WorkbookGrid {
  return { name: 'test.xlsx', sheets };
}

/** A copy with one cell replaced (or emptied), for mutation tests. */
export function withCell(workbook: WorkbookGrid, sheet: string, row: number, col: number, cell: GridCell): WorkbookGrid {
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rest = s.cells.filter((c) => c.row !== row || c.col !== col);
      return { ...s, cells: holdsSomething(cell) ? [...rest, { ...cell, row, col }] : rest };
    }),
  };
}

/** The cell at a position of a sheet grid, empty when absent. */
export function cellAt(sheet: SheetGrid, row: number, col: number): GridCell {
  return sheet.cells.find((c) => c.row === row && c.col === col) ?? { value: null };
}

/** A finding's (or fill's) cell as A1 text, for assertions. */
export function a1(item: { at: CellRef }): string {
  return toA1(item.at.row, item.at.col);
}

/** `Sheet!A1` of a finding's (or fill's) cell. */
export function key(item: { at: CellRef }): string {
  return cellKey(item.at);
}

/** Seeded pseudo-random numbers (mulberry32), so randomised tests are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The analysis as the CLI's JSON report names it (cells as A1 text), for assertions written in those terms. */
export function asReport(analysis: Analysis): ReportJson {
  return toReportJson('test.xlsx', analysis);
}
