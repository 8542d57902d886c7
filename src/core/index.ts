/** The calculation core's public surface. Hosts (the CLI, the Excel adapter) use only what is exported here. */
export { analyseWorkbook, type AnalyseOptions } from './analyseWorkbook';
export type { WorkbookGrid, SheetGrid, GridCell, RawCellValue, CellRange, CellErrorValue } from './grid/types';
export { isCellError } from './grid/types';
export { toA1, fromA1, columnLetters, cellKey, rangeToA1, type CellRef } from './grid/address';
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
export { toReportJson, type ReportJson } from './report/toReportJson';
export {
  DEFAULT_POLICY,
  DEVIATION_POLICY,
  POLICY_PRESETS,
  createPolicy,
  InvalidPolicyError,
  resolvePolicy,
  type ScoringPolicy,
  type ScoringPolicySettings,
} from './scoring/ScoringPolicy';
export { parseCellValue, parseNumberText, type ParsedValue, type NumberValue } from './values/parseCellValue';
export { numberFormatFor } from './values/formatValue';
