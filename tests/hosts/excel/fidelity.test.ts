import type { Finding, PlannedFill } from '../../../src/core';
import { SEVERITY_FILL } from '../../../src/hosts/shared';
import { check, openModel, unwrap } from './openFixture';
import { loadWorkbookModel } from './simulated/loadWorkbookModel';
import { officeFill } from './simulated/fake/FakeRangeFill';
import type { CellModel, FillModel, WorkbookModel } from './simulated/fake/WorkbookModel';

const S = '表';

function model(cells: Record<string, CellModel>, extra: Partial<WorkbookModel> = {}): WorkbookModel {
  return { name: 'f.xlsx', settings: {}, sheets: [{ name: S, cells }], ...extra };
}

const finding = (row: number, col: number): Finding => ({ at: { sheet: S, row, col }, severity: 'error', rule: 'sum', stated: null, expected: null, message: '', related: [] });
const planned = (row: number, col: number, value: string): PlannedFill => ({ at: { sheet: S, row, col }, value, numberFormat: '0.00', reason: '' });

describe('reading only what holds values', () => {
  it('does not read a template formatted down to row 5000, only the cells with values', async () => {
    const cells: Record<string, CellModel> = {};
    for (let r = 0; r < 20; r++) for (let c = 0; c < 5; c++) cells[`${r},${c}`] = { value: r * 5 + c };
    for (let r = 20; r < 5000; r++) for (let c = 0; c < 5; c++) cells[`${r},${c}`] = { border: true, numberFormat: '#,##0.00' };
    const { host, adapter } = openModel(model(cells));
    const grid = unwrap(await adapter.read());
    expect(grid.sheets[0].cells).toHaveLength(100);
    expect(host.syncs.reduce((n, s) => n + s.cells, 0)).toBe(100);
  });

  it('reads a table and one stray value at XFD1048576 without reading the box between them', async () => {
    const cells: Record<string, CellModel> = { '1048575,16383': { value: '末' } };
    for (let r = 0; r < 2000; r++) for (let c = 0; c < 10; c++) cells[`${r},${c}`] = { value: r + c };
    const { host, adapter } = openModel(model(cells));
    const grid = unwrap(await adapter.read());
    expect(grid.sheets[0].cells).toHaveLength(20_001);
    expect(grid.sheets[0].cells).toContainEqual({ row: 1048575, col: 16383, value: '末' });
    expect(host.syncs.reduce((n, s) => n + s.cells, 0)).toBe(20_001);
    expect(host.syncs.length).toBeLessThanOrEqual(5);
  });

  it('probes the sparse sheets of a workbook together, so 50 such sheets take no more syncs than one', async () => {
    const sparse = (name: string) => ({ name, cells: { '0,0': { value: 1 }, '0,1': { value: 2 }, '0,16383': { value: 3 }, '70000,0': { value: 4 } } as Record<string, CellModel> });
    const one = openModel({ name: 'a', settings: {}, sheets: [sparse('s0')] });
    const fifty = openModel({ name: 'b', settings: {}, sheets: Array.from({ length: 50 }, (_, i) => sparse(`s${i}`)) });
    unwrap(await one.adapter.read());
    const grid = unwrap(await fifty.adapter.read());
    expect(grid.sheets.every((s) => s.cells.length === 4)).toBe(true);
    expect(fifty.host.syncs.length).toBe(one.host.syncs.length);
  });
});

describe('撤销填写 puts each cell back as what it was', () => {
  it.each([
    ['text that looks like a number', { value: '5' }],
    ['text that looks like a percentage', { value: '98%' }],
    ['text that looks like a date', { value: '2018-12-31' }],
    ['text under the text format', { value: '007', numberFormat: '@' }],
    ['a number with its own format', { value: 5, numberFormat: '0.0' }],
    ['an error value', { error: '#N/A' }],
    ['a boolean', { value: true }],
  ] as [string, CellModel][])('%s', async (_, original) => {
    const { host, adapter } = openModel(model({ '0,0': { value: '得分' }, '0,1': { ...original } }));
    unwrap(await adapter.read());
    expect(unwrap(await adapter.fill([planned(0, 1, '4.50')], 'overwrite', []))).toMatchObject({ written: [`${S}!B1`] });
    // Written with the light mark of a filled cell, which 撤销填写 takes off with the value.
    expect(host.cell(S, 'B1')).toEqual({ value: 4.5, numberFormat: '0.00', fill: { color: '#E2EFDA', pattern: 'Solid' } });
    unwrap(await adapter.undoFill());
    expect(host.cell(S, 'B1')).toEqual({ numberFormat: 'General', ...original });
  });
});

