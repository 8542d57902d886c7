/** Host-neutral adapter logic: every host's WorkbookHost is createWorkbookHost over that host's HostAdapter. */
export { createWorkbookHost, type WorkbookHostOptions } from './createWorkbookHost';
export type { HostAdapter, HostDriver, SheetInfo, CellAddress, SheetRect, ReadRequest, ReadResult, CellFill, CellContent, WriteOp } from './HostAdapter';
export { DEFAULT_SHARED_LIMITS, type SharedLimits } from './limits';
export { SEVERITY_FILL, isGradient, isNoFill } from './cellFills';
export { STORE_KEYS, STORE_PREFIX, DEFAULT_STORE_LIMITS, readEntry, writeEntry, type StoreLimits } from './store';
export { decodeFills, decodeHighlights, type FillRecord, type HighlightRecord } from './records';
export { coverCells } from './rects';
export { Slicer } from './Slicer';
export { occupiedLines, type UsedCells } from './hiddenLines';
