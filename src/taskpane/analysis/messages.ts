import type { Analysis, SheetGrid } from '../../core';
import type { StoredSettings } from '../../hosts/WorkbookHost';

/** What the pane sends the analysis worker: the sheets in parts (each a short task to send), then "go". */
export type ToWorker = { kind: 'sheets'; sheets: SheetGrid[] } | { kind: 'analyse'; name: string; settings: StoredSettings };

export type FromWorker = { kind: 'done'; analysis: Analysis } | { kind: 'failed'; message: string };
