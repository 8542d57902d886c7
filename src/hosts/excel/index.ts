/** The Office.js adapter: the Excel implementation of the shared HostAdapter, and the pane's WorkbookHost over it. */
export { createExcelHost, excelAdapter, type ExcelHostOptions } from './createExcelHost';
export type { HostContext, RunBatch } from './HostContext';
export { DEFAULT_LIMITS, type HostLimits } from './limits';
export { OFFICE_REQUIREMENTS, officeRequirements } from './requirements';
