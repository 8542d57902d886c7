import { createWorkbookHost, type HostAdapter, type SharedLimits } from '../shared';
import type { WorkbookHost } from '../WorkbookHost';
import { excelDriver } from './excelDriver';
import type { RunBatch } from './HostContext';
import { problemOf } from './hostErrors';
import { DEFAULT_LIMITS, type HostLimits } from './limits';

export interface ExcelHostOptions {
  limits?: HostLimits;
  sharedLimits?: SharedLimits;
  /** Whether Excel supports ExcelApi 1.9 (every fill property); without it only the solid colour is kept. */
  fullFills?: boolean;
  /** The newest ExcelApi 1.x this Excel supports: what the exported sheet's layout may use (freeze 1.7, filter and page 1.9). */
  excelApi?: number;
  /** Shown in reports only. */
  workbookName?: string;
}

/** The Office.js HostAdapter: each operation is one Excel.run; everything it decides is shared code. */
export function excelAdapter(run: RunBatch, options: ExcelHostOptions = {}): HostAdapter {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const fullFills = options.fullFills ?? true;
  // Notes (批注) came with ExcelApi 1.18: an older Excel marks cells with colour alone, and the pane says so once.
  const notes = (options.excelApi ?? 20) >= 18;
  return {
    run: (operation) => run((context) => operation(excelDriver(context, limits, fullFills, options.excelApi))),
    problemOf,
    fullFills,
    notes,
  };
}

/** The pane's WorkbookHost in Excel. */
export function createExcelHost(run: RunBatch, options: ExcelHostOptions = {}): WorkbookHost {
  return createWorkbookHost(excelAdapter(run, options), { limits: options.sharedLimits, workbookName: options.workbookName });
}
