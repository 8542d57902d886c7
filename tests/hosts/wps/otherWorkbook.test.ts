import { analyseWorkbook } from '../../../src/core';
import { createWpsHost, type WpsApplication } from '../../../src/hosts/wps';
import { unwrap } from './openWps';
import { createFakeWps, type FakeWps } from './simulated/createFakeWps';
import { loadWpsModel } from './simulated/loadWpsModel';

describe('the WPS pane while the user switches workbook tabs', () => {
  it('marks, fills and selects only in the workbook it checked, and says so in Chinese', async () => {
    const hami = createFakeWps(await loadWpsModel('hami-2019'));
    const other = createFakeWps(await loadWpsModel('yuepuhu-2020-blank-scores'));
    let shown: FakeWps = hami;
    // WPS's one Application, whose ActiveWorkbook is the tab in front.
    const app: WpsApplication = {
      get ActiveWorkbook() {
        return shown.application.ActiveWorkbook;
      },
      get WorksheetFunction() {
        return shown.application.WorksheetFunction;
      },
    };
    const host = createWpsHost(app);
    const analysis = analyseWorkbook(unwrap(await host.read()), { policy: 'default' });

    shown = other;
    const before = structuredClone(other.model);
    for (const outcome of [await host.highlight(analysis.findings), await host.fill(analysis.fills, 'overwrite', analysis.tables), await host.select('收支分析表', 'G4')]) {
      expect(outcome).toEqual({ ok: false, problem: { kind: 'hostError', code: 'WpsOtherWorkbook', message: expect.stringContaining('不是刚才核对的「hami-2019.xlsx」') } });
    }
    expect(other.model).toEqual(before);

    shown = hami;
    expect(unwrap(await host.highlight(analysis.findings)).highlighted).toBeGreaterThan(0);
    shown = other;
    // Checking the workbook now shown makes it the one the pane works on.
    analyseWorkbook(unwrap(await host.read()), { policy: 'default' });
    expect((await host.select('自评表-城乡居民医疗', 'H15')).ok).toBe(true);
  });
});
