/** The calculation core's public surface. Hosts (the CLI, the Excel adapter) use only what is exported here. */
export { analyseWorkbook, type AnalyseOptions } from './analyseWorkbook';
export type { WorkbookGrid, SheetGrid, SheetCell, GridCell, RawCellValue, CellRange, CellErrorValue, SheetVisibility } from './grid/types';
export { isCellError, isFormula, holdsSomething, cellsFromRows } from './grid/types';
export { MergeIndex } from './grid/MergeIndex';
export { toA1, fromA1, columnLetters, cellKey, qualifiedA1, sameCell, rangeToA1, type CellRef } from './grid/address';
export type {
  Analysis,
  Finding,
  Severity,
  RuleName,
  TableSummary,
  TableKind,
  PlannedFill,
  ReviewItem,
  IndicatorResult,
  IndicatorStatus,
  PolicyDescription,
} from './report/types';
export { toReportJson, type ReportJson, type FillOutcome, type SkipCause } from './report/toReportJson';
export {
  DEFAULT_POLICY,
  DEVIATION_POLICY,
  POLICY_PRESETS,
  PRESET_CHOICES,
  SCORE_DECIMALS,
  createPolicy,
  InvalidPolicyError,
  resolvePolicy,
  type ScoringPolicy,
  type ScoringPolicySettings,
  type PresetChoice,
} from './scoring/ScoringPolicy';
export { parseCellValue, parseNumberText, type ParsedValue, type NumberValue } from './values/parseCellValue';
export { numberFormatFor } from './values/formatValue';
export { describeNumberFormat, shownText } from './values/numberFormat';
export { differenceOf } from './report/difference';
export { mentionsReportWord } from './vocabulary';
export { paragraphsOfText, reportDocument } from './reportText/paragraphsOfText';
export { decodeReportText, WordBody, WordStyles, wordReport, type WordXmlEvents } from './reportText/wordDocument';
export type { ReportDocument, ReportParagraph, TextPlace } from './reportText/ReportDocument';
export { SheetTemplates } from './reading/sheetTemplates';
