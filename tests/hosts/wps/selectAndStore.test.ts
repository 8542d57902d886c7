import { chunksOf, DocumentStore } from '../../../src/hosts/wps/documentStore';
import { openWpsFixture, reopenWps, unwrap } from './openWps';
import { createFakeWps } from './simulated/createFakeWps';
import { loadWpsModel } from './simulated/loadWpsModel';

describe('selecting a finding’s cell in WPS', () => {
  it('activates the sheet and selects the cell', async () => {
    const { wps, adapter } = await openWpsFixture('hami-2019');
    unwrap(await adapter.select('收支分析表', 'G4'));
    expect(wps.model.selection).toEqual({ sheet: '收支分析表', address: 'G4' });
    expect(wps.model.activeSheet).toBe('收支分析表');
  });

  it('names a deleted sheet, and a hidden one instead of failing in WPS', async () => {
    const { wps, adapter } = await openWpsFixture('yuepuhu-2020');
    const [gone, other] = wps.model.sheets.map((s) => s.name);
    wps.deleteSheet(gone);
    expect(await adapter.select(gone, 'G4')).toEqual({ ok: false, problem: { kind: 'missingSheets', sheets: [gone] } });
    wps.setVisible(other, 2);
    const hidden = await adapter.select(other, 'A1');
    expect(hidden).toEqual({ ok: false, problem: { kind: 'hiddenSheet', sheet: other, veryHidden: true } });
    expect(wps.model.selection).toBeUndefined();
  });
});

describe('the scoring settings and stored text in document properties', () => {
  it('keeps the settings in the workbook across a reopen', async () => {
    const opened = await openWpsFixture('yuepuhu-2020-blank-scores');
    expect(unwrap(await opened.adapter.loadSettings())).toBeNull();
    unwrap(await opened.adapter.saveSettings({ preset: 'deviation', decimals: 1 }));
    unwrap(await opened.adapter.saveSettings({ preset: 'default', decimals: 2 }));
    const again = reopenWps(opened);
    expect(unwrap(await again.adapter.loadSettings())).toEqual({ preset: 'default', decimals: 2 });
    expect(Object.keys(again.wps.model.properties).sort()).toEqual(['FundCheck.settings', 'FundCheck.settings#1']);
  });

  it('treats damaged settings as none', async () => {
    const { wps, adapter } = await openWpsFixture('hami-2019');
    wps.model.properties['FundCheck.settings'] = '1';
    wps.model.properties['FundCheck.settings#1'] = '{"preset":';
    expect(unwrap(await adapter.loadSettings())).toBeNull();
    wps.model.properties['FundCheck.settings#1'] = '{"preset":"default","decimals":"2"}';
    expect(unwrap(await adapter.loadSettings())).toBeNull();
  });

  it('stores text of any length in 255-character chunks, and drops chunks a shorter text no longer needs', async () => {
    const wps = createFakeWps(await loadWpsModel('hami-2019'));
    wps.model.properties['作者备注'] = '别人的属性';
    const long = '收支分析表!G4 𠀀 '.repeat(120); // CJK and a character outside the BMP, over 1,500 characters
    new DocumentStore(wps.application.ActiveWorkbook!, 'FundCheck.').write('FundCheck.fills', long);
    const chunks = Object.keys(wps.model.properties).filter((k) => k.startsWith('FundCheck.fills#'));
    expect(chunks.length).toBe(Math.ceil(long.length / 255) + (chunksOf(long).length - Math.ceil(long.length / 255)));
    expect(new DocumentStore(wps.reopen().application.ActiveWorkbook!, 'FundCheck.').read('FundCheck.fills')).toBe(long);

    const store = new DocumentStore(wps.application.ActiveWorkbook!, 'FundCheck.');
    store.write('FundCheck.fills', 'short');
    expect(Object.keys(wps.model.properties).sort()).toEqual(['FundCheck.fills', 'FundCheck.fills#1', '作者备注']);
    expect(store.entries()).toEqual(new Map([['FundCheck.fills', 'short']]));
    store.write('FundCheck.fills', null);
    expect(Object.keys(wps.model.properties)).toEqual(['作者备注']);
    expect(store.read('FundCheck.fills')).toBeNull();
  });

  it('never splits a surrogate pair between chunks', () => {
    const text = 'a'.repeat(254) + '𠀀' + 'b';
    const chunks = chunksOf(text);
    expect(chunks.map((c) => c.length)).toEqual([254, 3]);
    expect(chunks.join('')).toBe(text);
  });
});
