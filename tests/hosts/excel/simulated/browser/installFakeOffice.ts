import { createFakeHost, type FakeHost } from '../fake/createFakeHost';
import type { WorkbookModel } from '../fake/WorkbookModel';

/**
 * Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser tests: installs
 * `Office` and `Excel` globals backed by the simulated host, over the model the test put in
 * `window.__FUNDCHECK_MODEL__`. The test reads `window.__fundcheckHost` to see what the pane did to the workbook.
 */
declare global {
  interface Window {
    __FUNDCHECK_MODEL__?: WorkbookModel;
    __fundcheckHost?: FakeHost;
  }
}

const model = window.__FUNDCHECK_MODEL__;
if (!model) throw new Error('the test must define window.__FUNDCHECK_MODEL__ before the simulated Office.js');
const host = createFakeHost(model);
window.__fundcheckHost = host;

const info = { host: 'Excel', platform: 'OfficeOnline' };
Object.assign(window, {
  Office: {
    HostType: { Excel: 'Excel' },
    // officeTheme only where the model gives one: Excel on the web (the default here) has none.
    context: { requirements: { isSetSupported: host.isSetSupported }, ...(model.officeTheme ? { officeTheme: model.officeTheme } : {}) },
    onReady: (callback?: (i: typeof info) => void) => {
      // Office.js calls back asynchronously, after the page's scripts ran.
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
  },
  Excel: { run: host.run },
});

export {};
