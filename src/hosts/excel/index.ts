/** The Office.js adapter: the Excel implementation of the pane's WorkbookHost. */
export { createWorkbookAdapter, type WorkbookAdapter, type AdapterOptions } from './WorkbookAdapter';
export type { HostContext, RunBatch } from './HostContext';
export { DEFAULT_LIMITS, type HostLimits } from './limits';
export { SEVERITY_FILL } from './cellFill';
export { STORE_KEYS } from './workbookStore';
export { splitSheetCell, sheetCell } from './cellKey';
