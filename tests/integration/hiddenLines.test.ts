import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { WorkbookGrid } from '../../src/core';
import { readWorkbook } from '../../src/cli/xlsx/readWorkbook';
import { openModel, unwrap } from '../hosts/excel/openFixture';
import { loadWorkbookModel } from '../hosts/excel/simulated/loadWorkbookModel';
import { openWpsModel } from '../hosts/wps/openWps';
import { fromExcelModel } from '../hosts/wps/simulated/loadWpsModel';
import { HIDDEN_EXPECTED, HIDDEN_SAMPLES, writeHiddenWorkbook } from '../helpers/hiddenWorkbook';

/** Per sheet, the hidden lists a reader handed over (absent fields left out). */
const hiddenOf = (grid: WorkbookGrid) =>
  Object.fromEntries(grid.sheets.map((s) => [s.name, { ...(s.hiddenRows?.length ? { hiddenRows: s.hiddenRows } : {}), ...(s.hiddenColumns?.length ? { hiddenColumns: s.hiddenColumns } : {}) }]));

describe('the same workbook read by the CLI, in Excel and in WPS hands the core the same hidden rows and columns', () => {
  let exceljsFile: string;
  beforeAll(async () => {
    exceljsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-hidden-')), 'exceljs-hidden.xlsx');
    await writeHiddenWorkbook(exceljsFile);
  });

  it.each([['exceljs-hidden.xlsx'], ...HIDDEN_SAMPLES.map((file) => [path.basename(file)])])('%s', async (name) => {
    const file = name.startsWith('exceljs') ? exceljsFile : (HIDDEN_SAMPLES.find((f) => path.basename(f) === name) as string);
    const cli = (await readWorkbook(file, name)).grid;
    const model = await loadWorkbookModel(file);
    const excel = unwrap(await openModel(model).adapter.read());
    const wps = unwrap(await openWpsModel(fromExcelModel(model)).adapter.read());
    expect(hiddenOf(cli)).toEqual(HIDDEN_EXPECTED);
    expect(hiddenOf(excel)).toEqual(HIDDEN_EXPECTED);
    expect(hiddenOf(wps)).toEqual(HIDDEN_EXPECTED);
    // And the same cells beside them, so the lists mean the same thing.
    const cells = (grid: WorkbookGrid) => grid.sheets.map((s) => s.cells.map((c) => `${c.row},${c.col}`).sort());
    expect(cells(excel)).toEqual(cells(cli));
    expect(cells(wps)).toEqual(cells(cli));
  });
});
