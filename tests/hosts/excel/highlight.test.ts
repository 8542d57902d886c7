import { SEVERITY_FILL, STORE_KEYS } from '../../../src/hosts/shared';
import { officeFill } from './simulated/fake/FakeRangeFill';
import type { CellModel } from './simulated/fake/WorkbookModel';
import { check, openFixture, reopen, unwrap } from './openFixture';

/** Every cell's fill as Office.js reads it (a theme colour as its RGB and tint), null for no fill. */
const fillsOf = (cells: Record<string, CellModel>) => Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.fill ? officeFill(c.fill) : null]));

describe('highlighting findings and 清除标记', () => {
  it('colours the root cause of hami-2019 as an error and saves the original fills first', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    const analysis = await check(adapter);
    unwrap(await adapter.highlight(analysis.findings));
    expect(host.cell('收支分析表', 'G4')?.fill).toEqual({ color: SEVERITY_FILL.error, pattern: 'Solid' });
    const saved = JSON.parse(String(host.model.settings[STORE_KEYS.highlights])) as { sheets: { name: string; fills: [unknown, string][] }[] };
    expect(saved.sheets.find((s) => s.name === '收支分析表')?.fills.flatMap(([, cells]) => cells.split(' '))).toContain('G4');
  });

  it('puts back every fill exactly, "no fill" and coloured cells alike, in the same session', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    host.edit('收支分析表', 'G4', { ...host.cell('收支分析表', 'G4'), fill: { color: '#92D050', pattern: 'Solid', patternColor: '#000000' } });
    const before = structuredClone(fillsOf(host.model.sheets[0].cells));
    const analysis = await check(adapter);
    unwrap(await adapter.highlight(analysis.findings));
    expect(fillsOf(host.model.sheets[0].cells)).not.toEqual(before);
    unwrap(await adapter.clearHighlights());
    expect(fillsOf(host.model.sheets[0].cells)).toEqual(before);
  });

  it('puts back every fill after the workbook was closed and reopened', async () => {
    const opened = await openFixture('hami-2019');
    const before = structuredClone(opened.host.model.sheets.map((s) => fillsOf(s.cells)));
    unwrap(await opened.adapter.highlight((await check(opened.adapter)).findings));
    const again = reopen(opened);
    const cleared = unwrap(await again.adapter.clearHighlights());
    expect(cleared.restored).toBeGreaterThan(0);
    expect(again.host.model.sheets.map((s) => fillsOf(s.cells))).toEqual(before);
  });

  it('keeps the first original when the same cells are highlighted twice', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    const before = structuredClone(fillsOf(host.model.sheets[0].cells));
    const findings = (await check(adapter)).findings;
    unwrap(await adapter.highlight(findings));
    unwrap(await adapter.highlight(findings));
    unwrap(await adapter.clearHighlights());
    expect(fillsOf(host.model.sheets[0].cells)).toEqual(before);
  });

  it('highlights and clears in a constant number of syncs', async () => {
    const { host, adapter } = await openFixture('yuepuhu-2020');
    const findings = (await check(adapter)).findings;
    const start = host.syncs.length;
    unwrap(await adapter.highlight(findings));
    expect(host.syncs.length - start).toBe(3);
    const mid = host.syncs.length;
    unwrap(await adapter.clearHighlights());
    expect(host.syncs.length - mid).toBe(2);
  });

  it('leaves a protected sheet unmarked, says so, and still marks the other sheets', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    const findings = (await check(adapter)).findings;
    host.protectSheet('收支分析表');
    const before = structuredClone(host.model.sheets.find((s) => s.name === '收支分析表'));
    const result = unwrap(await adapter.highlight(findings));
    expect(result).toMatchObject({ protectedSheets: ['收支分析表'] });
    expect(host.model.sheets.find((s) => s.name === '收支分析表')).toEqual(before);
  });

  it('refuses a sheet deleted since the check and writes nothing', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    const findings = (await check(adapter)).findings;
    host.deleteSheet('收支分析表');
    const before = structuredClone(host.model);
    expect(await adapter.highlight(findings)).toEqual({ ok: false, problem: { kind: 'missingSheets', sheets: ['收支分析表'] } });
    expect(host.model).toEqual(before);
  });

  it('refuses a cell edited since the check, names it, and writes nothing', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    const findings = (await check(adapter)).findings;
    host.edit('收支分析表', 'G4', { value: 239551 });
    const before = structuredClone(host.model);
    expect(await adapter.highlight(findings)).toEqual({ ok: false, problem: { kind: 'changedCells', cells: ['收支分析表!G4'] } });
    expect(host.model).toEqual(before);
  });

  it('keeps the marks of a protected sheet for later, names it, and clears them once it is unprotected', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    const before = structuredClone(fillsOf(host.model.sheets[0].cells));
    unwrap(await adapter.highlight((await check(adapter)).findings));
    host.protectSheet('收支分析表');
    const marked = structuredClone(host.model.sheets[0].cells);
    expect(unwrap(await adapter.clearHighlights())).toMatchObject({ restored: 0, protectedSheets: ['收支分析表'] });
    expect(host.model.sheets[0].cells).toEqual(marked);
    host.protectSheet('收支分析表', false);
    expect(unwrap(await adapter.clearHighlights()).restored).toBeGreaterThan(0);
    expect(fillsOf(host.model.sheets[0].cells)).toEqual(before);
  });

  it('asks for a check before highlighting', async () => {
    const { adapter } = await openFixture('hami-2019');
    expect(await adapter.highlight([])).toEqual({ ok: false, problem: { kind: 'noCheck' } });
  });

  it('selects a finding\'s cell and activates its sheet', async () => {
    const { host, adapter } = await openFixture('yuepuhu-2020');
    unwrap(await adapter.select('决算支出表', 'C5'));
    expect(host.model.selection).toEqual({ sheet: '决算支出表', address: 'C5' });
    expect(host.model.activeSheet).toBe('决算支出表');
    expect(await adapter.select('没有这张表', 'A1')).toEqual({ ok: false, problem: { kind: 'missingSheets', sheets: ['没有这张表'] } });
  });
});
