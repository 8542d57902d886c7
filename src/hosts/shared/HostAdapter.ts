import type { GridCell, SheetCell, SheetVisibility } from '../../core';
import type { HostProblem, ReadProgress } from '../WorkbookHost';
import type { UsedCells } from './hiddenLines';

/**
 * What a spreadsheet host must provide so that src/hosts/shared can run the pane's operations on it: the small,
 * host-specific part of an adapter. Everything else (what to read before a write, what to store, what to restore,
 * what to refuse) is decided once, in shared code, for every host.
 *
 * Office.js implements it in src/hosts/excel (one Excel.run per operation, one context.sync per `read` or `write`
 * call unless the payload forces more); WPS implements it over its synchronous object model. A `read` or a `write`
 * is one round trip to the host; shared code calls a constant number of them per operation.
 */
export interface HostAdapter {
  /** Run one operation against the workbook (Excel: inside one Excel.run). */
  run<T>(operation: (driver: HostDriver) => Promise<T>): Promise<T>;
  /** A failure thrown by the host, as a problem; log what support needs (Office's debugInfo) to the console. */
  problemOf(error: unknown): HostProblem;
  /** Whether the host can read and set every fill property (Excel: ExcelApi 1.9), or the solid colour only. */
  readonly fullFills: boolean;
  /** Whether the host can read and write a cell's note (批注; Excel: ExcelApi 1.18, WPS: always). */
  readonly notes: boolean;
}

export interface HostDriver {
  /** One round trip: the sheets, the stored entries, cells, fills and locks asked for. */
  read(request: ReadRequest): Promise<ReadResult>;
  /**
   * Every cell holding a value or a formula on these sheets, bounded by those cells (never by formatting alone),
   * with the hidden rows and columns among those that hold them: a constant number of round trips for any number
   * of sheets. Checks `signal` between round trips (throw an AbortError). Reports cells read so far.
   */
  readUsedCells(sheets: SheetInfo[], onProgress?: ReadProgress, signal?: AbortSignal): Promise<Map<string, UsedCells>>;
  /** Apply the writes in order, in as few round trips as the host's payload limits allow. */
  write(ops: WriteOp[]): Promise<void>;
  /** Activate the sheet and select the cell (the caller has made sure the sheet is visible). */
  select(at: CellAddress): Promise<void>;
}

export interface SheetInfo {
  /** Stable across renames and moves (Excel: Worksheet.id). */
  id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  /** Whether a protected sheet still lets cells be formatted (fills, number formats); true when not protected. */
  allowFormatCells: boolean;
}

/** A cell by its sheet's id, 0-based. */
export interface CellAddress {
  sheetId: string;
  row: number;
  col: number;
}

/** A rectangle of a sheet, 0-based. */
export interface SheetRect {
  sheetId: string;
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
}

export interface ReadRequest {
  sheets?: boolean;
  /** All stored entries whose key starts with STORE_PREFIX. */
  store?: boolean;
  /** Values, formulas and number formats of these rectangles. */
  cells?: SheetRect[];
  /** The fill of each of these cells. */
  fills?: CellAddress[];
  /** Whether each of these cells is locked (matters on a protected sheet). */
  locks?: CellAddress[];
  /** The note (批注) of each of these cells, its text; asked only of a host with notes. */
  notes?: CellAddress[];
}

export interface ReadResult {
  /** In workbook order; empty unless asked. */
  sheets: SheetInfo[];
  store: Map<string, string>;
  /** By sheet id: the cells of the requested rectangles that hold something (empty ones left out). */
  cells: Map<string, SheetCell[]>;
  /** In the order asked. */
  fills: CellFill[];
  locks: boolean[];
  /** In the order asked: a note's text, or null where the cell has none. */
  notes: (string | null)[];
}

/**
 * A cell's fill in Excel's terms (RangeFill): `pattern` None is "no fill"; LinearGradient and RectangularGradient
 * are gradients, which no host API can set back. Colours are #RRGGBB as the host resolves them (a theme colour
 * reads as its RGB, its tint as tintAndShade). A host without full fills gives the colour only (pattern Solid, or
 * None for white, which it cannot tell from no fill).
 */
export interface CellFill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** What a cell held, to be put back exactly: text stays text even when it looks like a number, date or percentage. */
export interface CellContent {
  value: string | number | boolean | null;
  numberFormat: string;
  /** Formula text starting with "=": written as a formula. */
  formula?: string;
  /** `value` is an error such as #N/A typed as a constant: written to be read as that error, not as text. */
  error?: boolean;
}

export type WriteOp =
  /** Highlight: a solid colour over the rectangle. */
  | { kind: 'paint'; rect: SheetRect; color: string }
  /** Put a saved fill back over the rectangle (pattern None: clear it). */
  | { kind: 'restoreFill'; rect: SheetRect; fill: CellFill }
  /**
   * Write one cell. `format` false: a protected sheet that forbids formatting, so leave the number format as it is
   * (the caller never asks then for text that would need one).
   */
  | { kind: 'setCell'; at: CellAddress; content: CellContent; format: boolean }
  /** Set (or, with null, delete) a stored entry. */
  | { kind: 'store'; key: string; value: string | null }
  /** A new, empty sheet of this name after the last one (the 核对结果 sheet). */
  | { kind: 'addSheet'; name: string }
  /** Set a cell's note to `text` (`exists`: it has one now, to change rather than add), or remove it (null). */
  | { kind: 'setNote'; at: CellAddress; text: string | null; exists: boolean }
  /** Remove a sheet FundCheck added (never one of the user's). */
  | { kind: 'deleteSheet'; sheetId: string }
  /**
   * Lay out FundCheck's own sheet for reading and printing, as far as the host's API allows: column widths (in
   * characters), the rows above the table's first data row frozen, a filter over the table, A4 landscape.
   */
  | { kind: 'layoutSheet'; sheetId: string; widths: number[]; freezeRows: number; filter: SheetRect };

export type { GridCell };
