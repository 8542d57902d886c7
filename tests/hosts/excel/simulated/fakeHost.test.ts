import { createFakeHost, type FakeHost } from './fake/createFakeHost';
import type { WorkbookModel } from './fake/WorkbookModel';
import { loadWorkbookModel } from './loadWorkbookModel';

function tiny(): WorkbookModel {
  return {
    name: 'tiny.xlsx',
    settings: {},
    sheets: [
      { name: 'A', cells: { '0,0': { value: 1 }, '1,1': { value: 'x', fill: { color: '#FFFF00', pattern: 'Solid', patternColor: '#000000' } }, '2,0': { value: 3, formula: '=A1+2' } } },
      { name: 'B', protected: true, cells: { '0,0': { value: 'locked' } } },
    ],
  };
}

describe('the simulated Excel host', () => {
  let host: FakeHost;
  beforeEach(() => {
    host = createFakeHost(tiny());
  });

  it('throws PropertyNotLoaded when a property is read without load and sync', async () => {
    await expect(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject('A').getRange('A1');
        return range.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('throws PropertyNotLoaded when a loaded property is read before the sync', async () => {
    await expect(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject('A').getRange('A1');
        range.load('values');
        return range.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('returns values, formulas and number formats as Office.js does after the sync', async () => {
    const got = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject('A').getRangeByIndexes(0, 0, 3, 2);
      range.load(['values', 'formulas', 'numberFormat']);
      await context.sync();
      return { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat };
    });
    expect(got.values).toEqual([[1, ''], ['', 'x'], [3, '']]);
    expect(got.formulas).toEqual([[1, ''], ['', 'x'], ['=A1+2', '']]);
    expect(got.numberFormat[0][0]).toBe('General');
  });

  it('applies writes only at sync and counts every sync', async () => {
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject('A').getRange('C1');
      range.values = [[42]];
      expect(host.cell('A', 'C1')).toBeUndefined();
      await context.sync();
      expect(host.cell('A', 'C1')?.value).toBe(42);
    });
    expect(host.syncs).toHaveLength(1);
  });

  it('refuses a write on a protected sheet at sync with AccessDenied', async () => {
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject('B').getRange('A1').values = [['changed']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(host.cell('B', 'A1')?.value).toBe('locked');
  });

  it('reports a missing sheet as a null object and the used range of a sheet', async () => {
    const got = await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('nope');
      const used = context.workbook.worksheets.getItemOrNullObject('A').getUsedRangeOrNullObject();
      used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      await context.sync();
      return { missing: missing.isNullObject, used: [used.rowIndex, used.columnIndex, used.rowCount, used.columnCount] };
    });
    expect(got).toEqual({ missing: true, used: [0, 0, 3, 2] });
  });

  it('reads "no fill" as pattern None and restores it with clear()', async () => {
    await host.run(async (context) => {
      const fill = context.workbook.worksheets.getItemOrNullObject('A').getRange('B2').format.fill;
      fill.color = '#FF0000';
      await context.sync();
      fill.clear();
      fill.load(['color', 'pattern']);
      await context.sync();
      expect([fill.color, fill.pattern]).toEqual(['#FFFFFF', 'None']);
    });
    expect(host.cell('A', 'B2')?.fill).toBeUndefined();
  });

  it('refuses a response over the payload limit and a range over the cell limit', async () => {
    const small = createFakeHost(tiny(), { maxPayloadBytes: 1000, maxCellsPerRange: 4 });
    const read = (rows: number) =>
      small.run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject('A').getRangeByIndexes(0, 0, rows, 2);
        range.load('values');
        await context.sync();
      });
    await expect(read(3)).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
    const big = createFakeHost(tiny(), { maxPayloadBytes: 120, maxCellsPerRange: 100 });
    await expect(
      big.run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject('A').getRangeByIndexes(0, 0, 3, 2);
        range.load(['values', 'formulas', 'numberFormat']);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('keeps settings and fills across "close and reopen"', async () => {
    await host.run(async (context) => {
      context.workbook.settings.add('k', '{"a":1}');
      context.workbook.worksheets.getItemOrNullObject('A').getRange('A1').format.fill.color = '#00FF00';
    });
    const reopened = host.reopen();
    expect(reopened.model.settings.k).toBe('{"a":1}');
    expect(reopened.cell('A', 'A1')?.fill?.color).toBe('#00FF00');
    expect(reopened.syncs).toHaveLength(0);
  });

  it('answers rowHidden and columnHidden as Office.js does: true when all are hidden, false when none, null when some', async () => {
    host.hideRows('A', '2:3');
    host.hideColumns('A', 'C:XFD');
    const flags = (address: string) =>
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem('A').getRange(address);
        range.load(['rowHidden', 'columnHidden']);
        await context.sync();
        return [range.rowHidden, range.columnHidden];
      });
    expect(await flags('A1:B1')).toEqual([false, false]);
    expect(await flags('C2:D3')).toEqual([true, true]);
    expect(await flags('A1:C4')).toEqual([null, null]);
    expect(await flags('A3:A5')).toEqual([null, false]);
  });

  it('lists in a RangeView only the cells whose row and column are both visible, with quoted sheet names where needed', async () => {
    const model = tiny();
    model.sheets.push({ name: "报表 1's", cells: {} });
    const other = createFakeHost(model);
    other.hideRows("报表 1's", '2');
    other.hideColumns("报表 1's", 'B:C');
    other.hideRows('A', '1:3');
    const view = (sheet: string, address: string) =>
      other.run(async (context) => {
        const v = context.workbook.worksheets.getItem(sheet).getRange(address).getVisibleView();
        v.load(['cellAddresses', 'rowCount', 'columnCount']);
        await context.sync();
        return [v.cellAddresses, v.rowCount, v.columnCount];
      });
    expect(await view("报表 1's", 'A1:D3')).toEqual([[["'报表 1''s'!A1", "'报表 1''s'!D1"], ["'报表 1''s'!A3", "'报表 1''s'!D3"]], 2, 2]);
    expect(await view('A', 'A1:B3')).toEqual([[], 0, 2]);
    expect(await view('A', 'B4')).toEqual([[['A!B4']], 1, 1]);
  });

  it('refuses rowHidden / columnHidden below ExcelApi 1.2 and getVisibleView below 1.3 at sync, as an older Excel does', async () => {
    const load = (api: number, what: 'flags' | 'view') => {
      const old = createFakeHost({ ...tiny(), excelApi: api });
      return old.run(async (context) => {
        const range = context.workbook.worksheets.getItem('A').getRange('A1:B2');
        if (what === 'flags') range.load('rowHidden');
        else range.getVisibleView().load('cellAddresses');
        await context.sync();
      });
    };
    await expect(load(1, 'flags')).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(load(2, 'flags')).resolves.toBeUndefined();
    await expect(load(2, 'view')).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(load(3, 'view')).resolves.toBeUndefined();
  });

  it('loads a shared fixture into a model with the cached results of formulas', async () => {
    const model = await loadWorkbookModel('hami-2019');
    expect(model.sheets.map((s) => s.name)).toContain('收支分析表');
    const cells = Object.values(model.sheets[0].cells);
    expect(cells.some((c) => typeof c.value === 'number')).toBe(true);
  });
});
