/**
 * The part of WPS 表格's JS object model (WPS 加载项, type `et`) the adapter uses, as structural types. It mirrors
 * Excel's COM model and is synchronous: every property read, write and method call goes to WPS at once. Indexes are
 * 1-based; colours are BGR integers. Property types are `unknown` where WPS does not document the shape well enough
 * (a range's Value2, Formula, NumberFormat): the adapter checks what it receives (see readShape.ts).
 * The global `Application` of a WPS task pane satisfies these types; so does the simulated host in tests/hosts/wps.
 */

export interface WpsInterior {
  Color: unknown;
  Pattern: unknown;
  PatternColor: unknown;
  TintAndShade: unknown;
  PatternTintAndShade: unknown;
}

export interface WpsCount {
  readonly Count: number;
}

export interface WpsRange {
  /** A 2-D array (rows of cells) for a range of several cells, a scalar for one cell. */
  Value2: unknown;
  /** Like Value2, with formula text ("=…") for formula cells and constants as text. */
  Formula: unknown;
  /** A string when every cell has the same format, null when they differ. */
  NumberFormat: unknown;
  /** Whether the cells hold formulas: true, false, or null when some do. */
  readonly HasFormula: unknown;
  readonly Interior: WpsInterior;
  /** Whether the cells are locked (what protection guards): true, false, or null when they differ. */
  readonly Locked: unknown;
  /** 1-based row and column of the top-left cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: WpsCount;
  readonly Columns: WpsCount;
  /** The whole rows (or columns) of the range's cells, as a range. */
  readonly EntireRow: WpsRange;
  readonly EntireColumn: WpsRange;
  /**
   * Of a range of whole rows or whole columns: true when all of them are hidden, false when none is, null when
   * some are (as COM answers; COM refuses the property on other ranges).
   */
  readonly Hidden: unknown;
  Select(): unknown;
  /** Empty the cells, keeping their formats. */
  ClearContents(): unknown;
  /** The width of the range's columns, in characters. */
  ColumnWidth: unknown;
  /** Turn a filter on over the range (its first row the headers). */
  AutoFilter(): unknown;
  /** The cell's note (批注), null when it has none. */
  readonly Comment: { Text(): unknown; Delete(): unknown } | null;
  /** Give the cell a note (it must have none). */
  AddComment(text: string): unknown;
}

export interface WpsWorksheet {
  /** The sheet's code name (Sheet1, …): set when the sheet is made and kept across renames and moves. */
  readonly CodeName: unknown;
  /** -1 visible, 0 hidden, 2 very hidden (XlSheetVisibility). */
  readonly Visible: unknown;
  readonly ProtectContents: boolean;
  /** What a protected sheet still allows; formatting cells covers fills and number formats. */
  readonly Protection: { readonly AllowFormattingCells: boolean };
  readonly UsedRange: WpsRange;
  /** An A1 address, or several joined by "," (at most 255 characters, as in Excel). */
  Range(address: string): WpsRange;
  Activate(): unknown;
  /** The name, which a new sheet is given right after it is added. */
  Name: string;
  /** Remove the sheet; WPS asks first unless Application.DisplayAlerts is false. */
  Delete(): unknown;
  /** XlPageOrientation and XlPaperSize of the sheet's print setup. */
  readonly PageSetup: { Orientation: unknown; PaperSize: unknown };
}

export interface WpsSheets extends WpsCount {
  /** 1-based index or sheet name; throws when there is no such sheet. */
  Item(index: number | string): WpsWorksheet;
  /** A new sheet, after `after` (the last sheet puts it at the end). */
  Add(before?: WpsWorksheet, after?: WpsWorksheet): WpsWorksheet;
}

export interface WpsDocumentProperty {
  readonly Name: string;
  Value: unknown;
  Delete(): void;
}

export interface WpsDocumentProperties extends WpsCount {
  /** 1-based index or name; throws when there is no such property. */
  Item(index: number | string): WpsDocumentProperty;
  Add(name: string, linkToContent: boolean, type: number, value: unknown): WpsDocumentProperty;
}

export interface WpsWorkbook {
  readonly Name: string;
  /** Path and name: tells the open workbooks apart. */
  readonly FullName: string;
  readonly Worksheets: WpsSheets;
  readonly CustomDocumentProperties: WpsDocumentProperties;
}

export interface WpsApplication {
  /** null (or undefined) when no workbook is open. */
  readonly ActiveWorkbook: WpsWorkbook | null | undefined;
  /** Whether WPS asks before a sheet is deleted: turned off only around FundCheck's own sheet's deletion. */
  DisplayAlerts?: boolean;
  /** The window showing the active sheet: frozen panes are a window's. */
  readonly ActiveWindow?: { SplitColumn: unknown; SplitRow: unknown; FreezePanes: unknown } | null;
  /** COUNTA over a range: the cells holding something, in one call. */
  readonly WorksheetFunction: { CountA(range: WpsRange): unknown };
}

/** A task pane WPS shows beside the workbook (CreateTaskPane); one per add-in, kept by its ID. */
export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
}

/** Shared by the pages of one add-in while WPS runs (not saved with any workbook). */
export interface WpsPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): void;
}

/** What the add-in's entry page (the ribbon's callbacks) uses of `Application`. */
export interface WpsAddinRoot {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane | null | undefined;
  readonly PluginStorage: WpsPluginStorage;
}
