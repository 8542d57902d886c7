/** The Office.js adapter's surface for the task pane. */
export { createWorkbookAdapter, type WorkbookAdapter, type AdapterOptions } from './WorkbookAdapter';
export type { ExcelProblem, Outcome } from './ExcelProblem';
export type { FillMode, FillResult, OccupiedCell } from './applyFills';
export type { StoredSettings } from './workbookStore';
export type { HostContext, RunBatch } from './HostContext';
export { DEFAULT_LIMITS, type HostLimits } from './limits';
export { SEVERITY_FILL } from './cellFill';
export { STORE_KEYS } from './workbookStore';
export { splitSheetCell, sheetCell } from './cellKey';
