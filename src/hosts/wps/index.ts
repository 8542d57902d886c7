/** The WPS 加载项 adapter: the WPS 表格 HostAdapter under the shared WorkbookHost. */
export { createWpsHost, wpsAdapter, type WpsHostOptions } from './createWpsHost';
export type { WpsApplication } from './WpsApi';
export { WPS_LIMITS, type WpsLimits } from './readCells';
