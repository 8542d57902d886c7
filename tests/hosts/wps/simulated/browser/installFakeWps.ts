import { createFakeWps, type FakeWps } from '../createFakeWps';
import type { WpsWorkbookModel } from '../WpsModel';

/**
 * Run in the page before the pane's own scripts (the browser tests add it as an init script): gives the page the
 * global `Application` a WPS task pane has, backed by the simulated WPS over `window.__FUNDCHECK_WPS_MODEL__`. The
 * test reads `window.__fundcheckWps` to see what the pane did to the workbook.
 */
declare global {
  interface Window {
    __FUNDCHECK_WPS_MODEL__?: WpsWorkbookModel;
    __fundcheckWps?: FakeWps;
  }
}

const model = window.__FUNDCHECK_WPS_MODEL__;
if (model) {
  const wps = createFakeWps(model);
  window.__fundcheckWps = wps;
  Object.assign(window, { Application: wps.application });
}

export {};
