import type { Analysis } from '../../../src/core';
import { STORE_KEYS } from '../../../src/hosts/shared';
import { check, openFixture, reopen, unwrap, type Opened } from './openFixture';

const MEDICAL = '自评表-城乡居民医疗';
const PENSION = '自评表-城乡居民养老';

async function checked(): Promise<Opened & { analysis: Analysis }> {
  const opened = await openFixture('yuepuhu-2020-blank-scores');
  return { ...opened, analysis: await check(opened.adapter) };
}

describe('填写得分 and 撤销填写', () => {
  it("writes the report's own 得分 into the empty cells of yuepuhu-2020-blank-scores", async () => {
    const { host, adapter, analysis } = await checked();
    expect(host.cell(MEDICAL, 'H15')?.value ?? null).toBeNull();
    const result = unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    expect(result.kind).toBe('done');
    expect(host.cell(MEDICAL, 'H15')?.value).toBe(5.49);
    expect(host.cell(PENSION, 'H13')?.value).toBe(5.9);
    expect(host.cell(MEDICAL, 'G6')?.value).toBe(1);
    expect(host.cell(MEDICAL, 'H15')?.numberFormat).toBe('0.00');
  });

  it('restores the blanks, and their formats, with 撤销填写', async () => {
    const { host, adapter, analysis } = await checked();
    const before = structuredClone(host.model.sheets);
    unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    const undone = unwrap(await adapter.undoFill());
    expect(undone.restored).toBe(analysis.fills.length);
    expect(host.model.sheets).toEqual(before.map((s) => ({ ...s, cells: withEmptyCellsOf(s.cells, host.model.sheets.find((x) => x.name === s.name)?.cells ?? {}) })));
    expect(host.cell(MEDICAL, 'H15')?.value ?? null).toBeNull();
    expect(host.model.settings[STORE_KEYS.fills]).toBeUndefined();
  });

  it('restores the blanks after the workbook was closed and reopened', async () => {
    const opened = await checked();
    unwrap(await opened.adapter.fill(opened.analysis.fills, 'ask', opened.analysis.tables));
    const again = reopen(opened);
    unwrap(await again.adapter.undoFill());
    expect(again.host.cell(MEDICAL, 'H15')?.value ?? null).toBeNull();
    expect(again.host.cell(PENSION, 'H13')?.value ?? null).toBeNull();
  });

  it('fills in a constant number of syncs', async () => {
    const { host, adapter, analysis } = await checked();
    const start = host.syncs.length;
    unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    expect(host.syncs.length - start).toBe(3);
  });

  it('asks before overwriting a cell that holds something, and writes nothing until told', async () => {
    const { host, adapter, analysis } = await checked();
    // Typed after the check: the check's snapshot must be refreshed first, as the pane does.
    host.edit(MEDICAL, 'H15', { value: 5 });
    await check(adapter);
    const before = structuredClone(host.model);
    const asked = unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    expect(asked).toEqual({ kind: 'needsConfirmation', occupied: [{ sheet: MEDICAL, cell: 'H15', current: 5, value: '5.49' }] });
    expect(host.model).toEqual(before);

    const blanksOnly = unwrap(await adapter.fill(analysis.fills, 'blanksOnly', analysis.tables));
    expect(blanksOnly).toMatchObject({ kind: 'done', skippedOccupied: [`${MEDICAL}!H15`] });
    expect(host.cell(MEDICAL, 'H15')?.value).toBe(5);
    expect(host.cell(MEDICAL, 'H14')?.value).toBe(5.5);

    unwrap(await adapter.fill(analysis.fills, 'overwrite', analysis.tables));
    expect(host.cell(MEDICAL, 'H15')?.value).toBe(5.49);
    unwrap(await adapter.undoFill());
    expect(host.cell(MEDICAL, 'H15')?.value).toBe(5); // the value the user had typed comes back
    expect(host.cell(MEDICAL, 'H14')?.value ?? null).toBeNull();
  });

  it('never replaces a formula, even when told to overwrite', async () => {
    const { host, adapter, analysis } = await checked();
    host.edit(MEDICAL, 'H15', { value: 5.49, formula: '=G15*10' });
    await check(adapter);
    const result = unwrap(await adapter.fill(analysis.fills, 'overwrite', analysis.tables));
    expect(result).toMatchObject({ kind: 'done', skippedFormulas: [`${MEDICAL}!H15`] });
    expect(host.cell(MEDICAL, 'H15')).toEqual({ value: 5.49, formula: '=G15*10' });
  });

  it('leaves the locked cells of a protected sheet alone, names them, and fills the other sheets', async () => {
    const { host, adapter, analysis } = await checked();
    host.protectSheet(PENSION);
    const before = structuredClone(host.model.sheets.find((s) => s.name === PENSION));
    const result = unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    expect(result.kind === 'done' && result.skippedProtected).toContain(`${PENSION}!H13`);
    expect(host.model.sheets.find((s) => s.name === PENSION)).toEqual(before);
    expect(host.cell(MEDICAL, 'H15')?.value).toBe(5.49);
  });

  it('refuses a sheet deleted since the check and writes nothing', async () => {
    const { host, adapter, analysis } = await checked();
    host.deleteSheet(PENSION);
    const before = structuredClone(host.model);
    expect(await adapter.fill(analysis.fills, 'ask', analysis.tables)).toEqual({ ok: false, problem: { kind: 'missingSheets', sheets: [PENSION] } });
    expect(host.model).toEqual(before);
  });

  it('refuses a cell edited since the check and writes nothing', async () => {
    const { host, adapter, analysis } = await checked();
    host.edit(MEDICAL, 'E15', { value: 123 });
    const before = structuredClone(host.model);
    expect(await adapter.fill(analysis.fills, 'ask', analysis.tables)).toEqual({ ok: false, problem: { kind: 'changedCells', cells: [`${MEDICAL}!E15`] } });
    expect(host.model).toEqual(before);
  });

  it('does not undo over a filled cell someone has changed since, names it, and undoes the rest', async () => {
    const { host, adapter, analysis } = await checked();
    unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    host.edit(MEDICAL, 'H15', { value: 4, numberFormat: '0.00' });
    const undone = unwrap(await adapter.undoFill());
    expect(undone).toMatchObject({ editedCells: [`${MEDICAL}!H15`], restored: analysis.fills.length - 1 });
    expect(host.cell(MEDICAL, 'H15')).toEqual({ value: 4, numberFormat: '0.00' });
    expect(host.cell(MEDICAL, 'H14')?.value ?? null).toBeNull();
  });

  it('keeps the fills of a protected sheet for a later undo and names the sheet', async () => {
    const { host, adapter, analysis } = await checked();
    unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    host.protectSheet(MEDICAL);
    const before = structuredClone(host.model.sheets.find((s) => s.name === MEDICAL));
    expect(unwrap(await adapter.undoFill())).toMatchObject({ protectedSheets: [MEDICAL] });
    expect(host.model.sheets.find((s) => s.name === MEDICAL)).toEqual(before);
    expect(host.cell(PENSION, 'H13')?.value ?? null).toBeNull();
    host.protectSheet(MEDICAL, false);
    unwrap(await adapter.undoFill());
    expect(host.cell(MEDICAL, 'H15')?.value ?? null).toBeNull();
  });

  it('keeps the scoring settings in the workbook', async () => {
    const opened = await openFixture('yuepuhu-2020-blank-scores');
    expect(unwrap(await opened.adapter.loadSettings())).toBeNull();
    unwrap(await opened.adapter.saveSettings({ preset: 'deviation', decimals: 1 }));
    expect(unwrap(await reopen(opened).adapter.loadSettings())).toEqual({ preset: 'deviation', decimals: 1 });
  });
});

/** Undo clears a filled cell's value but keeps an (empty) entry with its format, as Excel keeps a formatted blank. */
function withEmptyCellsOf<T extends object>(before: Record<string, T>, after: Record<string, T>): Record<string, T> {
  const out = { ...before };
  for (const k of Object.keys(after)) if (!(k in out)) out[k] = after[k];
  return out;
}
