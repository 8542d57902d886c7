import { DEFAULT_LIMITS } from '../../../src/hosts/excel';
import { expectedHidden, randomHiddenWorkbook, reportedHidden } from '../hiddenCases';
import { openModel, unwrap } from './openFixture';
import { key, type CellModel, type WorkbookModel } from './simulated/fake/WorkbookModel';

/** `count` sheets, each a table of `rows` × `columns` values from B3. */
function tables(count: number, rows = 8, columns = 5): WorkbookModel {
  return {
    name: `tables-${count}.xlsx`,
    settings: {},
    sheets: Array.from({ length: count }, (_, s) => {
      const cells: Record<string, CellModel> = {};
      for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) cells[key(r + 2, c + 1)] = { value: s * 1000 + r * 10 + c };
      return { name: `表${s + 1}`, cells };
    }),
  };
}

async function read(model: WorkbookModel, adapterLimits = DEFAULT_LIMITS) {
  const opened = openModel(model, undefined, { adapterLimits });
  const grid = unwrap(await opened.adapter.read());
  return { grid, syncs: opened.host.syncs };
}

describe('hidden rows and columns through Office.js', () => {
  it('costs no sync when nothing is hidden and one more when rows and columns are, with 1 sheet as with 300', async () => {
    const hide = (model: WorkbookModel) => {
      for (const sheet of model.sheets) Object.assign(sheet, { hiddenRows: [[5, 5]], hiddenColumns: [[3, 3]] });
      return model;
    };
    const counts = await Promise.all([tables(1), tables(300), hide(tables(1)), hide(tables(300))].map(async (m) => (await read(m)).syncs.length));
    expect(counts).toEqual([3, 3, 4, 4]);
    const { grid } = await read(hide(tables(300)));
    expect(grid.sheets.every((s) => s.hiddenRows?.join() === '5' && s.hiddenColumns?.join() === '3')).toBe(true);
    expect(grid.sheets[299].cells).toHaveLength(40);
  });

  it('gives no hidden fields to a sheet that hides nothing where its cells are', async () => {
    const model = tables(1);
    model.sheets[0].hiddenRows = [[40, 1_048_575]];
    model.sheets[0].hiddenColumns = [[20, 16_383]];
    const { grid, syncs } = await read(model);
    expect(grid.sheets[0]).not.toHaveProperty('hiddenRows');
    expect(grid.sheets[0]).not.toHaveProperty('hiddenColumns');
    expect(syncs).toHaveLength(3);
  });

  it('lists E:XFD hidden over a 10-column table as its 6 hidden columns, from an answer of a few hundred bytes', async () => {
    const model = tables(1, 20, 10); // B3:K22
    const { host, adapter } = openModel(model);
    host.hideColumns('表1', 'E:XFD');
    host.hideRows('表1', '200:1048576');
    const grid = unwrap(await adapter.read());
    expect(grid.sheets[0].hiddenColumns).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(grid.sheets[0]).not.toHaveProperty('hiddenRows');
    expect(host.syncs).toHaveLength(4);
    expect(host.syncs[3].responseBytes).toBeLessThan(1000);
  });

  it('lists a hidden row far below the table and a hidden stray entry at XFD1048576, each once', async () => {
    const model = tables(1, 20, 10);
    model.sheets[0].cells[key(299, 0)] = { value: '附注' };
    model.sheets[0].cells[key(1_048_575, 16_383)] = { value: '末尾' };
    const { host, adapter } = openModel(model);
    host.hideRows('表1', '200:1048576');
    host.hideColumns('表1', 'XFD');
    host.hideRows('表1', '7');
    const grid = unwrap(await adapter.read());
    expect(grid.sheets[0].hiddenRows).toEqual([6, 299, 1_048_575]);
    expect(grid.sheets[0].hiddenColumns).toEqual([16_383]);
    expect(Math.max(...host.syncs.map((s) => s.responseBytes))).toBeLessThan(DEFAULT_LIMITS.maxViewBytesPerSync);
  });

  it('guesses again when the label column and the header row it sliced along are hidden', async () => {
    // A full 10 × 10 block: every line holds as many cells, so the first three of each are guessed first.
    const model = tables(1, 10, 10);
    const { host, adapter } = openModel(model);
    host.hideRows('表1', '3:5');
    host.hideColumns('表1', 'B:D');
    const grid = unwrap(await adapter.read());
    expect(grid.sheets[0].hiddenRows).toEqual([2, 3, 4]);
    expect(grid.sheets[0].hiddenColumns).toEqual([1, 2, 3]);
    expect(host.syncs).toHaveLength(5);
  });

  it('asks row by row where every column holding cells is hidden, and only there', async () => {
    const model = tables(2, 12, 1); // B3:B14 on each sheet
    const { host, adapter } = openModel(model);
    host.hideColumns('表1', 'B');
    host.hideRows('表1', '4');
    host.hideRows('表2', '4');
    const grid = unwrap(await adapter.read());
    expect(reportedHidden(grid)).toEqual([
      { name: '表1', hiddenRows: [3], hiddenColumns: [1] },
      { name: '表2', hiddenRows: [3], hiddenColumns: [] },
    ]);
    expect(host.syncs).toHaveLength(4);
    expect(host.syncs[3].loads).toBeLessThan(40); // 12 rows of 表1 asked one by one, 表2 in one slice
  });

  it('sends the visible rows of a long listing in several syncs under the byte budget, each under the host limits', async () => {
    const model = tables(1, 3000, 2);
    const hidden: [number, number][] = Array.from({ length: 30 }, (_, i) => [10 + i * 97, 10 + i * 97]);
    model.sheets[0].hiddenRows = hidden;
    const limits = { ...DEFAULT_LIMITS, maxViewBytesPerSync: 20_000 };
    const { grid, syncs } = await read(model, limits);
    expect(grid.sheets[0].hiddenRows).toEqual(hidden.map(([r]) => r));
    expect(syncs.length).toBeGreaterThan(4);
    expect(Math.max(...syncs.slice(3).map((s) => s.responseBytes))).toBeLessThan(2 * limits.maxViewBytesPerSync);
  });

  it('slices rows too many for three guesses in one sync once, along a column found visible', async () => {
    const model = tables(1, 5000, 3);
    model.sheets[0].hiddenRows = [[100, 100]];
    model.sheets[0].hiddenColumns = [[2, 2]];
    const bytes = (list: { responseBytes: number }[]) => list.reduce((n, s) => n + s.responseBytes, 0);
    const perAddress = Buffer.byteLength('[["表1!B5000"]],');
    // One used range read whole, so every row of the listing is in the one mixed block.
    const whole = { ...DEFAULT_LIMITS, maxSparseBoxCells: 1_000_000 };
    const plain = await read(tables(1, 5000, 3), whole);
    // Three guessed columns of 5,000 addresses fit in a sync: guessing costs one sync more.
    const guessed = await read(model, whole);
    expect(reportedHidden(guessed.grid)).toEqual([{ name: '表1', hiddenRows: [100], hiddenColumns: [2] }]);
    expect(guessed.syncs.length - plain.syncs.length).toBe(1);
    // They do not fit in 200 KB: the rows wait a sync for the columns, then are sliced once.
    const budget = { ...whole, maxViewBytesPerSync: 200_000 };
    const waited = await read(model, budget);
    expect(reportedHidden(waited.grid)).toEqual(reportedHidden(guessed.grid));
    expect(waited.syncs.length - plain.syncs.length).toBe(2);
    expect(bytes(waited.syncs) - bytes(plain.syncs)).toBeLessThan(1.2 * 5000 * perAddress);
    // Guessing read the rows along both visible guessed columns: twice the addresses.
    expect(bytes(guessed.syncs) - bytes(plain.syncs)).toBeGreaterThan(1.8 * (bytes(waited.syncs) - bytes(plain.syncs)));
  });

  it('reads on ExcelApi 1.4, the manifest minimum', async () => {
    const model = { ...tables(1), excelApi: 4 };
    model.sheets[0].hiddenRows = [[4, 4]];
    const { grid } = await read(model);
    expect(grid.sheets[0].hiddenRows).toEqual([4]);
  });

  it.each(Array.from({ length: 60 }, (_, i) => [i + 1]))('seeded workbook %i: exactly the hidden lines holding a value', async (seed) => {
    const model = randomHiddenWorkbook(seed);
    const expected = expectedHidden(model);
    const { grid, syncs } = await read(model);
    expect(reportedHidden(grid)).toEqual(expected);
    // Three syncs to read, at most two more to guess, a third to ask line by line, and the probes of a stray entry.
    expect(syncs.length).toBeLessThanOrEqual(3 + 3 + 20);
  });
});
