import type { HostContext } from '../../../../../src/hosts/excel/HostContext';
import { LATEST_EXCEL_API, type FakeEnv } from './FakeClientObject';
import { FakeSettingCollection } from './FakeSettings';
import { FakeWorksheetCollection } from './FakeWorksheetCollection';
import { EXCEL_ON_THE_WEB, SyncQueue, type HostLimits, type SyncRecord } from './SyncQueue';
import { cloneModel, lineSpan, modelEditing, parseA1Range, type CellModel, type SheetModel, type WorkbookModel } from './WorkbookModel';

export { EXCEL_ON_THE_WEB, type HostLimits, type SyncRecord };

export class FakeRequestContext implements HostContext {
  readonly workbook: { worksheets: FakeWorksheetCollection; settings: FakeSettingCollection };

  constructor(private readonly env: FakeEnv) {
    this.workbook = { worksheets: new FakeWorksheetCollection(env), settings: new FakeSettingCollection(env) };
  }

  sync(): Promise<void> {
    return this.env.queue.sync();
  }
}

/**
 * A strict stand-in for Excel behind Office.js, over an in-memory workbook model: `run` is Excel.run; everything a
 * test needs to look at or do "as the user" (edit a cell, rename, hide, delete or protect a sheet, close and
 * reopen) is here.
 */
export interface FakeHost {
  run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => Promise<T>;
  readonly model: WorkbookModel;
  readonly syncs: SyncRecord[];
  readonly limits: HostLimits;
  /** Office.context.requirements.isSetSupported for ExcelApi. */
  isSetSupported(name: string, version?: string): boolean;
  cell(sheet: string, address: string): CellModel | undefined;
  /** Change a cell as the user would, outside any batch. */
  edit(sheet: string, address: string, cell: CellModel | undefined): void;
  deleteSheet(name: string): void;
  renameSheet(name: string, to: string): void;
  hideSheet(name: string, visibility?: SheetModel['visibility']): void;
  protectSheet(name: string, on?: boolean, options?: SheetModel['protection']): void;
  /** Hide rows as the user would: "6", "6:8", "200:1048576" (1-based, as Excel's row headers). */
  hideRows(name: string, rows: string): void;
  /** Hide columns: "B", "D:F", "E:XFD". */
  hideColumns(name: string, columns: string): void;
  /** The workbook as saved and opened again: same cells, fills and settings, a fresh host with no history. */
  reopen(): FakeHost;
}

export function createFakeHost(model: WorkbookModel, limits: HostLimits = EXCEL_ON_THE_WEB): FakeHost {
  model.sheets.forEach((s, i) => {
    s.id ??= `{F00D${String(i).padStart(4, '0')}-5EED-4C0D-9A00-${String(Math.abs(hash(s.name))).padStart(12, '0').slice(0, 12)}}`;
  });
  const syncs: SyncRecord[] = [];
  const editing = modelEditing<CellModel, SheetModel>(model);
  const { sheet } = editing;
  const run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const env: FakeEnv = { model, limits, queue: new SyncQueue(limits, (s) => syncs.push(s)) };
    const context = new FakeRequestContext(env);
    const result = await batch(context);
    // Excel.run sends what is still queued when the batch returns.
    if (env.queue.pending > 0) await context.sync();
    return result;
  };
  return {
    run,
    model,
    syncs,
    limits,
    isSetSupported: (name, version = '1.1') => name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= (model.excelApi ?? LATEST_EXCEL_API),
    cell: editing.cell,
    edit: editing.edit,
    deleteSheet: editing.deleteSheet,
    renameSheet: (name, to) => {
      sheet(name).name = to;
    },
    hideSheet: (name, visibility = 'Hidden') => {
      sheet(name).visibility = visibility;
    },
    protectSheet: (name, on = true, options) => {
      sheet(name).protected = on;
      if (options) sheet(name).protection = options;
    },
    hideRows: (name, rows) => {
      (sheet(name).hiddenRows ??= []).push(lineSpan(rows, (r) => Number(r) - 1));
    },
    hideColumns: (name, columns) => {
      (sheet(name).hiddenColumns ??= []).push(lineSpan(columns, (c) => parseA1Range(`${c}1`).col));
    },
    reopen: () => createFakeHost(cloneModel({ ...model, selection: undefined }), limits),
  };
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}
