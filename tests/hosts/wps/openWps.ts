import { analyseWorkbook, type Analysis } from '../../../src/core';
import type { WorkbookHost } from '../../../src/hosts/WorkbookHost';
import { createWpsHost, WPS_LIMITS, type WpsLimits } from '../../../src/hosts/wps';
import { createFakeWps, DEFAULT_WPS_OPTIONS, type FakeWps } from './simulated/createFakeWps';
import { loadWpsModel } from './simulated/loadWpsModel';
import type { WpsHostOptions } from './simulated/WpsEnv';
import type { WpsWorkbookModel } from './simulated/WpsModel';

export interface OpenedWps {
  wps: FakeWps;
  adapter: WorkbookHost;
}

/** A shared fixture open in the simulated WPS, with the adapter the pane would create on it. */
export async function openWpsFixture(name: string, options: WpsHostOptions = DEFAULT_WPS_OPTIONS): Promise<OpenedWps> {
  return openWpsModel(await loadWpsModel(name), options);
}

export function openWpsModel(model: WpsWorkbookModel, options: WpsHostOptions = DEFAULT_WPS_OPTIONS, limits?: WpsLimits): OpenedWps {
  const wps = createFakeWps(model, options);
  return { wps, adapter: createWpsHost(wps.application, { limits: limits ?? WPS_LIMITS }) };
}

/** The workbook saved, closed and opened again: a new host on the saved model and a new adapter with no memory. */
export function reopenWps(opened: OpenedWps): OpenedWps {
  const wps = opened.wps.reopen();
  return { wps, adapter: createWpsHost(wps.application) };
}

/** What 一键核对 does before it highlights: read through the adapter, analyse with the core. */
export async function checkWps(adapter: WorkbookHost, policy = 'default'): Promise<Analysis> {
  const read = await adapter.read();
  if (!read.ok) throw new Error(`read failed: ${JSON.stringify(read.problem)}`);
  return analyseWorkbook(read.value, { policy });
}
export { unwrap } from '../excel/openFixture';
