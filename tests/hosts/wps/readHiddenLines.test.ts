import { createWpsHost } from '../../../src/hosts/wps';
import { expectedHidden, randomHiddenWorkbook, reportedHidden } from '../hiddenCases';
import { openWpsModel, unwrap } from './openWps';
import { answerOtherwise } from './simulated/answerOtherwise';
import { createFakeWps } from './simulated/createFakeWps';
import { fromExcelModel } from './simulated/loadWpsModel';
import type { WpsCellModel, WpsWorkbookModel } from './simulated/WpsModel';

/** `count` sheets, each a table of `rows` × `columns` values from B3. */
function tables(count: number, rows = 8, columns = 5): WpsWorkbookModel {
  return {
    name: 'tables.xlsx',
    properties: {},
    activeSheet: '表1',
    sheets: Array.from({ length: count }, (_, s) => {
      const cells: Record<string, WpsCellModel> = {};
      for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) cells[`${r + 2},${c + 1}`] = { value: s * 1000 + r * 10 + c };
      return { name: `表${s + 1}`, visible: -1, protectContents: false, cells };
    }),
  };
}

describe('hidden rows and columns through the WPS object model', () => {
  it('costs four calls a sheet that hides nothing: EntireRow.Hidden and EntireColumn.Hidden of its used range', async () => {
    const opened = openWpsModel(tables(3));
    const grid = unwrap(await opened.adapter.read());
    expect(grid.sheets.every((s) => s.hiddenRows === undefined && s.hiddenColumns === undefined)).toBe(true);
    expect(opened.wps.callsTo('Range.Hidden')).toBe(2 * 3);
    expect(opened.wps.callsTo('Range.EntireRow') + opened.wps.callsTo('Range.EntireColumn')).toBe(2 * 3);
  });

  it('follows the hidden runs, not the rows: one hidden row in 2,000 costs a few dozen questions', async () => {
    const model = tables(1, 2000, 3);
    const opened = openWpsModel(model);
    opened.wps.hideRows('表1', '1003');
    const grid = unwrap(await opened.adapter.read());
    expect(grid.sheets[0].hiddenRows).toEqual([1002]);
    expect(opened.wps.callsTo('Range.Hidden')).toBeLessThan(2 * 2 * Math.log2(2000) + 4);
  });

  it('lists E:XFD hidden over a 10-column table as its hidden columns, and rows 200:1048576 as none of the table', async () => {
    const opened = openWpsModel(tables(1, 20, 10)); // B3:K22
    opened.wps.hideColumns('表1', 'E:XFD');
    opened.wps.hideRows('表1', '200:1048576');
    const grid = unwrap(await opened.adapter.read());
    expect(grid.sheets[0].hiddenColumns).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(grid.sheets[0]).not.toHaveProperty('hiddenRows');
    expect(opened.wps.callsTo('Range.Hidden')).toBeLessThan(12);
  });

  it('lists a hidden stray entry at XFD1048576 without asking Hidden of the whole sheet', async () => {
    const model = tables(1, 20, 5);
    model.sheets[0].cells['1048575,16383'] = { value: '末尾' };
    model.sheets[0].cells['0,0'] = { value: '表头' };
    const opened = openWpsModel(model);
    opened.wps.hideRows('表1', '1048576');
    opened.wps.hideColumns('表1', 'A');
    const grid = unwrap(await opened.adapter.read());
    expect(grid.sheets[0].hiddenRows).toEqual([1_048_575]);
    expect(grid.sheets[0].hiddenColumns).toEqual([0]);
  });

  it.each(Array.from({ length: 60 }, (_, i) => [i + 1]))('seeded workbook %i: exactly the hidden lines holding a value', async (seed) => {
    const model = randomHiddenWorkbook(seed);
    const { adapter } = openWpsModel(fromExcelModel(model));
    expect(reportedHidden(unwrap(await adapter.read()))).toEqual(expectedHidden(model));
  });

  it.each([
    ['-1 / 0, as VBA spells True and False', (v: unknown) => (v === true ? -1 : v === false ? 0 : v)],
    ['text', (v: unknown) => String(v)],
  ])('stops with its message when Hidden comes back as %s', async (_label, change) => {
    const wps = createFakeWps(tables(1));
    const outcome = await createWpsHost(answerOtherwise(wps.application, 'Hidden', change)).read();
    expect(outcome).toMatchObject({ ok: false, problem: { kind: 'hostError', code: 'WpsUnexpectedAnswer' } });
    if (!outcome.ok) expect((outcome.problem as { message: string }).message).toMatch(/隐藏状态（Entire(Row|Column)\.Hidden）与预期不符/);
  });
});