describe('fills put back exactly, gradients never painted over', () => {
  const originals: [string, FillModel][] = [
    ['a theme colour with a tint', { themeColor: 'accent1', tintAndShade: 0.6, pattern: 'Solid' }],
    ['a pattern with its colour and tint', { color: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000', patternTintAndShade: -0.25 }],
    ['a solid RGB colour', { color: '#92D050', pattern: 'Solid' }],
  ];
  it.each(originals)('%s', async (_, fill) => {
    const { host, adapter } = openModel(model({ '0,0': { value: 1, fill } }));
    unwrap(await adapter.read());
    unwrap(await adapter.highlight([finding(0, 0)]));
    expect(host.cell(S, 'A1')?.fill).toEqual({ color: SEVERITY_FILL.error, pattern: 'Solid' });
    unwrap(await adapter.clearHighlights());
    expect(officeFill(host.cell(S, 'A1')?.fill)).toEqual(officeFill(fill));
  });

  it('leaves a gradient cell unmarked and names it', async () => {
    const gradient: FillModel = { pattern: 'Solid', gradient: { kind: 'LinearGradient', stops: ['#FFFFFF', '#4472C4'] } };
    const { host, adapter } = openModel(model({ '0,0': { value: 1, fill: gradient }, '0,1': { value: 2 } }));
    unwrap(await adapter.read());
    const result = unwrap(await adapter.highlight([finding(0, 0), finding(0, 1)]));
    expect(result).toMatchObject({ highlighted: 1, gradientCells: [`${S}!A1`] });
    expect(host.cell(S, 'A1')?.fill).toEqual(gradient);
    unwrap(await adapter.clearHighlights());
    expect(host.cell(S, 'A1')?.fill).toEqual(gradient);
  });
});

describe('the requirement sets Excel really has', () => {
  it('runs every operation on ExcelApi 1.4 (the manifest minimum), keeping the solid colour', async () => {
    const { host, adapter } = openModel({ ...(await loadWorkbookModel('yuepuhu-2020-blank-scores')), excelApi: 4 });
    const medical = '自评表-城乡居民医疗';
    host.edit(medical, 'B2', { ...host.cell(medical, 'B2'), fill: { color: '#92D050', pattern: 'Solid' } });
    const analysis = await check(adapter);
    unwrap(await adapter.highlight([...analysis.findings, { ...finding(1, 1), at: { sheet: medical, row: 1, col: 1 } }]));
    unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    unwrap(await adapter.undoFill());
    unwrap(await adapter.clearHighlights());
    unwrap(await adapter.select(medical, 'H15'));
    unwrap(await adapter.saveSettings({ preset: 'default', decimals: 2 }));
    expect(officeFill(host.cell(medical, 'B2')?.fill).color).toBe('#92D050');
  });

  it('without ExcelApi 1.9 restores a white fill as no fill and a pattern as its solid colour (README says so)', async () => {
    const { host, adapter } = openModel(model({ '0,0': { value: 1, fill: { color: '#FFFFFF', pattern: 'Solid' } }, '0,1': { value: 2, fill: { color: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' } } }, { excelApi: 8 }));
    unwrap(await adapter.read());
    unwrap(await adapter.highlight([finding(0, 0), finding(0, 1)]));
    unwrap(await adapter.clearHighlights());
    expect(host.cell(S, 'A1')?.fill).toBeUndefined();
    expect(host.cell(S, 'B1')?.fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
  });
});

describe('a filled cell’s light mark', () => {
  it('goes over the cell’s own fill and comes off with 撤销填写, the fill put back exactly', async () => {
    const yellow: FillModel = { color: '#FFFF00', pattern: 'Solid' };
    const { host, adapter } = openModel(model({ '0,0': { value: '得分' }, '0,1': { fill: yellow } }));
    unwrap(await adapter.read());
    expect(unwrap(await adapter.fill([planned(0, 1, '4.50')], 'overwrite', []))).toMatchObject({ marked: 1 });
    expect(host.cell(S, 'B1')?.fill).toEqual({ color: '#E2EFDA', pattern: 'Solid' });
    unwrap(await adapter.undoFill());
    expect(host.cell(S, 'B1')).toEqual({ numberFormat: 'General', fill: yellow });
  });

  it('stays off a gradient, and a colour the user chose since the fill stays on 撤销填写', async () => {
    const gradient: FillModel = { color: '#FFFFFF', pattern: 'LinearGradient' };
    const { host, adapter } = openModel(model({ '0,0': { value: '得分' }, '0,1': { fill: gradient }, '0,2': {} }));
    unwrap(await adapter.read());
    expect(unwrap(await adapter.fill([planned(0, 1, '4.50'), planned(0, 2, '3.00')], 'overwrite', []))).toMatchObject({ marked: 1 });
    expect(host.cell(S, 'B1')?.fill).toEqual(gradient);
    host.edit(S, 'C1', { ...host.cell(S, 'C1'), fill: { color: '#00B0F0', pattern: 'Solid' } });
    unwrap(await adapter.undoFill());
    expect(host.cell(S, 'B1')).toEqual({ numberFormat: 'General', fill: gradient });
    expect(host.cell(S, 'C1')).toEqual({ numberFormat: 'General', fill: { color: '#00B0F0', pattern: 'Solid' } });
  });
});

