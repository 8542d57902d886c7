import type { ExportTable } from '../../src/hosts/WorkbookHost';
import { rectToA1 } from './excel/simulated/fake/WorkbookModel';
import { loadWorkbookModel } from './excel/simulated/loadWorkbookModel';
import { openFixture, openModel, unwrap } from './excel/openFixture';
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
  widths: [16, 8, 8, 60],
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
      const layout = (sheet: string) => {
        const s = host.model.sheets.find((x) => x.name === sheet)!;
        return {
          widths: Object.keys(s.columnWidths ?? {}).length,
          freezeRows: s.freezeRows,
          filter: s.autoFilter ? rectToA1(s.autoFilter) : undefined,
          a4Landscape: s.pageLayout?.orientation === 'Landscape' && s.pageLayout?.paperSize === 'A4',
        };
      };
      return { adapter, names, cell, addSheet, cellsOf, layout };
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
      const layout = (sheet: string) => {
        const s = wps.model.sheets.find((x) => x.name === sheet)!;
        return {
          widths: Object.keys(s.columnWidths ?? {}).length,
          freezeRows: s.freezeRows,
          filter: s.autoFilter,
          a4Landscape: s.pageSetup?.orientation === 2 && s.pageSetup?.paperSize === 9,
        };
      };
      return { adapter, names, cell, addSheet, cellsOf, layout };
    },
  ],
] as const)('exportFindings in %s', (_, open) => {
  it('writes the findings as a sheet at the end, the 单元格 column linking to each cell, the header row shaded', async () => {
    const { adapter, names, cell, layout } = await open();
    const before = names();
    expect(unwrap(await adapter.exportFindings(table(2)))).toEqual({ sheet: '核对结果', rows: 2 });
    expect(names()).toEqual([...before, '核对结果']);
    expect(cell('核对结果', 'A1')?.value).toBe('核对时间：2026-12-08 09:05');
    expect(cell('核对结果', 'B4')?.value).toBe('单元格');
    expect(cell('核对结果', 'A4')?.fill?.color).toBe('#D9D9D9');
    expect(cell('核对结果', 'B5')?.formula).toBe(`=HYPERLINK("#'收支分析表'!G4","G4")`);
    expect(cell('核对结果', 'D6')?.value).toBe('第 2 个问题 "引号"');
    // Laid out for reading and printing: widths, the lines and header frozen, a filter over the table, A4 landscape.
    expect(layout('核对结果')).toEqual({ widths: 4, freezeRows: 4, filter: 'A4:D6', a4Landscape: true });
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

describe('exportFindings on Excel 2016 (ExcelApi 1.4, the manifest minimum)', () => {
  it('writes the sheet and its widths, leaving out what this Excel has no API for (freezing, filter, page setup), without failing', async () => {
    const model = await loadWorkbookModel('hami-2019');
    const { host, adapter } = openModel({ ...model, excelApi: 4 });
    expect(unwrap(await adapter.exportFindings(table(2)))).toEqual({ sheet: '核对结果', rows: 2 });
    const sheet = host.model.sheets.find((s) => s.name === '核对结果')!;
    expect(Object.keys(sheet.columnWidths ?? {})).toHaveLength(4);
    expect([sheet.freezeRows, sheet.autoFilter, sheet.pageLayout]).toEqual([undefined, undefined, undefined]);
  });
});
