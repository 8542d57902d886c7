import type { PlannedFill } from '../../../src/core';
import { problemOf } from '../../../src/hosts/excel/hostErrors';
import { check, openFixture, openModel, unwrap } from './openFixture';
import { FakeOfficeError } from './simulated/fake/FakeOfficeError';
import type { CellModel, SheetModel } from './simulated/fake/WorkbookModel';

const S = '表';
const planned = (row: number, col: number, value: string): PlannedFill => ({ at: { sheet: S, row, col }, value, numberFormat: '0.00', reason: '' });

function protectedSheet(allowFormatCells: boolean): SheetModel {
  const cells: Record<string, CellModel> = { '0,0': { value: '得分' }, '0,1': { locked: false }, '0,2': {}, '0,3': { value: '旧文字', locked: false } };
  return { name: S, protected: true, protection: { allowFormatCells }, cells };
}

describe('protected sheets', () => {
  it('fills the unlocked cells Excel lets the user change, keeps their format when formatting is not allowed, and skips the locked ones', async () => {
    const { host, adapter } = openModel({ name: 'p.xlsx', settings: {}, sheets: [protectedSheet(false)] });
    unwrap(await adapter.read());
    const result = unwrap(await adapter.fill([planned(0, 1, '4.50'), planned(0, 2, '3.00'), planned(0, 3, '2.00')], 'overwrite', []));
    expect(result).toMatchObject({ written: [`${S}!B1`], skippedProtected: [`${S}!C1`, `${S}!D1`] });
    expect(host.cell(S, 'B1')).toEqual({ value: 4.5, locked: false });
    unwrap(await adapter.undoFill());
    expect(host.cell(S, 'B1')).toEqual({ locked: false });
  });

  it('writes the number format too when the protection allows formatting cells, and puts text back as text', async () => {
    const { host, adapter } = openModel({ name: 'p.xlsx', settings: {}, sheets: [protectedSheet(true)] });
    unwrap(await adapter.read());
    unwrap(await adapter.fill([planned(0, 3, '2.00')], 'overwrite', []));
    // The sheet lets cells be formatted: the filled cell gets its light mark too (on the first sheet above it did not).
    expect(host.cell(S, 'D1')).toEqual({ value: 2, numberFormat: '0.00', locked: false, fill: { color: '#E2EFDA', pattern: 'Solid' } });
    unwrap(await adapter.undoFill());
    expect(host.cell(S, 'D1')).toEqual({ value: '旧文字', numberFormat: 'General', locked: false });
  });

  it('still reads and checks a protected sheet, so its findings are listed', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    host.protectSheet('收支分析表');
    const analysis = await check(adapter);
    expect(analysis.findings.some((f) => f.at.sheet === '收支分析表' && f.severity === 'error')).toBe(true);
  });
});

describe('hidden sheets', () => {
  it('reads hidden and very hidden sheets with their visibility, reports nothing on them, and refuses to select on them', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    host.hideSheet('收支分析表', 'VeryHidden');
    const grid = unwrap(await adapter.read());
    expect(grid.sheets.find((s) => s.name === '收支分析表')?.visibility).toBe('veryHidden');
    // A hidden sheet is no table a reader checks: its wrong 合计 (G4) may confirm nothing and is not reported.
    const analysis = await check(adapter);
    expect(analysis.findings.filter((f) => f.at.sheet === '收支分析表')).toEqual([]);
    unwrap(await adapter.highlight(analysis.findings));
    expect(host.cell('收支分析表', 'G4')?.fill).toBeUndefined();
    expect(await adapter.select('收支分析表', 'G4')).toEqual({ ok: false, problem: { kind: 'hiddenSheet', sheet: '收支分析表', veryHidden: true } });
    host.hideSheet('收支分析表', 'Hidden');
    expect(await adapter.select('收支分析表', 'G4')).toEqual({ ok: false, problem: { kind: 'hiddenSheet', sheet: '收支分析表', veryHidden: false } });
    expect(host.model.selection).toBeUndefined();
  });
});

describe('reading again before a write', () => {
  it('reads only the cells written and the tables their values came from, not the whole workbook', async () => {
    const opened = await openFixture('yuepuhu-2020-blank-scores');
    const listing: Record<string, CellModel> = {};
    for (let r = 0; r < 3000; r++) for (let c = 0; c < 8; c++) listing[`${r},${c}`] = { value: r * c };
    opened.host.model.sheets.push({ name: '明细', cells: listing });
    const analysis = await check(opened.adapter);
    const start = opened.host.syncs.length;
    unwrap(await opened.adapter.fill(analysis.fills, 'ask', analysis.tables));
    const reread = opened.host.syncs.slice(start).reduce((n, s) => n + s.cells, 0);
    const tableCells = analysis.tables.reduce((n, t) => n + (t.range.bottom - t.range.top + 1) * (t.range.right - t.range.left + 1), 0);
    expect(reread).toBeGreaterThan(0);
    expect(reread).toBeLessThanOrEqual(tableCells + analysis.fills.length);
  });
});

describe('errors from Excel', () => {
  it('become a problem with their code, and their debug information goes to the console only', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = Object.assign(new FakeOfficeError('GeneralException', 'An internal error has occurred.'), { debugInfo: { errorLocation: 'Range.values' } });
    expect(problemOf(error)).toEqual({ kind: 'hostError', code: 'GeneralException', message: 'An internal error has occurred.' });
    expect(JSON.stringify(spy.mock.calls)).toContain('Range.values');
    expect(problemOf(new FakeOfficeError('InvalidOperationInCellEditMode', 'edit mode'))).toEqual({ kind: 'cellEditMode' });
    spy.mockRestore();
  });
});
