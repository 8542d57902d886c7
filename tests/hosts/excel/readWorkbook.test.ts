import { analyseWorkbook } from '../../../src/core';
import type { WorkbookModel } from './simulated/fake/WorkbookModel';
import { loadFixture, a1, asReport } from '../../helpers/grid';
import { DEFAULT_LIMITS } from '../../../src/hosts/excel';
import { check, openFixture, openModel, unwrap } from './openFixture';

function manySheets(count: number): WorkbookModel {
  return {
    name: `sheets-${count}.xlsx`,
    settings: {},
    sheets: Array.from({ length: count }, (_, i) => ({
      name: `表${i + 1}`,
      cells: Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`${Math.floor(k / 5) + 2},${(k % 5) + 1}`, { value: i * 100 + k }])),
    })),
  };
}

describe('reading the workbook through Office.js', () => {
  it('gives the core the same figures as the .xlsx reader, so a check of hami-2019 flags 收支分析表!G4', async () => {
    const { adapter } = await openFixture('hami-2019');
    const analysis = await check(adapter);
    const viaFile = analyseWorkbook(await loadFixture('hami-2019'));
    expect(analysis.findings.map((f) => [f.at.sheet, a1(f), f.severity])).toEqual(viaFile.findings.map((f) => [f.at.sheet, a1(f), f.severity]));
    expect(asReport(analysis).findings).toContainEqual(expect.objectContaining({ sheet: '收支分析表', cell: 'G4', severity: 'error' }));
  });

  it.each(['bazhou-2020', 'yuepuhu-2020', 'yuepuhu-2020-blank-scores', 'bachu-2020'])('finds what the .xlsx reader finds in %s', async (name) => {
    const { adapter } = await openFixture(name);
    const analysis = await check(adapter);
    const viaFile = analyseWorkbook(await loadFixture(name));
    expect(analysis.findings.map((f) => `${f.at.sheet}!${a1(f)} ${f.severity} ${f.rule}`)).toEqual(viaFile.findings.map((f) => `${f.at.sheet}!${a1(f)} ${f.severity} ${f.rule}`));
    expect(analysis.fills.map((f) => `${f.at.sheet}!${a1(f)}=${f.value}`)).toEqual(viaFile.fills.map((f) => `${f.at.sheet}!${a1(f)}=${f.value}`));
  });

  it('reads a 100-sheet workbook in the same number of syncs as a 1-sheet one', async () => {
    const one = openModel(manySheets(1));
    const hundred = openModel(manySheets(100));
    const gridOne = unwrap(await one.adapter.read());
    const gridHundred = unwrap(await hundred.adapter.read());
    expect(gridHundred.sheets).toHaveLength(100);
    expect(gridHundred.sheets[99].cells[0].value).toBe(9900);
    expect(gridOne.sheets[0].cells[0]).toMatchObject({ row: 2, col: 1 });
    expect(hundred.host.syncs.length).toBe(one.host.syncs.length);
    expect(hundred.host.syncs.length).toBe(3);
  });

  it('reads a used range larger than one request may carry in row blocks, none over the limits', async () => {
    // 3,000 rows × 20 columns of text; the host allows 64 KB a response and 10,000 cells a range.
    const cells: WorkbookModel['sheets'][number]['cells'] = {};
    for (let r = 0; r < 3000; r++) for (let c = 0; c < 20; c++) cells[`${r},${c}`] = { value: `行${r}列${c}` };
    const hostLimits = { maxPayloadBytes: 64 * 1024, maxCellsPerRange: 10_000 };
    const { host, adapter } = openModel({ name: 'big.xlsx', settings: {}, sheets: [{ name: '大表', cells }] }, hostLimits, { adapterLimits: { ...DEFAULT_LIMITS,
      maxCellsPerRange: 10_000,
      maxCellsPerSync: 1_000,
      maxWriteBytesPerSync: 32 * 1024,
    } });
    const grid = unwrap(await adapter.read());
    expect(grid.sheets[0].cells).toHaveLength(3000 * 20);
    expect(grid.sheets[0].cells.find((c) => c.row === 2999 && c.col === 19)?.value).toBe('行2999列19');
    expect(Math.max(...host.syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(hostLimits.maxPayloadBytes);
    expect(host.syncs.length).toBeGreaterThan(3);
  });

  it('halves a batch and re-sends it when Excel still refuses the response as too large', async () => {
    const cells: WorkbookModel['sheets'][number]['cells'] = {};
    const long = '很长的说明文字'.repeat(40);
    for (let r = 0; r < 200; r++) for (let c = 0; c < 5; c++) cells[`${r},${c}`] = { value: `${long}${r}` };
    const { host, adapter } = openModel({ name: 'long.xlsx', settings: {}, sheets: [{ name: '长文本', cells }] }, { maxPayloadBytes: 100 * 1024, maxCellsPerRange: 1000 });
    const grid = unwrap(await adapter.read());
    expect(grid.sheets[0].cells.find((c) => c.row === 199 && c.col === 4)?.value).toBe(`${long}199`);
    expect(host.syncs.some((s) => s.responseBytes > host.limits.maxPayloadBytes)).toBe(true); // refused once, then split
  });

  it('reports a sheet protection flag and formula cells to the core', async () => {
    const { adapter } = openModel({
      name: 'f.xlsx',
      settings: {},
      sheets: [{ name: 'S', protected: true, cells: { '0,0': { value: 2 }, '0,1': { value: 4, formula: '=A1*2', numberFormat: '0.00' } } }],
    });
    const grid = unwrap(await adapter.read());
    expect(grid.sheets[0].protected).toBe(true);
    expect(grid.sheets[0].cells.find((c) => c.col === 1)).toEqual({ row: 0, col: 1, value: 4, formula: 'A1*2', numberFormat: '0.00' });
  });
});
