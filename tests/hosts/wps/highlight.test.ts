import { SEVERITY_FILL, STORE_KEYS, STORE_PREFIX, decodeHighlights, readEntry } from '../../../src/hosts/shared';
import { DocumentStore } from '../../../src/hosts/wps/documentStore';
import { bgrOf, XL_PATTERN } from '../../../src/hosts/wps/wpsConstants';
import type { Finding } from '../../../src/core';
import { checkWps, openWpsFixture, openWpsModel, reopenWps, unwrap, type OpenedWps } from './openWps';
import type { WpsCellModel } from './simulated/WpsModel';

const fillsOf = (opened: OpenedWps) => opened.wps.model.sheets.map((s) => Object.fromEntries(Object.entries(s.cells).map(([k, c]) => [k, c.interior ?? null])));

/** The marks the workbook remembers, as the shared records decode them. */
function storedMarks(opened: OpenedWps) {
  const workbook = opened.wps.application.ActiveWorkbook!;
  const store = new DocumentStore(workbook, STORE_PREFIX).entries();
  return decodeHighlights(readEntry(store, STORE_KEYS.highlights), []);
}

describe('highlighting findings and 清除标记 in WPS', () => {
  it('colours the root cause of hami-2019 as an error (BGR, solid) and saves the original fills first', async () => {
    const opened = await openWpsFixture('hami-2019');
    const analysis = await checkWps(opened.adapter);
    unwrap(await opened.adapter.highlight(analysis.findings));
    expect(opened.wps.cell('收支分析表', 'G4')?.interior).toMatchObject({ color: bgrOf(SEVERITY_FILL.error), pattern: XL_PATTERN.solid });
    const marks = storedMarks(opened);
    expect(marks.map((m) => [m.sheetName, m.row, m.col])).toContainEqual(['收支分析表', 3, 6]);
    expect(Object.keys(opened.wps.model.properties).every((k) => k.startsWith('FundCheck.highlights'))).toBe(true);
  });

  it('puts back every fill exactly, patterns and tints included, in this session and after a reopen', async () => {
    const opened = await openWpsFixture('hami-2019');
    const analysis = await checkWps(opened.adapter);
    const patterned = { color: bgrOf('#92D050'), pattern: -4125, patternColor: bgrOf('#FF0000'), tintAndShade: 0.4, patternTintAndShade: -0.2 };
    opened.wps.edit('收支分析表', 'G4', { ...opened.wps.cell('收支分析表', 'G4'), interior: patterned });
    const before = fillsOf(opened);
    unwrap(await opened.adapter.highlight(analysis.findings));
    expect(fillsOf(opened)).not.toEqual(before);
    unwrap(await opened.adapter.clearHighlights());
    expect(fillsOf(opened)).toEqual(before);

    unwrap(await opened.adapter.highlight(analysis.findings));
    const again = reopenWps(opened);
    expect(unwrap(await again.adapter.clearHighlights()).restored).toBeGreaterThan(0);
    expect(fillsOf(again)).toEqual(before);
    expect(again.wps.model.properties).toEqual({});
  });

  it('reads and restores the fills of hundreds of flagged cells in far fewer calls than cells', async () => {
    const cells: Record<string, WpsCellModel> = {};
    for (let r = 0; r < 60; r++) for (let c = 0; c < 10; c++) cells[`${r},${c}`] = { value: r * 10 + c, ...(r % 20 === 0 ? { interior: { color: bgrOf('#DDEBF7'), pattern: 1, patternColor: 0, tintAndShade: 0, patternTintAndShade: 0 } } : {}) };
    const opened = openWpsModel({ name: 'many.xlsx', properties: {}, activeSheet: '表', sheets: [{ name: '表', codeName: 'Sheet1', visible: -1, protectContents: false, cells }] });
    unwrap(await opened.adapter.read());
    // A finding on every third cell, errors and warnings in turn: as a check of a badly broken table would flag.
    const findings = Object.keys(cells)
      .map((k) => k.split(',').map(Number))
      .filter(([r, c]) => (r * 10 + c) % 3 === 0)
      .map(([row, col], i) => ({ at: { sheet: '表', row, col }, severity: i % 2 ? 'warning' : 'error', related: [] }) as unknown as Finding);
    const before = fillsOf(opened);
    opened.wps.resetCalls();
    expect(unwrap(await opened.adapter.highlight(findings)).highlighted).toBe(findings.length);
    // Reading five Interior properties cell by cell would be 1,000 calls; the marks' cells were read in one Value2.
    expect(opened.wps.callsTo('Range.Interior')).toBeLessThan(findings.length / 2);
    expect(opened.wps.callsTo('Range.Value2')).toBe(1);
    opened.wps.resetCalls();
    unwrap(await opened.adapter.clearHighlights());
    expect(opened.wps.callsTo('Range.Interior')).toBeLessThan(findings.length / 8);
    expect(fillsOf(opened)).toEqual(before);
  });

  it('never paints over a gradient it could not put back, and names none of its cells as marked', async () => {
    const opened = await openWpsFixture('hami-2019');
    const analysis = await checkWps(opened.adapter);
    const gradient: WpsCellModel['interior'] = { color: bgrOf('#4472C4'), pattern: XL_PATTERN.linearGradient, patternColor: 0, tintAndShade: 0, patternTintAndShade: 0 };
    opened.wps.edit('收支分析表', 'G4', { ...opened.wps.cell('收支分析表', 'G4'), interior: gradient });
    const result = unwrap(await opened.adapter.highlight(analysis.findings));
    expect(result).toMatchObject({ gradientCells: ['收支分析表!G4'] });
    expect(opened.wps.cell('收支分析表', 'G4')?.interior).toEqual(gradient);
  });

  it('leaves a protected sheet unmarked and says so', async () => {
    const opened = await openWpsFixture('hami-2019');
    const analysis = await checkWps(opened.adapter);
    opened.wps.protectSheet('收支分析表');
    const before = fillsOf(opened);
    expect(unwrap(await opened.adapter.highlight(analysis.findings))).toMatchObject({ protectedSheets: ['收支分析表'] });
    expect(fillsOf(opened)).toEqual(before);
  });

  it('refuses a cell edited since the check, names it, and writes nothing', async () => {
    const opened = await openWpsFixture('hami-2019');
    const analysis = await checkWps(opened.adapter);
    opened.wps.edit('收支分析表', 'G4', { value: 1 });
    const before = structuredClone(opened.wps.model);
    expect(await opened.adapter.highlight(analysis.findings)).toEqual({ ok: false, problem: { kind: 'changedCells', cells: ['收支分析表!G4'] } });
    expect(opened.wps.model).toEqual(before);
  });

  it('clears marks on a sheet renamed since, following its code name', async () => {
    const opened = await openWpsFixture('hami-2019');
    const before = fillsOf(opened);
    unwrap(await opened.adapter.highlight((await checkWps(opened.adapter)).findings));
    opened.wps.renameSheet('收支分析表', '收支');
    unwrap(await reopenWps(opened).adapter.clearHighlights());
    expect(fillsOf(opened)).not.toEqual(before); // the reopened copy was cleared, not this one
    const again = reopenWps(opened);
    unwrap(await again.adapter.clearHighlights());
    expect(fillsOf(again)).toEqual(before);
  });
});
