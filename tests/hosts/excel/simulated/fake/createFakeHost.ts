import type { HostContext, RunBatch } from '../../../../../src/hosts/excel/HostContext';
import type { FakeEnv } from './FakeClientObject';
import { FakeSettingCollection } from './FakeSettings';
import { FakeWorksheetCollection } from './FakeWorksheetCollection';
import { EXCEL_ON_THE_WEB, SyncQueue, type HostLimits, type SyncRecord } from './SyncQueue';
import { cloneModel, key, parseA1Range, type CellModel, type WorkbookModel } from './WorkbookModel';

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
 * test needs to look at or do "as the user" (edit a cell, delete or protect a sheet, close and reopen) is here.
 */
export interface FakeHost {
  run: RunBatch;
  readonly model: WorkbookModel;
  readonly syncs: SyncRecord[];
  readonly limits: HostLimits;
  cell(sheet: string, address: string): CellModel | undefined;
  /** Change a cell as the user would, outside any batch. */
  edit(sheet: string, address: string, cell: CellModel | undefined): void;
  deleteSheet(name: string): void;
  protectSheet(name: string, on?: boolean): void;
  /** The workbook as saved and opened again: same cells, fills and settings, a fresh host with no history. */
  reopen(): FakeHost;
}

export function createFakeHost(model: WorkbookModel, limits: HostLimits = EXCEL_ON_THE_WEB): FakeHost {
  const syncs: SyncRecord[] = [];
  const sheet = (name: string) => {
    const found = model.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  const at = (address: string) => {
    const r = parseA1Range(address);
    return key(r.row, r.col);
  };
  const run: RunBatch = async (batch) => {
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
    cell: (name, address) => sheet(name).cells[at(address)],
    edit: (name, address, cell) => {
      if (cell) sheet(name).cells[at(address)] = cell;
      else delete sheet(name).cells[at(address)];
    },
    deleteSheet: (name) => {
      model.sheets.splice(model.sheets.indexOf(sheet(name)), 1);
    },
    protectSheet: (name, on = true) => {
      sheet(name).protected = on;
    },
    reopen: () => createFakeHost(cloneModel({ ...model, selection: undefined }), limits),
  };
}
