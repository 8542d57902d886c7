import type { WpsApplication } from '../../../../src/hosts/wps/WpsApi';
import { lineSpan, modelEditing, parseA1Range } from '../../excel/simulated/fake/WorkbookModel';
import { FakeWpsApplication } from './FakeWps';
import { WpsEnv, type WpsHostOptions } from './WpsEnv';
import { cloneWpsModel, type WpsCellModel, type WpsSheetModel, type WpsWorkbookModel } from './WpsModel';

/**
 * A strict stand-in for WPS 表格 behind its JS object model, over an in-memory workbook. `application` is what a WPS task pane finds as the global `Application`; the rest is for a
 * test: the tally of object-model calls, and changes "as the user" (edit a cell, delete, protect or hide a sheet,
 * save and reopen).
 */
export interface FakeWps {
  readonly application: WpsApplication & FakeWpsApplication;
  readonly model: WpsWorkbookModel;
  /** Object-model calls since the host was made (or since resetCalls). */
  calls(): number;
  callsTo(member: string): number;
  /** Calls by member, for a failing test to show where they went. */
  tally(): Record<string, number>;
  resetCalls(): void;
  cell(sheet: string, address: string): WpsCellModel | undefined;
  edit(sheet: string, address: string, cell: WpsCellModel | undefined): void;
  deleteSheet(name: string): void;
  renameSheet(name: string, to: string): void;
  protectSheet(name: string, on?: boolean): void;
  setVisible(name: string, visible: -1 | 0 | 2): void;
  /** Hide rows ("6", "6:8", 1-based) or columns ("B", "E:XFD") as the user would. */
  hideRows(name: string, rows: string): void;
  hideColumns(name: string, columns: string): void;
  /** The workbook saved and opened again: same cells, fills and document properties; no selection, no history. */
  reopen(): FakeWps;
}

export const DEFAULT_WPS_OPTIONS: WpsHostOptions = { errorsAs: 'code' };

export function createFakeWps(model: WpsWorkbookModel, options: WpsHostOptions = DEFAULT_WPS_OPTIONS): FakeWps {
  const env = new WpsEnv(model, options);
  const application = new FakeWpsApplication(env);
  const editing = modelEditing<WpsCellModel, WpsSheetModel>(model);
  const { sheet } = editing;
  return {
    application,
    model,
    calls: () => env.calls,
    callsTo: (member) => env.byMember.get(member) ?? 0,
    tally: () => Object.fromEntries(env.byMember),
    resetCalls: () => {
      env.calls = 0;
      env.byMember.clear();
    },
    cell: editing.cell,
    edit: editing.edit,
    deleteSheet: editing.deleteSheet,
    renameSheet: (name, to) => {
      sheet(name).name = to;
      if (model.activeSheet === name) model.activeSheet = to;
    },
    protectSheet: (name, on = true) => {
      sheet(name).protectContents = on;
    },
    setVisible: (name, visible) => {
      sheet(name).visible = visible;
    },
    hideRows: (name, rows) => {
      (sheet(name).hiddenRows ??= []).push(lineSpan(rows, (r) => Number(r) - 1));
    },
    hideColumns: (name, columns) => {
      (sheet(name).hiddenColumns ??= []).push(lineSpan(columns, (c) => parseA1Range(`${c}1`).col));
    },
    reopen: () => createFakeWps(cloneWpsModel({ ...model, selection: undefined }), options),
  };
}
