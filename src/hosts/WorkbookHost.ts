import type { CellRange, Finding, PlannedFill, WorkbookGrid } from '../core';

/**
 * The one seam between the task pane and a spreadsheet host. The pane is handed a WorkbookHost and knows nothing
 * else of where it runs: src/hosts/shared/createWorkbookHost builds one over a host's HostAdapter (Office.js in
 * src/hosts/excel, WPS in src/hosts/wps), and each host has a strict simulated host under tests/hosts/. Every call
 * returns an Outcome; failures are values (a HostProblem the pane words in Chinese), never exceptions, and a
 * problem means nothing was written.
 *
 * Sheets are named as the check saw them; the host follows a sheet renamed since by its stable id, and reports
 * sheets by their current names.
 *
 * Changes (kept deliberate, for every implementation):
 * - read takes an AbortSignal (cancel between round trips); the grid says each sheet's protection and visibility.
 * - highlight reports what it left unmarked: beyond the cap (errors first), protected sheets, gradient fills.
 * - fill is told the cells the values came from (the tables), so it re-reads only those before writing.
 * - clearHighlights and undoFill skip protected sheets and edited cells and name them, restoring the rest.
 * - select refuses a hidden sheet with a problem instead of failing in the host.
 */
export interface WorkbookHost {
  read(onProgress?: ReadProgress, signal?: AbortSignal): Promise<Outcome<WorkbookGrid>>;
  /** `noteOf`: the note (批注) a marked cell gets, from its findings (the pane words it); none when absent. */
  highlight(findings: Finding[], noteOf?: (findings: Finding[]) => string): Promise<Outcome<HighlightResult>>;
  clearHighlights(): Promise<Outcome<RestoreResult>>;
  /** `sources`: the ranges the fills' values were computed from (the analysis' tables will do). */
  fill(fills: PlannedFill[], mode: FillMode, sources: SheetRange[]): Promise<Outcome<FillResult>>;
  undoFill(): Promise<Outcome<RestoreResult>>;
  select(sheet: string, cell: string): Promise<Outcome<void>>;
  loadSettings(): Promise<Outcome<StoredSettings | null>>;
  /** What an earlier check left in the workbook: marked cells (of sheets still there) and filled cells it can undo. */
  leftBehind(): Promise<Outcome<LeftBehind>>;
  /** Write the findings into a sheet of their own (导出核对结果), replacing the one written before; never another sheet. */
  exportFindings(table: ExportTable): Promise<Outcome<{ sheet: string; rows: number }>>;
  /** Remove the sheet exportFindings wrote (its name, or null when there is none). */
  removeExport(): Promise<Outcome<{ removed: string | null }>>;
  saveSettings(settings: StoredSettings): Promise<Outcome<void>>;
}

/** Cells read so far of all there are to read. */
export type ReadProgress = (done: number, total: number) => void;

export interface SheetRange {
  sheet: string;
  range: CellRange;
}

/** What can stop an operation on the workbook; every operation checks for these before it writes anything. */
export type HostProblem =
  | { kind: 'noCheck' }
  | { kind: 'missingSheets'; sheets: string[] }
  | { kind: 'protectedSheets'; sheets: string[] }
  /** Cells (`Sheet!A1`) whose content differs from what the check (or the fill) saw. */
  | { kind: 'changedCells'; cells: string[] }
  | { kind: 'hiddenSheet'; sheet: string; veryHidden: boolean }
  | { kind: 'cellEditMode' }
  | { kind: 'cancelled' }
  /** More cells than the records kept in the workbook can hold (see src/hosts/shared/store.ts). */
  | { kind: 'tooManyCells'; count: number }
  /**
   * A failure of the host itself, with its error code (OfficeExtension.Error.code in Excel). The pane shows
   * `message` only when it is Chinese, i.e. written by the adapter for the user; a host's own technical message
   * (Office's are English) goes to the console, and the user is told the code in a Chinese sentence.
   */
  | { kind: 'hostError'; code: string; message: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: HostProblem };

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T>(problem: HostProblem): Outcome<T> {
  return { ok: false, problem };
}

export interface HighlightResult {
  highlighted: number;
  /** Cells marked by an earlier check and not flagged now, given their fill back. */
  restored: number;
  /** Flagged cells beyond the cap of marks, left unmarked (the least severe first). */
  unmarked: number;
  /** Sheets whose findings were not marked because the sheet is protected (current names). */
  protectedSheets: string[];
  /** Cells (`Sheet!A1`) with a gradient fill, which cannot be put back: left unmarked. */
  gradientCells: string[];
  /** Notes were asked for and this host's API version cannot write them (the marks alone explain the cells). */
  notesUnsupported?: boolean;
}

export interface RestoreResult {
  restored: number;
  /** Sheets deleted since the records were written (names as they were then). */
  goneSheets: string[];
  /** Protected sheets whose records were kept for later (current names). */
  protectedSheets: string[];
  /** Cells (`Sheet!A1`) changed by someone since FundCheck wrote them: left as they are. */
  editedCells: string[];
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
  | {
      kind: 'done';
      written: string[];
      skippedFormulas: string[];
      skippedOccupied: string[];
      /** Cells of protected sheets that may not be written (locked, or text without permission to format). */
      skippedProtected: string[];
      /** Written cells given the light mark of a filled cell (not on a sheet that forbids formatting, nor over a gradient). */
      marked: number;
    };

/** The findings as a sheet: lines of what was checked, then a table of one row per finding. */
export interface ExportTable {
  /** The sheet's name (核对结果); another (核对结果 (2)) where the user has a sheet of that name. */
  name: string;
  /** Lines above the table: when, under which policy, how many. */
  header: string[];
  columns: string[];
  /** Each column's width, in characters. */
  widths: number[];
  rows: ExportRow[];
  /** The column whose cell links to the finding's cell (单元格). */
  linkColumn: number;
}

export interface ExportRow {
  cells: string[];
  /** The finding's cell in the workbook: the link column's cell jumps there. */
  link?: { sheet: string; cell: string };
}

export interface LeftBehind {
  marks: number;
  fills: number;
}

/** The pane's scoring choice, kept in the workbook. */
export interface StoredSettings {
  preset: string;
  decimals: number;
}
