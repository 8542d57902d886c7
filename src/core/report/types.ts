/**
 * The report the core produces. Cells stay `CellRef`s ({ sheet, row, col }) here; hosts turn them into A1 text at
 * their edge (the CLI's `--json` output is `toReportJson`, see docs/command-line.md).
 */
import type { CellRef } from '../grid/address';
import type { CellRange } from '../grid/types';

export type Severity = 'error' | 'warning' | 'info';

/** Names of the rules a finding can come from; one per kind of check, so a newcomer can grep for it. */
export type RuleName =
  | 'sum'
  | 'change'
  | 'growthRate'
  | 'executionRate'
  | 'share'
  | 'monthsPayable'
  | 'closingBalance'
  | 'netBalance'
  | 'ofWhich'
  | 'partsWithinLine'
  | 'openingBalance'
  | 'sameFact'
  | 'unreadLine'
  | 'excelError'
  | 'notANumber'
  | 'staleFormula'
  | 'uncalculatedFormula'
  | 'inferredRelation'
  | 'unitInLabel'
  | 'selfEvaluation'
  | 'scoreAboveWeight'
  | 'weightTotal'
  | 'scoreTotal'
  | 'weightsNot100'
  | 'scoreDiffersFromPolicy'
  | 'missingDeviationNote'
  | 'claimsTargetMet'
  | 'selfEvaluationVsFinalAccounts';

export interface Finding {
  at: CellRef;
  severity: Severity;
  rule: RuleName;
  /** The value as stated in the cell (text), null for an empty cell. */
  stated: string | null;
  /** What the cell should hold, when one value can be named. */
  expected: string | null;
  /** Chinese explanation for the user. */
  message: string;
  /** Other cells involved: the inputs of the relation, or the root cause of a consequence. */
  related: CellRef[];
  /** For a consequence: the root cause. */
  causedBy?: CellRef;
  /** A figure of the report's text: its paragraph, sentence and place in it (`at` is its cell on the text's sheet). */
  text?: TextPlace;
}

export interface TableSummary {
  sheet: string;
  range: CellRange;
  kind: TableKind;
  title?: string;
}

export type TableKind = 'fund-balance' | 'fund-balance-transposed' | 'line-items' | 'self-evaluation' | 'numeric' | 'report-text';

/** A cell the core can fill because every input is present and the cell is empty (or `conflict`). */
export interface PlannedFill {
  at: CellRef;
  /** Decimal text of the value to write, rounded as it will be shown. */
  value: string;
  numberFormat: string;
  reason: string;
  /** True when the cell is not empty and holds another value: written only on explicit overwrite. */
  conflict?: boolean;
  /** The cell's current raw value (for conflicts), null when empty. */
  previous?: string | number | boolean | null;
}

export interface ReviewItem {
  at: CellRef;
  message: string;
}

export type IndicatorStatus = 'met' | 'not-met' | 'review';

export interface IndicatorResult {
  at: CellRef;
  name: string;
  target: string;
  actual: string;
  status: IndicatorStatus;
  weight: number | null;
  score: number | null;
  /** Parsed forms, for display and debugging. */
  targetKind?: string;
  level1?: string;
  level2?: string;
}

export interface PolicyDescription {
  name: string;
  settings: Record<string, unknown>;
}

export interface Analysis {
  tables: TableSummary[];
  findings: Finding[];
  fills: PlannedFill[];
  review: ReviewItem[];
  indicators: IndicatorResult[];
  policy?: PolicyDescription;
}

/** Where a finding about the text is: the paragraph, its heading, the sentence and the figure in it. */
export interface TextPlace {
  document: string;
  paragraph: number;
  /** The nearest heading above the paragraph, '' when none. */
  heading: string;
  /** The sentence holding the figure. */
  quote: string;
  /** The figure's place in `quote` (UTF-16 offsets, end exclusive), unit included. */
  start: number;
  end: number;
}
