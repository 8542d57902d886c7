import { analyseWorkbook } from '../../../src/core';
import { a1, loadFixture } from '../../helpers/grid';
import { checkWps, openWpsFixture, openWpsModel, unwrap } from './openWps';
import { answerOtherwise } from './simulated/answerOtherwise';
import { createFakeWps } from './simulated/createFakeWps';
import { createWpsHost, WPS_LIMITS } from '../../../src/hosts/wps';
import type { WpsCellModel, WpsWorkbookModel } from './simulated/WpsModel';

const FORMATS = ['0.00', '0.00%', undefined, '#,##0.00', '0'];

/** `sheets` sheets of `rows` rows × 5 numeric columns, each column with its own number format. */
function ledger(rows: number, sheets = 1): WpsWorkbookModel {
  return {
    name: 'ledger.xlsx',
    properties: {},
    activeSheet: '表1',
    sheets: Array.from({ length: sheets }, (_, s) => {
      const cells: Record<string, WpsCellModel> = { '0,0': { value: '项目' } };
      for (let r = 1; r <= rows; r++) FORMATS.forEach((numberFormat, c) => (cells[`${r},${c}`] = { value: r * 10 + c + s, ...(numberFormat ? { numberFormat } : {}) }));
      return { name: `表${s + 1}`, visible: -1, protectContents: false, cells };
    }),
  };
}

