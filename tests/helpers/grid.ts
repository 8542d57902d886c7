import * as path from 'path';
import type { GridCell, SheetGrid, WorkbookGrid } from '../../src/core';
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
 * a GridCell object is taken as is (to give a number format or a formula flag). `at` places the rows anywhere.
 */
export function sheetFromRows(name: string, rows: Literal[][], at: { row: number; col: number } = { row: 0, col: 0 }): SheetGrid {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const cells: GridCell[][] = [];
  for (let r = 0; r < at.row; r++) cells.push(Array.from({ length: at.col + width }, () => ({ value: null })));
  for (const row of rows) {
    const out: GridCell[] = Array.from({ length: at.col }, () => ({ value: null }));
    for (let c = 0; c < width; c++) {
      const v = row[c] ?? null;
      out.push(v !== null && typeof v === 'object' ? v : { value: v });
    }
    cells.push(out);
  }
  return { name, cells };
}

export function workbookOf(...sheets: SheetGrid[]): WorkbookGrid {
  return { name: 'test.xlsx', sheets };
}

/** A deep copy with one cell replaced, for mutation tests. */
export function withCell(workbook: WorkbookGrid, sheet: string, row: number, col: number, cell: GridCell): WorkbookGrid {
  return {
    ...workbook,
    sheets: workbook.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const origin = s.origin ?? { row: 0, col: 0 };
      const cells = s.cells.map((r) => r.slice());
      const rr = row - origin.row;
      const cc = col - origin.col;
      while (cells.length <= rr) cells.push([]);
      while (cells[rr].length <= cc) cells[rr].push({ value: null });
      cells[rr][cc] = cell;
      return { ...s, cells };
    }),
  };
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
