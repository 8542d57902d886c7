import { createWorkbookHost, type HostAdapter, type SharedLimits } from '../shared';
import { fail, type Outcome, type WorkbookHost } from '../WorkbookHost';
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
    notes: true,
  };
}

/**
 * The pane's WorkbookHost in WPS 表格: every decision is the shared code's, this adapter only translates. One thing
 * is WPS's own: its pane stays open while the user switches to another workbook tab, so marking, filling and
 * selecting refuse to act on a workbook other than the one checked (undo, clear and settings act on the one shown).
 */
export function createWpsHost(app: WpsApplication, options: WpsHostOptions = {}): WorkbookHost {
  const host = createWorkbookHost(wpsAdapter(app, options), { limits: options.sharedLimits, workbookName: workbookOf(app)?.Name });
  let checked: WpsWorkbookId | null = null;
  const sameWorkbook = <T>(operation: () => Promise<Outcome<T>>): Promise<Outcome<T>> => {
    const now = workbookOf(app);
    if (checked && now && now.FullName !== checked.FullName) {
      return Promise.resolve(fail({ kind: 'hostError', code: 'WpsOtherWorkbook', message: `当前显示的工作簿「${now.Name}」不是刚才核对的「${checked.Name}」。请先对当前工作簿点击「一键核对」，工作簿未改动。` }));
    }
    return operation();
  };
  return {
    ...host,
    read: async (onProgress, signal) => {
      const before = workbookOf(app);
      const outcome = await host.read(onProgress, signal);
      if (outcome.ok) checked = before;
      return outcome;
    },
    highlight: (findings, noteOf) => sameWorkbook(() => host.highlight(findings, noteOf)),
    fill: (fills, mode, sources) => sameWorkbook(() => host.fill(fills, mode, sources)),
    select: (sheet, cell) => sameWorkbook(() => host.select(sheet, cell)),
  };
}

interface WpsWorkbookId {
  Name: string;
  FullName: string;
}

/** The active workbook's name and path, or null when none is open (the pane may open before a workbook is). */
function workbookOf(app: WpsApplication): WpsWorkbookId | null {
  try {
    const workbook = app.ActiveWorkbook;
    return workbook ? { Name: workbook.Name, FullName: workbook.FullName } : null;
  } catch {
    return null;
  }
}
