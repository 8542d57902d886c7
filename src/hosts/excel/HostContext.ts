/**
 * The part of Office.js the adapter uses, as structural types. `Excel.RequestContext` satisfies them (checked in
 * officeRun.ts), and so does the simulated host in tests/hosts/excel/simulated: the adapter is written against this
 * contract only. Semantics are Office.js's: a property may be read only after it was loaded and a sync() returned;
 * writes are queued and take effect at the next sync().
 *
 * Requirement sets (docs/excel-addin.md, "Which Excel"): everything here is in ExcelApi 1.4 or lower, except the RangeFill
 * properties other than `color`, which need ExcelApi 1.9 and are used only when the host reports that set.
 * (`rowHidden` / `columnHidden` are ExcelApi 1.2, `getVisibleView` and RangeView 1.3.)
 */

export interface HostClientObject {
  load(propertyNames: string | string[]): unknown;
}

export interface HostRangeFill extends HostClientObject {
  color: string;
  /** ExcelApi 1.9. */
  pattern: string;
  /** ExcelApi 1.9. */
  patternColor: string;
  /** ExcelApi 1.9. */
  tintAndShade: number;
  /** ExcelApi 1.9. */
  patternTintAndShade: number;
  clear(): void;
}

export interface HostRange extends HostClientObject {
  readonly isNullObject: boolean;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Office.js types cell arrays as any[][]
  values: any[][];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  numberFormat: any[][];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  formulas: any[][];
  readonly format: {
    readonly fill: HostRangeFill;
    readonly protection: HostClientObject & { readonly locked: boolean };
    /** ExcelApi 1.2: the width of the range's columns, in points. */
    columnWidth: number;
  };
  /** ExcelApi 1.2: true when every row of the range is hidden, false when none is, null when some are. */
  readonly rowHidden: boolean | null;
  /** ExcelApi 1.2: the same for the range's columns. */
  readonly columnHidden: boolean | null;
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
  /** ExcelApi 1.3: the visible cells of the range (neither their row nor their column hidden). */
  getVisibleView(): HostRangeView;
  select(): void;
}

/** Excel.RangeView (ExcelApi 1.3). */
export interface HostRangeView extends HostClientObject {
  /**
   * The visible cells' addresses, a row of addresses per visible row ("Sheet1!B3", or "'报表 1'!B3" where the
   * name needs quotes).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Office.js types cell arrays as any[][]
  readonly cellAddresses: any[][];
}

export interface HostWorksheet extends HostClientObject {
  readonly isNullObject: boolean;
  readonly id: string;
  readonly name: string;
  /** "Visible" | "Hidden" | "VeryHidden". */
  readonly visibility: string;
  readonly protection: HostClientObject & { readonly protected: boolean; readonly options: { readonly allowFormatCells?: boolean } };
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
  getRange(address?: string): HostRange;
  activate(): void;
  /** ExcelApi 1.1: remove the sheet (the 核对结果 sheet FundCheck wrote, and only that). */
  delete(): void;
  /** ExcelApi 1.7. */
  readonly freezePanes: { freezeRows(count: number): void };
  /** ExcelApi 1.9. */
  readonly autoFilter: { apply(range: string): void };
  /** ExcelApi 1.9: `Landscape`, `A4`. */
  readonly pageLayout: { orientation: string; paperSize: string };
  /** ExcelApi 1.18: the sheet's notes (批注), by cell address. */
  readonly notes: {
    getItemOrNullObject(cellAddress: string): HostNote;
    add(cellAddress: string, content: string): HostNote;
  };
}

/** Excel.Note (ExcelApi 1.18): a cell's note, its text in `content`. */
export interface HostNote extends HostClientObject {
  readonly isNullObject: boolean;
  content: string;
  delete(): void;
}

export interface HostWorksheetCollection extends HostClientObject {
  readonly items: HostWorksheet[];
  /** By id or name. */
  getItem(key: string): HostWorksheet;
  /** ExcelApi 1.1: a new sheet at the end. */
  add(name: string): HostWorksheet;
}

export interface HostSetting extends HostClientObject {
  readonly key: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- settings hold any JSON value
  value: any;
  delete(): void;
}

export interface HostSettingCollection extends HostClientObject {
  readonly items: HostSetting[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  add(key: string, value: any): unknown;
  getItem(key: string): HostSetting;
}

export interface HostContext {
  readonly workbook: {
    readonly worksheets: HostWorksheetCollection;
    readonly settings: HostSettingCollection;
  };
  sync(): Promise<unknown>;
}

/** `Excel.run` in Office; the simulated host's `run` in tests. */
export type RunBatch = <T>(batch: (context: HostContext) => Promise<T>) => Promise<T>;
