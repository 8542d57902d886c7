import { analyseWorkbook, type Analysis } from '../../../src/core';
import { createExcelHost } from '../../../src/hosts/excel';
import type { SharedLimits } from '../../../src/hosts/shared';
import type { WorkbookHost } from '../../../src/hosts/WorkbookHost';
import type { HostLimits as AdapterLimits } from '../../../src/hosts/excel/limits';
import { createFakeHost, EXCEL_ON_THE_WEB, type FakeHost, type HostLimits } from './simulated/fake/createFakeHost';
import type { WorkbookModel } from './simulated/fake/WorkbookModel';
import { loadWorkbookModel } from './simulated/loadWorkbookModel';

export interface Opened {
  host: FakeHost;
  adapter: WorkbookHost;
}

export interface OpenOptions {
  adapterLimits?: AdapterLimits;
  sharedLimits?: SharedLimits;
}

/** A fixture in the simulated host, with an adapter on it (as the pane creates one when it opens). */
export async function openFixture(name: string, hostLimits: HostLimits = EXCEL_ON_THE_WEB): Promise<Opened> {
  return openModel(await loadWorkbookModel(name), hostLimits);
}

export function openModel(model: WorkbookModel, hostLimits: HostLimits = EXCEL_ON_THE_WEB, options: OpenOptions = {}): Opened {
  const host = createFakeHost(model, hostLimits);
  return { host, adapter: adapterOn(host, options) };
}

/** The adapter as the pane creates it: full fills only where the host reports ExcelApi 1.9. */
function adapterOn(host: FakeHost, options: OpenOptions = {}): WorkbookHost {
  return createExcelHost(host.run, {
    workbookName: host.model.name,
    limits: options.adapterLimits,
    sharedLimits: options.sharedLimits,
    fullFills: host.isSetSupported('ExcelApi', '1.9'),
    excelApi: host.model.excelApi ?? 20,
  });
}

/** The workbook closed and opened again: a new host on the saved model, a new adapter with no memory. */
export function reopen(opened: Opened): Opened {
  const host = opened.host.reopen();
  return { host, adapter: adapterOn(host) };
}

/** What 一键核对 does before it highlights: read through the adapter, analyse with the core. */
export async function check(adapter: WorkbookHost, policy = 'default'): Promise<Analysis> {
  const read = await adapter.read();
  if (!read.ok) throw new Error(`read failed: ${JSON.stringify(read.problem)}`);
  return analyseWorkbook(read.value, { policy });
}

export function unwrap<T>(outcome: { ok: true; value: T } | { ok: false; problem: unknown }): T {
  if (!outcome.ok) throw new Error(`operation failed: ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
}
