import { createWorkbookHost, type HostAdapter, type SharedLimits } from '../shared';
import type { WorkbookHost } from '../WorkbookHost';
import { WPS_LIMITS, type WpsLimits } from './readCells';
import type { WpsApplication } from './WpsApi';
import { wpsDriver } from './wpsDriver';
import { wpsProblem } from './wpsErrors';

export interface WpsHostOptions {
  limits?: WpsLimits;
  sharedLimits?: SharedLimits;
}

/** The WPS HostAdapter: WPS reads and sets every Interior property, so fills are kept in full. */
export function wpsAdapter(app: WpsApplication, options: WpsHostOptions = {}): HostAdapter {
  const limits = options.limits ?? WPS_LIMITS;
  return {
    run: (operation) => operation(wpsDriver(app, limits)),
    problemOf: wpsProblem,
    fullFills: true,
  };
}

/** The pane's WorkbookHost in WPS 表格: every decision is the shared code's, this adapter only translates. */
export function createWpsHost(app: WpsApplication, options: WpsHostOptions = {}): WorkbookHost {
  return createWorkbookHost(wpsAdapter(app, options), { limits: options.sharedLimits, workbookName: workbookName(app) });
}

/** Shown in reports only; the pane may open before a workbook is. */
function workbookName(app: WpsApplication): string | undefined {
  try {
    return app.ActiveWorkbook?.Name;
  } catch {
    return undefined;
  }
}
