import type { Analysis } from '../../../src/core';
import { checkWps, openWpsFixture, reopenWps, unwrap, type OpenedWps } from './openWps';

const MEDICAL = '自评表-城乡居民医疗';
const PENSION = '自评表-城乡居民养老';

async function checked(): Promise<OpenedWps & { analysis: Analysis }> {
  const opened = await openWpsFixture('yuepuhu-2020-blank-scores');
  return { ...opened, analysis: await checkWps(opened.adapter) };
}

/** The sheets as saved, ignoring cells left with nothing but a format (WPS keeps a formatted blank, as Excel does). */
const contents = (opened: OpenedWps) =>
  opened.wps.model.sheets.map((s) => ({ ...s, cells: Object.fromEntries(Object.entries(s.cells).filter(([, c]) => c.value !== undefined || c.formula || c.error || c.interior)) }));

describe('填写得分 and 撤销填写 in WPS', () => {
  it("writes the report's own 得分 into the empty cells, a column of scores in one Value2 call", async () => {
    const { wps, adapter, analysis } = await checked();
    expect(wps.cell(MEDICAL, 'H15')?.value).toBeUndefined();
    wps.resetCalls();
    const result = unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    expect(result.kind).toBe('done');
    expect(wps.cell(MEDICAL, 'H15')).toMatchObject({ value: 5.49, numberFormat: '0.00' });
    // The light mark of a filled cell, in WPS's BGR: #E2EFDA is 0xDAEFE2.
    expect(wps.cell(MEDICAL, 'H15')?.interior?.color).toBe(0xdaefe2);
    expect(result.kind === 'done' && result.marked).toBe(analysis.fills.length);
    expect(wps.cell(PENSION, 'H13')?.value).toBe(5.9);
    expect(wps.cell(MEDICAL, 'G6')?.value).toBe(1);
    expect(wps.callsTo('Range.Value2=')).toBeLessThan(analysis.fills.length / 2);
  });

  it('restores the blanks with 撤销填写, in this session or after a reopen, and forgets the record', async () => {
    const opened = await checked();
    const before = contents(opened);
    unwrap(await opened.adapter.fill(opened.analysis.fills, 'ask', opened.analysis.tables));
    expect(contents(opened)).not.toEqual(before);
    const again = reopenWps(opened);
    const undone = unwrap(await again.adapter.undoFill());
    expect(undone.restored).toBe(opened.analysis.fills.length);
    expect(contents(again)).toEqual(before);
    expect(Object.keys(again.wps.model.properties).filter((k) => k.startsWith('FundCheck.fills'))).toEqual([]);
  });

  it('puts back text as text and numbers with their format, however they look', async () => {
    const { wps, adapter, analysis } = await checked();
    wps.edit(MEDICAL, 'H15', { value: '5' }); // typed as text: WPS would read '5' written back as the number 5
    wps.edit(MEDICAL, 'H14', { value: '无', numberFormat: '@' });
    wps.edit(MEDICAL, 'H13', { value: 0.055, numberFormat: '0.0%' });
    await checkWps(adapter);
    unwrap(await adapter.fill(analysis.fills, 'overwrite', analysis.tables));
    expect(wps.cell(MEDICAL, 'H15')?.value).toBe(5.49);
    unwrap(await adapter.undoFill());
    expect(wps.cell(MEDICAL, 'H15')).toEqual({ value: '5' });
    expect(wps.cell(MEDICAL, 'H14')).toEqual({ value: '无', numberFormat: '@' });
    expect(wps.cell(MEDICAL, 'H13')).toEqual({ value: 0.055, numberFormat: '0.0%' });
  });

  it('asks before overwriting a cell that holds something, writes nothing until told, then fills only the blanks', async () => {
    const { wps, adapter, analysis } = await checked();
    wps.edit(MEDICAL, 'H15', { value: 5 });
    await checkWps(adapter);
    const before = structuredClone(wps.model);
    const asked = unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    expect(asked).toEqual({ kind: 'needsConfirmation', occupied: [{ sheet: MEDICAL, cell: 'H15', current: 5, value: '5.49' }] });
    expect(wps.model).toEqual(before);
    expect(unwrap(await adapter.fill(analysis.fills, 'blanksOnly', analysis.tables))).toMatchObject({ kind: 'done', skippedOccupied: [`${MEDICAL}!H15`] });
    expect(wps.cell(MEDICAL, 'H15')?.value).toBe(5);
    expect(wps.cell(MEDICAL, 'H14')?.value).toBe(5.5);
  });

  it('never replaces a formula, even when told to overwrite', async () => {
    const { wps, adapter, analysis } = await checked();
    wps.edit(MEDICAL, 'H15', { value: 5.49, formula: '=G15*10' });
    await checkWps(adapter);
    const result = unwrap(await adapter.fill(analysis.fills, 'overwrite', analysis.tables));
    expect(result).toMatchObject({ kind: 'done', skippedFormulas: [`${MEDICAL}!H15`] });
    expect(wps.cell(MEDICAL, 'H15')).toEqual({ value: 5.49, formula: '=G15*10' });
  });

  it('leaves the locked cells of a protected sheet alone, writes its unlocked ones, and fills the other sheets', async () => {
    const { wps, adapter, analysis } = await checked();
    const unlocked = analysis.fills.find((f) => f.at.sheet === PENSION && !(f.at.row === 12 && f.at.col === 7))!;
    const address = `${String.fromCharCode(65 + unlocked.at.col)}${unlocked.at.row + 1}`;
    wps.protectSheet(PENSION);
    wps.edit(PENSION, address, { ...wps.cell(PENSION, address), locked: false });
    const result = unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    expect(result.kind === 'done' && result.skippedProtected).toContain(`${PENSION}!H13`);
    expect(wps.cell(PENSION, 'H13')?.value).toBeUndefined();
    expect(wps.cell(PENSION, address)?.value).toBe(Number(unlocked.value));
    expect(wps.cell(MEDICAL, 'H15')?.value).toBe(5.49);
  });

  it('refuses a cell edited since the check, or a deleted sheet, and writes nothing', async () => {
    const { wps, adapter, analysis } = await checked();
    wps.edit(MEDICAL, 'E15', { value: 123 });
    const before = structuredClone(wps.model);
    expect(await adapter.fill(analysis.fills, 'ask', analysis.tables)).toEqual({ ok: false, problem: { kind: 'changedCells', cells: [`${MEDICAL}!E15`] } });
    wps.deleteSheet(PENSION);
    expect(await adapter.fill(analysis.fills, 'ask', analysis.tables)).toEqual({ ok: false, problem: { kind: 'missingSheets', sheets: [PENSION] } });
    expect(wps.model.sheets).toEqual(before.sheets.filter((s) => s.name !== PENSION));
    expect(wps.model.properties).toEqual(before.properties);
  });

  it('does not undo over a filled cell someone changed since, names it, and undoes the rest', async () => {
    const { wps, adapter, analysis } = await checked();
    unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    wps.edit(MEDICAL, 'H15', { value: 4, numberFormat: '0.00' });
    expect(unwrap(await adapter.undoFill())).toMatchObject({ editedCells: [`${MEDICAL}!H15`], restored: analysis.fills.length - 1 });
    expect(wps.cell(MEDICAL, 'H15')).toEqual({ value: 4, numberFormat: '0.00' });
    expect(wps.cell(MEDICAL, 'H14')?.value).toBeUndefined();
  });

  it('undoes fills on a sheet renamed since, following its code name', async () => {
    const { wps, adapter, analysis } = await checked();
    unwrap(await adapter.fill(analysis.fills, 'ask', analysis.tables));
    wps.renameSheet(MEDICAL, '医疗');
    unwrap(await adapter.undoFill());
    expect(wps.cell('医疗', 'H15')?.value).toBeUndefined();
  });
});
