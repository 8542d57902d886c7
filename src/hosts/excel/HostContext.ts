/**
 * The part of Office.js the adapter uses, as structural types. `Excel.RequestContext` satisfies them (checked in
 * officeRun.ts), and so does the simulated host in tests/host: the adapter is written against this contract only.
 * Semantics are Office.js's: a property may be read only after it was loaded and a sync() returned; writes are
 * queued and take effect at the next sync().
 */

export interface HostClientObject {
  load(propertyNames: string | string[]): unknown;
}

export interface HostRangeFill extends HostClientObject {
  color: string;
  pattern: string;
  patternColor: string;
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
  readonly formulas: any[][];
  readonly format: { readonly fill: HostRangeFill };
  select(): void;
}

export interface HostWorksheet extends HostClientObject {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly protection: HostClientObject & { readonly protected: boolean };
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
  getRange(address?: string): HostRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): HostRange;
  activate(): void;
}

export interface HostWorksheetCollection extends HostClientObject {
  readonly items: HostWorksheet[];
  getItemOrNullObject(key: string): HostWorksheet;
}

export interface HostSetting extends HostClientObject {
  readonly isNullObject: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- settings hold any JSON value
  value: any;
  delete(): void;
}

export interface HostSettingCollection {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  add(key: string, value: any): unknown;
  getItemOrNullObject(key: string): HostSetting;
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
