import type { LineSpan } from '../../excel/simulated/fake/WorkbookModel';

/**
 * The simulated WPS host's workbook: plain JSON (a fixture converted in Node is shipped into the browser), in WPS's
 * own terms: colours as BGR integers, patterns as XlPattern constants, visibility as XlSheetVisibility, the
 * add-in's storage as custom document properties. Cells are keyed "row,col", 0-based.
 */
export interface WpsInteriorModel {
  color: number;
  pattern: number;
  patternColor: number;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface WpsCellModel {
  /** The cell's note (批注). */
  comment?: string;
  value?: string | number | boolean;
  /** An error such as #DIV/0!; Value2 gives its CVErr code (or its text, as the host is set up). */
  error?: string;
  /** Formula text starting with "="; `value` is its cached result. */
  formula?: string;
  numberFormat?: string;
  interior?: WpsInteriorModel;
  /** Formatting without a value (a border): part of UsedRange, as in WPS. */
  formatted?: boolean;
  /** Cells are locked unless said otherwise, as in WPS; only locked cells of a protected sheet refuse writes. */
  locked?: boolean;
}

export interface WpsSheetModel {
  name: string;
  /** Kept across renames; WPS gives new sheets Sheet1, Sheet2, … */
  codeName?: string;
  visible: -1 | 0 | 2;
  protectContents: boolean;
  /** A protected sheet that still lets cells be formatted (fills, number formats). */
  allowFormattingCells?: boolean;
  cells: Record<string, WpsCellModel>;
  /** Hidden rows and columns as spans (0-based, inclusive), as in the Excel simulation's model. */
  hiddenRows?: LineSpan[];
  hiddenColumns?: LineSpan[];
  /** Column widths set (characters), by 0-based column. */
  columnWidths?: Record<number, number>;
  /** The range an AutoFilter was turned on over. */
  autoFilter?: string;
  /** XlPageOrientation and XlPaperSize set. */
  pageSetup?: { orientation?: number; paperSize?: number };
  /** Rows frozen at the top of the sheet's window. */
  freezeRows?: number;
}

export interface WpsWorkbookModel {
  name: string;
  /** Path and name; D:\报表\<name> unless given. */
  fullName?: string;
  sheets: WpsSheetModel[];
  /** Custom document properties (all text). */
  properties: Record<string, string>;
  activeSheet: string;
  /** No workbook open in WPS (the pane opened from the start page): ActiveWorkbook is null. */
  closed?: boolean;
  selection?: { sheet: string; address: string };
}

/** An unfilled cell's Interior, as WPS reports it: white, no pattern. */
export const NO_FILL: WpsInteriorModel = { color: 16777215, pattern: -4142, patternColor: 0, tintAndShade: 0, patternTintAndShade: 0 };

export function cloneWpsModel(model: WpsWorkbookModel): WpsWorkbookModel {
  return JSON.parse(JSON.stringify(model)) as WpsWorkbookModel;
}
