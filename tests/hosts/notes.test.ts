import type { Finding } from '../../src/core';
import type { WorkbookHost } from '../../src/hosts/WorkbookHost';
import { check, openFixture, openModel, reopen, unwrap } from './excel/openFixture';
import { loadWorkbookModel } from './excel/simulated/loadWorkbookModel';
import { checkWps, openWpsFixture, reopenWps } from './wps/openWps';

/**
 * Notes (批注) with the marks, in Excel (ExcelApi 1.18) and WPS: each marked cell gets a note saying why; a note
 * already there keeps its text and ours follows; 清除标记 puts back exactly what was there (removing ours, keeping a
 * note someone changed since); an Excel without notes marks with colour alone and says so.
 */
const noteOf = (findings: Finding[]) => `FundCheck：${findings.map((f) => f.message).join('；')}`;

interface Harness {
  adapter: WorkbookHost;
  note(a1: string): string | undefined;
  setNote(a1: string, text: string | undefined): void;
  reopen(): Harness;
  check(adapter: WorkbookHost): ReturnType<typeof check>;
}

const SHEET = '收支分析表';

async function excel(): Promise<Harness> {
  const wrap = (opened: Awaited<ReturnType<typeof openFixture>>): Harness => ({
    adapter: opened.adapter,
    note: (a1) => opened.host.cell(SHEET, a1)?.note,
    setNote: (a1, text) => opened.host.edit(SHEET, a1, { ...(opened.host.cell(SHEET, a1) ?? {}), note: text }),
    reopen: () => wrap(reopen(opened)),
    check,
  });
  return wrap(await openFixture('hami-2019'));
}

async function wps(): Promise<Harness> {
  const wrap = (opened: Awaited<ReturnType<typeof openWpsFixture>>): Harness => ({
    adapter: opened.adapter,
    note: (a1) => opened.wps.cell(SHEET, a1)?.comment,
    setNote: (a1, text) => {
      const cell = opened.wps.cell(SHEET, a1) ?? {};
      opened.wps.edit(SHEET, a1, { ...cell, comment: text });
    },
    reopen: () => wrap(reopenWps(opened)),
    check: checkWps,
  });
  return wrap(await openWpsFixture('hami-2019'));
}

describe.each([
  ['Excel', excel],
  ['WPS', wps],
] as const)('notes with the marks in %s', (_, open) => {
  it('notes each marked cell, after a note already there, and 清除标记 puts back exactly what was there', async () => {
    const h = await open();
    h.setNote('G4', '王会计：请复核');
    const analysis = await h.check(h.adapter);
    unwrap(await h.adapter.highlight(analysis.findings, noteOf));
    expect(h.note('G4')).toMatch(/^王会计：请复核\n\nFundCheck：合计 2019年预算收入/);
    expect(h.note('G12')).toMatch(/^FundCheck：/);
    // A second check writes its note over its own, never twice after the user's.
    const later = h.reopen();
    unwrap(await later.adapter.highlight((await later.check(later.adapter)).findings, noteOf));
    expect(later.note('G4')?.match(/FundCheck：/g)).toHaveLength(1);
    unwrap(await later.adapter.clearHighlights());
    expect(later.note('G4')).toBe('王会计：请复核');
    expect(later.note('G12')).toBeUndefined();
  });

  it('leaves a note someone changed since on 清除标记', async () => {
    const h = await open();
    const analysis = await h.check(h.adapter);
    unwrap(await h.adapter.highlight(analysis.findings, noteOf));
    h.setNote('G12', '已核实，不改');
    unwrap(await h.adapter.clearHighlights());
    expect(h.note('G12')).toBe('已核实，不改');
    expect(h.note('G4')).toBeUndefined();
  });
});

describe('notes in an Excel without them (ExcelApi below 1.18)', () => {
  it('marks with colour alone and says notes could not be written', async () => {
    const { host, adapter } = openModel({ ...(await loadWorkbookModel('hami-2019')), excelApi: 17 });
    const analysis = await check(adapter);
    const marked = unwrap(await adapter.highlight(analysis.findings, noteOf));
    expect(marked.notesUnsupported).toBe(true);
    expect(marked.highlighted).toBeGreaterThan(0);
    expect(host.cell(SHEET, 'G4')?.note).toBeUndefined();
    expect(host.cell(SHEET, 'G4')?.fill?.color).toBe('#FFC7CE');
  });
});