describe('reading the workbook through the WPS object model', () => {
  it.each(['code', 'text'] as const)('gives the core what the .xlsx reader gives, on every fixture (error cells as %s)', async (errorsAs) => {
    for (const name of ['hami-2019', 'bazhou-2020', 'yuepuhu-2020', 'yuepuhu-2020-blank-scores', 'bachu-2020']) {
      const { adapter } = await openWpsFixture(name, { errorsAs });
      const analysis = await checkWps(adapter);
      const viaFile = analyseWorkbook(await loadFixture(name));
      expect(analysis.findings.map((f) => `${f.at.sheet}!${a1(f)} ${f.severity} ${f.rule}`)).toEqual(viaFile.findings.map((f) => `${f.at.sheet}!${a1(f)} ${f.severity} ${f.rule}`));
      expect(analysis.fills.map((f) => `${f.at.sheet}!${a1(f)}=${f.value} ${f.numberFormat}`)).toEqual(viaFile.fills.map((f) => `${f.at.sheet}!${a1(f)}=${f.value} ${f.numberFormat}`));
    }
  });

  it('flags 收支分析表!G4 in hami-2019', async () => {
    const { adapter } = await openWpsFixture('hami-2019');
    const analysis = await checkWps(adapter);
    expect(analysis.findings.filter((f) => f.severity === 'error').map((f) => `${f.at.sheet}!${a1(f)}`)).toEqual(['收支分析表!G4']);
  });

  it('reads in bulk: a hundred times the rows takes the same number of object-model calls', async () => {
    const small = openWpsModel(ledger(20));
    const large = openWpsModel(ledger(2000));
    const smallGrid = unwrap(await small.adapter.read());
    const largeGrid = unwrap(await large.adapter.read());
    expect(largeGrid.sheets[0].cells).toHaveLength(1 + 2000 * 5);
    expect(large.wps.calls()).toBe(small.wps.calls());
    expect(large.wps.callsTo('Range.Value2')).toBe(1);
    // Every number format comes back, from one NumberFormat call per column, not per cell.
    expect(largeGrid.sheets[0].cells.filter((c) => c.col === 1 && c.row > 0).every((c) => c.numberFormat === '0.00%')).toBe(true);
    expect(largeGrid.sheets[0].cells.find((c) => c.row === 5 && c.col === 2)?.numberFormat).toBeUndefined();
    expect(smallGrid.sheets[0].cells.find((c) => c.row === 20 && c.col === 4)).toEqual({ row: 20, col: 4, value: 204, numberFormat: '0' });
    expect(large.wps.callsTo('Range.NumberFormat')).toBeLessThanOrEqual(1 + FORMATS.length);
  });

  it('costs a constant number of calls a sheet, however many sheets', async () => {
    const calls = async (sheets: number) => {
      const opened = openWpsModel(ledger(10, sheets));
      const grid = unwrap(await opened.adapter.read());
      expect(grid.sheets[sheets - 1].cells.find((c) => c.row === 1 && c.col === 0)?.value).toBe(10 + sheets - 1);
      return opened.wps.calls();
    };
    const [one, two, fifty] = [await calls(1), await calls(2), await calls(50)];
    const perSheet = two - one;
    expect(perSheet).toBeLessThan(30);
    expect(fifty - one).toBe(49 * perSheet);
  });

  it('reads each cell of a checkerboard of formats exactly, splitting only where formats differ', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const cells: Record<string, WpsCellModel> = {};
    for (let r = 0; r < 30; r++) for (let c = 0; c < 6; c++) {
      const roll = random();
      cells[`${r},${c}`] = roll < 0.2 ? { value: `文字${r}` } : { value: r + c / 10, numberFormat: roll < 0.5 ? '0.00' : roll < 0.8 ? '0.0%' : 'General' };
    }
    const { adapter } = openWpsModel({ name: 'mixed.xlsx', properties: {}, activeSheet: 'S', sheets: [{ name: 'S', visible: -1, protectContents: false, cells }] });
    const grid = unwrap(await adapter.read());
    for (const cell of grid.sheets[0].cells) {
      const model = cells[`${cell.row},${cell.col}`];
      const expected = typeof model.value === 'number' && model.numberFormat !== 'General' ? model.numberFormat : undefined;
      expect([`${cell.row},${cell.col}`, cell.numberFormat]).toEqual([`${cell.row},${cell.col}`, expected]);
    }
  });

  it('reads large used ranges in blocks of rows', async () => {
    const { wps, adapter } = openWpsModel(ledger(1000), undefined, { ...WPS_LIMITS, maxCellsPerRead: 600 });
    const grid = unwrap(await adapter.read());
    expect(wps.callsTo('Range.Value2')).toBe(Math.ceil(1001 / 120));
    expect(grid.sheets[0].cells.find((c) => c.row === 1000 && c.col === 3)?.value).toBe(10003);
  });

  it('never reads the empty expanse of a used range stretched by a stray entry or by formatting', async () => {
    const model = ledger(20);
    model.sheets[0].cells['1048575,16383'] = { value: '末尾' }; // XFD1048576
    model.sheets[0].cells['5000,3'] = { formatted: true }; // a border far below the table
    const { wps, adapter } = openWpsModel(model);
    const grid = unwrap(await adapter.read());
    expect(grid.sheets[0].cells).toHaveLength(1 + 20 * 5 + 1);
    expect(grid.sheets[0].cells.find((c) => c.row === 1048575)?.value).toBe('末尾');
    expect(wps.callsTo('WorksheetFunction.CountA')).toBeLessThan(100);
    expect(wps.callsTo('Range.Value2')).toBeLessThanOrEqual(4);
  });

  it('reports protection, visibility, formulas and error cells to the core', async () => {
    const { adapter } = openWpsModel({
      name: 'f.xlsx',
      properties: {},
      activeSheet: 'S',
      sheets: [
        { name: 'S', visible: -1, protectContents: true, cells: { '0,0': { value: 2 }, '0,1': { value: 4, formula: '=A1*2', numberFormat: '0.00' }, '0,2': { error: '#DIV/0!', formula: '=1/0' } } },
        { name: '隐藏', visible: 0, protectContents: false, cells: { '1,1': { value: 'x' } } },
        { name: '深度隐藏', visible: 2, protectContents: false, cells: {} },
      ],
    });
    const grid = unwrap(await adapter.read());
    expect(grid.sheets.map((s) => [s.name, s.protected, s.visibility])).toEqual([['S', true, 'visible'], ['隐藏', false, 'hidden'], ['深度隐藏', false, 'veryHidden']]);
    expect(grid.sheets[0].cells).toEqual([
      { row: 0, col: 0, value: 2 },
      { row: 0, col: 1, value: 4, formula: 'A1*2', numberFormat: '0.00' },
      { row: 0, col: 2, value: { error: '#DIV/0!' }, formula: '1/0' },
    ]);
    expect(grid.sheets[2].cells).toEqual([]);
  });

  it('says in Chinese that no workbook is open', async () => {
    const { adapter } = openWpsModel({ name: '', properties: {}, activeSheet: '', sheets: [], closed: true });
    const outcome = await adapter.read();
    expect(outcome).toEqual({ ok: false, problem: { kind: 'hostError', code: 'WpsNoWorkbook', message: expect.stringContaining('没有打开的工作簿') } });
  });

  describe('stops with a clear message, instead of guessing, when WPS answers in another shape', () => {
    const answers: [string, string, (v: unknown) => unknown][] = [
      ['a flat Value2', 'Value2', (v) => (Array.isArray(v) ? v.flat() : v)],
      ['a transposed Value2', 'Value2', (v) => (Array.isArray(v) ? (v[0] as unknown[]).map((_, c) => v.map((row) => (row as unknown[])[c])) : v)],
      ['an object for Value2', 'Value2', () => ({})],
      ['a number for NumberFormat', 'NumberFormat', () => 7],
      ['true for Visible', 'Visible', () => 'yes'],
    ];
    it.each(answers)('%s', async (_, property, change) => {
      const wps = createFakeWps(ledger(3));
      const adapter = createWpsHost(answerOtherwise(wps.application, property, change));
      const outcome = await adapter.read();
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.problem).toMatchObject({ kind: 'hostError', code: 'WpsUnexpectedAnswer' });
      expect((outcome.problem as { message: string }).message).toMatch(/WPS 返回的.+与预期不符：应为.+实际为/);
    });
  });
});
