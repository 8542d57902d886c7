/** The WPS 加载项 adapter: the WPS 表格 implementation of the pane's WorkbookHost. */
export { createWpsAdapter, type WpsAdapterOptions } from './WpsAdapter';
export type { WpsApplication } from './WpsApi';
export { WPS_LIMITS, type WpsLimits } from './readWorkbook';
