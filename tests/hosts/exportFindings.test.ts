import type { ExportTable } from '../../src/hosts/WorkbookHost';
import { openFixture, unwrap } from './excel/openFixture';
import { openWpsFixture } from './wps/openWps';

/**
 * 导出核对结果 in Excel and in WPS (the simulated hosts, strict about sheet names, deleting and asking): the findings
 * as a sheet of their own at the end, its 单元格 column linking to the cells; the next export replaces it and never
 * touches another sheet; a sheet of the user's with that name is left alone; a check never reads it; undo removes it.
 */
const table = (rows: number): ExportTable => ({
  name: '核对结果',
  header: ['核对时间：2026-12-08 09:05', '错误 1 处'],
  columns: ['工作表', '单元格', '严重程度', '问题'],
  linkColumn: 1,
  rows: Array.from({ length: rows }, (_, i) => ({
    cells: ['收支分析表', `G${4 + i}`, '错误', `第 ${i + 1} 个问题 "引号"`],
    link: { sheet: '收支分析表', cell: `G${4 + i}` },
  })),
});

describe.each([
  [
    'Excel',
    async () => {
      const { host, adapter } = await openFixture('hami-2019');
      const names = () => host.model.sheets.map((s) => s.name);
      const cell = (sheet: string, a1: string) => host.cell(sheet, a1) as { value?: unknown; formula?: string; fill?: { color?: string } } | undefined;
      const addSheet = (name: string) => host.model.sheets.push({ name, cells: { '0,0': { value: '我的' } } });
      const cellsOf = (sheet: string) => JSON.stringify(host.model.sheets.find((s) => s.name === sheet)?.cells);
      return { adapter, names, cell, addSheet, cellsOf };
    },
  ],
  [
    'WPS',
    async () => {
      const { wps, adapter } = await openWpsFixture('hami-2019');
      const names = () => wps.model.sheets.map((s) => s.name);
      const cell = (sheet: string, a1: string) => {
        const c = wps.cell(sheet, a1);
        return c
          ? {
              value: c.value,
              formula: c.formula,
              fill: c.interior
                ? {
                    color: `#${[c.interior.color & 255, (c.interior.color >> 8) & 255, c.interior.color >> 16]
                      .map((x) => x.toString(16).padStart(2, '0'))
                      .join('')
                      .toUpperCase()}`,
                  }
                : undefined,
            }
          : undefined;
      };
      const addSheet = (name: string) =>
        wps.model.sheets.push({ name, codeName: 'Sheet99', visible: -1, protectContents: false, cells: { '0,0': { value: '我的' } } });
      const cellsOf = (sheet: string) => JSON.stringify(wps.model.sheets.find((s) => s.name === sheet)?.cells);
      return { adapter, names, cell, addSheet, cellsOf };
    },
  ],
] as const)('exportFindings in %s', (_, open) => {
  it('writes the findings as a sheet at the end, the 单元格 column linking to each cell, the header row shaded', async () => {
    const { adapter, names, cell } = await open();
    const before = names();
    expect(unwrap(await adapter.exportFindings(table(2)))).toEqual({ sheet: '核对结果', rows: 2 });
    expect(names()).toEqual([...before, '核对结果']);
    expect(cell('核对结果', 'A1')?.value).toBe('核对时间：2026-12-08 09:05');
    expect(cell('核对结果', 'B4')?.value).toBe('单元格');
    expect(cell('核对结果', 'A4')?.fill?.color).toBe('#D9D9D9');
    expect(cell('核对结果', 'B5')?.formula).toBe(`=HYPERLINK("#'收支分析表'!G4","G4")`);
    expect(cell('核对结果', 'D6')?.value).toBe('第 2 个问题 "引号"');
    // A check never reads the sheet it wrote.
    const grid = unwrap(await adapter.read());
    expect(grid.sheets.map((s) => s.name)).toEqual(before);
  });

  it('replaces its own sheet on the next export, leaving a sheet of the user’s named 核对结果 alone', async () => {
    const { adapter, names, cellsOf, addSheet } = await open();
    unwrap(await adapter.exportFindings(table(3)));
    const others = names()
      .filter((n) => n !== '核对结果')
      .map((n) => [n, cellsOf(n)]);
    unwrap(await adapter.exportFindings(table(1)));
    expect(names().filter((n) => n === '核对结果')).toHaveLength(1);
    expect(
      names()
        .filter((n) => n !== '核对结果')
        .map((n) => [n, cellsOf(n)]),
    ).toEqual(others);

    unwrap(await adapter.removeExport());
    addSheet('核对结果');
    expect(unwrap(await adapter.exportFindings(table(1)))).toEqual({ sheet: '核对结果 (2)', rows: 1 });
    expect(cellsOf('核对结果')).toBe(JSON.stringify({ '0,0': { value: '我的' } }));
  });

  it('is undone: the sheet it wrote goes, and only that one', async () => {
    const { adapter, names } = await open();
    const before = names();
    unwrap(await adapter.exportFindings(table(2)));
    expect(unwrap(await adapter.removeExport())).toEqual({ removed: '核对结果' });
    expect(names()).toEqual(before);
    expect(unwrap(await adapter.removeExport())).toEqual({ removed: null });
  });
});
