import type { Finding, Severity } from '../../../src/core';
import { DEFAULT_SHARED_LIMITS, SEVERITY_FILL, STORE_KEYS } from '../../../src/hosts/shared';
import { check, openFixture, openModel, reopen, unwrap } from './openFixture';
import type { WorkbookModel } from './simulated/fake/WorkbookModel';

const SHEET = '收支分析表';

describe("the add-in's records in the workbook", () => {
  it('finds marks by the sheet id after the sheet was renamed, and restores them', async () => {
    const opened = await openFixture('hami-2019');
    const before = structuredClone(opened.host.model.sheets[0].cells);
    unwrap(await opened.adapter.highlight((await check(opened.adapter)).findings));
    opened.host.renameSheet(SHEET, '收支分析表（改）');
    const again = reopen(opened);
    const cleared = unwrap(await again.adapter.clearHighlights());
    expect(cleared.goneSheets).toEqual([]);
    expect(cleared.restored).toBeGreaterThan(0);
    expect(again.host.model.sheets[0].cells).toEqual(before);
  });

  it('undoes fills on a renamed sheet and names cells by the current sheet name', async () => {
    const { host, adapter } = await openFixture('yuepuhu-2020-blank-scores');
    const analysis = await check(adapter);
    unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    host.renameSheet('自评表-城乡居民医疗', '医疗');
    host.edit('医疗', 'H15', { value: 1 });
    const undone = unwrap(await adapter.undoFill());
    expect(undone.editedCells).toEqual(['医疗!H15']);
    expect(undone.goneSheets).toEqual([]);
    expect(host.cell('医疗', 'H14')?.value ?? null).toBeNull();
  });

  it('marks a sheet renamed since the check, following its id', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    const findings = (await check(adapter)).findings;
    host.renameSheet(SHEET, '新名字');
    unwrap(await adapter.highlight(findings));
    expect(host.cell('新名字', 'G4')?.fill?.color).toBe(SEVERITY_FILL.error);
    unwrap(await adapter.select(SHEET, 'G4'));
    expect(host.model.selection).toEqual({ sheet: '新名字', address: 'G4' });
  });

  it('still clears marks written by the version that keyed them by sheet name', async () => {
    const { host, adapter } = await openFixture('hami-2019');
    host.edit(SHEET, 'G4', { ...host.cell(SHEET, 'G4'), fill: { color: SEVERITY_FILL.error, pattern: 'Solid' } });
    host.model.settings[STORE_KEYS.highlights] = JSON.stringify([{ sheet: SHEET, cell: 'G4', original: { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' } }]);
    expect(unwrap(await adapter.clearHighlights()).restored).toBe(1);
    expect(host.cell(SHEET, 'G4')?.fill).toBeUndefined();
  });

  it('marks errors first when a check flags 36,000 cells, says how many were left, and stays under 5 MB a request', async () => {
    const { host, adapter, findings } = await flagged(1800, 20, (i) => (i % 9 === 0 ? 'error' : 'warning'));
    const result = unwrap(await adapter.highlight(findings));
    const errors = findings.filter((f) => f.severity === 'error');
    expect(result.highlighted).toBe(DEFAULT_SHARED_LIMITS.maxMarks);
    expect(result.unmarked).toBe(findings.length - DEFAULT_SHARED_LIMITS.maxMarks);
    for (const e of errors) expect(host.model.sheets[0].cells[`${e.at.row},${e.at.col}`].fill?.color).toBe(SEVERITY_FILL.error);
    expect(Math.max(...host.syncs.map((s) => s.requestBytes))).toBeLessThan(host.limits.maxPayloadBytes);
    unwrap(await adapter.clearHighlights());
    expect(Object.values(host.model.sheets[0].cells).filter((c) => c.fill)).toEqual([]);
  }, 30_000);

  it('cuts a large record into parts of bounded size, and reads it back whole after reopening', async () => {
    const sharedLimits = { ...DEFAULT_SHARED_LIMITS, maxMarks: 40_000, store: { partChars: 8 * 1024, maxChars: 4 * 1024 * 1024 } };
    const { host, adapter, findings } = await flagged(300, 20, () => 'error', sharedLimits);
    host.model.sheets[0].cells['5,5'].fill = { themeColor: 'accent1', tintAndShade: 0.4, pattern: 'Solid' };
    await adapter.read();
    unwrap(await adapter.highlight(findings));
    const parts = Object.keys(host.model.settings).filter((k) => k.startsWith(`${STORE_KEYS.highlights}.`));
    expect(parts.length).toBeGreaterThan(1);
    for (const k of parts) expect(String(host.model.settings[k]).length).toBeLessThanOrEqual(8 * 1024);
    const again = reopen({ host, adapter });
    expect(unwrap(await again.adapter.clearHighlights()).restored).toBe(6000);
    expect(again.host.model.sheets[0].cells['5,5'].fill).toEqual({ color: '#4472C4', tintAndShade: 0.4, pattern: 'Solid' });
    expect(Object.keys(again.host.model.settings).filter((k) => k.startsWith(STORE_KEYS.highlights))).toEqual([]);
  }, 30_000);

  it('keeps the old record whole when a part is lost, rather than restoring half of it', async () => {
    const sharedLimits = { ...DEFAULT_SHARED_LIMITS, store: { partChars: 1024, maxChars: 4 * 1024 * 1024 } };
    const { host, adapter, findings } = await flagged(50, 10, () => 'error', sharedLimits);
    unwrap(await adapter.highlight(findings));
    const part = Object.keys(host.model.settings).find((k) => k.startsWith(`${STORE_KEYS.highlights}.`)) as string;
    delete host.model.settings[part];
    expect(unwrap(await adapter.clearHighlights()).restored).toBe(0);
  });
});

/** A sheet of rows × cols numbers, checked, with one synthetic finding per cell. */
async function flagged(rows: number, cols: number, severity: (i: number) => Severity, sharedLimits = DEFAULT_SHARED_LIMITS) {
  const cells: WorkbookModel['sheets'][number]['cells'] = {};
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells[`${r},${c}`] = { value: r * cols + c };
  const opened = openModel({ name: 'many.xlsx', settings: {}, sheets: [{ name: '明细', cells }] }, undefined, { sharedLimits });
  unwrap(await opened.adapter.read());
  const findings: Finding[] = Object.keys(cells).map((k, i) => {
    const [row, col] = k.split(',').map(Number);
    return { at: { sheet: '明细', row, col }, severity: severity(i), rule: 'sum', stated: null, expected: null, message: '', related: [] };
  });
  return { ...opened, findings };
}
