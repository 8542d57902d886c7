import type { Analysis, ReportDocument, SheetGrid } from '../../core';
import type { StoredSettings } from '../../hosts/WorkbookHost';

/** What the pane sends the analysis worker: the sheets in parts (each a short task to send), then "go". */
export type ToWorker = { kind: 'sheets'; sheets: SheetGrid[] } | { kind: 'analyse'; name: string; settings: StoredSettings; documents?: ReportDocument[] };

export type FromWorker = { kind: 'done'; analysis: Analysis } | { kind: 'failed'; message: string };
