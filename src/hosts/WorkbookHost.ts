import type { Finding, PlannedFill, WorkbookGrid } from '../core';

/**
 * The one seam between the task pane and a spreadsheet host. The pane is handed a WorkbookHost and knows nothing
 * else of where it runs: the Office.js adapter (src/hosts/excel) and the WPS adapter (src/hosts/wps) each implement
 * it, and each has a strict simulated host under tests/hosts/. Every call returns an Outcome; failures are values
 * (a HostProblem the pane words in Chinese), never exceptions, and a problem always means nothing was written.
 */
export interface WorkbookHost {
  read(onProgress?: ReadProgress): Promise<Outcome<WorkbookGrid>>;
  highlight(findings: Finding[]): Promise<Outcome<{ highlighted: number; restored: number }>>;
  clearHighlights(): Promise<Outcome<{ restored: number; goneSheets: string[] }>>;
  fill(fills: PlannedFill[], mode: FillMode): Promise<Outcome<FillResult>>;
  undoFill(): Promise<Outcome<{ restored: number; goneSheets: string[] }>>;
  select(sheet: string, cell: string): Promise<Outcome<void>>;
  loadSettings(): Promise<Outcome<StoredSettings | null>>;
  saveSettings(settings: StoredSettings): Promise<Outcome<void>>;
}

export type ReadProgress = (done: number, total: number) => void;

/** What can stop an operation on the workbook; every operation checks for these before it writes anything. */
export type HostProblem =
  | { kind: 'noCheck' }
  | { kind: 'missingSheets'; sheets: string[] }
  | { kind: 'protectedSheets'; sheets: string[] }
  /** Cells (`Sheet!A1`) whose content differs from what the check (or the fill) saw. */
  | { kind: 'changedCells'; cells: string[] }
  | { kind: 'cellEditMode' }
  | { kind: 'hostError'; code: string; message: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: HostProblem };

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T>(problem: HostProblem): Outcome<T> {
  return { ok: false, problem };
}

/** ask: stop and list non-empty cells; overwrite: replace them too; blanksOnly: fill the empty ones, leave the rest. */
export type FillMode = 'ask' | 'overwrite' | 'blanksOnly';

export interface OccupiedCell {
  sheet: string;
  cell: string;
  current: string | number | boolean | null;
  value: string;
}

export type FillResult =
  | { kind: 'needsConfirmation'; occupied: OccupiedCell[] }
  | { kind: 'done'; written: string[]; skippedFormulas: string[]; skippedOccupied: string[] };

/** The pane's scoring choice, kept in the workbook. */
export interface StoredSettings {
  preset: string;
  decimals: number;
}
