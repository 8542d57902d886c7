import type { Analysis, Finding, IndicatorResult, PlannedFill, PolicyDescription, ReviewItem, TableSummary } from './types';

type CellContent = string | number | boolean | null;

/** Why a planned fill was not written by a host (besides a conflict the user did not ask to overwrite). */
export type SkipCause = 'formula' | 'protected-sheet' | 'merged-cell' | 'missing-sheet';

/**
 * What a host did with the planned fills. Without it the report lists the plan (`check`); with it, `fills`
 * lists only what was written (`fill`). A bare list of written cells is accepted for older callers.
 */
export interface FillOutcome {
  written: { sheet: string; cell: string; previous?: CellContent }[];
  /** Fills left out because the cell holds another value and overwriting was not asked for. */
  conflicts?: { sheet: string; cell: string; previous: CellContent }[];
  skipped?: { sheet: string; cell: string; previous: CellContent; cause: SkipCause }[];
}

/** The `--json` report (version 1), as documented in README.md. Fills carry numbers, as written into the cells. */
export interface ReportJson {
  version: 1;
  workbook: string;
  policy?: PolicyDescription;
  summary: { tables: number; errors: number; warnings: number; infos: number; fills: number; review: number; conflicts: number; skipped: number };
  tables: TableSummary[];
  findings: Finding[];
  fills: { sheet: string; cell: string; value: number; numberFormat: string; previous: CellContent; reason: string }[];
  conflicts: { sheet: string; cell: string; value: number; previous: CellContent; reason: string }[];
  /** Fills a host could not write (formula cell, protected sheet, …); only present after a `fill`. */
  skipped: { sheet: string; cell: string; value: number; previous: CellContent; cause: SkipCause; reason: string }[];
  review: ReviewItem[];
  indicators: IndicatorResult[];
}

const keyOf = (c: { sheet: string; cell: string }) => `${c.sheet}!${c.cell}`;

export function toReportJson(workbook: string, analysis: Analysis, outcome?: FillOutcome | { sheet: string; cell: string }[]): ReportJson {
  const count = (severity: Finding['severity']) => analysis.findings.filter((f) => f.severity === severity).length;
  const planned = new Map(analysis.fills.map((f) => [keyOf(f), f]));
  const value = (f: PlannedFill) => Number(f.value);

  let fills: ReportJson['fills'];
  let conflicts: ReportJson['conflicts'];
  let skipped: ReportJson['skipped'] = [];
  if (outcome === undefined) {
    fills = analysis.fills.filter((f) => !f.conflict).map((f) => fillEntry(f, f.previous ?? null));
    conflicts = analysis.fills.filter((f) => f.conflict).map((f) => ({ sheet: f.sheet, cell: f.cell, value: value(f), previous: f.previous ?? null, reason: f.reason }));
  } else {
    const done: FillOutcome = Array.isArray(outcome) ? legacyOutcome(analysis, outcome) : outcome;
    const withPlan = <T extends { sheet: string; cell: string }>(list: T[]) =>
      list.flatMap((item) => (planned.has(keyOf(item)) ? [{ item, fill: planned.get(keyOf(item))! }] : []));
    fills = withPlan(done.written).map(({ item, fill }) => fillEntry(fill, item.previous ?? fill.previous ?? null));
    conflicts = withPlan(done.conflicts ?? []).map(({ item, fill }) => ({ sheet: fill.sheet, cell: fill.cell, value: value(fill), previous: item.previous, reason: fill.reason }));
    skipped = withPlan(done.skipped ?? []).map(({ item, fill }) => ({
      sheet: fill.sheet,
      cell: fill.cell,
      value: value(fill),
      previous: item.previous,
      cause: item.cause,
      reason: fill.reason,
    }));
  }
  return {
    version: 1,
    workbook,
    ...(analysis.policy ? { policy: analysis.policy } : {}),
    summary: {
      tables: analysis.tables.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      fills: fills.length,
      review: analysis.review.length,
      conflicts: conflicts.length,
      skipped: skipped.length,
    },
    tables: analysis.tables,
    findings: analysis.findings,
    fills,
    conflicts,
    skipped,
    review: analysis.review,
    indicators: analysis.indicators,
  };
}

function fillEntry(f: PlannedFill, previous: CellContent): ReportJson['fills'][number] {
  return { sheet: f.sheet, cell: f.cell, value: Number(f.value), numberFormat: f.numberFormat, previous, reason: f.reason };
}

/** The earlier signature: a list of written cells; an unwritten conflict is a conflict, other unwritten fills are dropped. */
function legacyOutcome(analysis: Analysis, written: { sheet: string; cell: string }[]): FillOutcome {
  const done = new Set(written.map(keyOf));
  return {
    written: analysis.fills.filter((f) => done.has(keyOf(f)) || !f.conflict),
    conflicts: analysis.fills.filter((f) => f.conflict && !done.has(keyOf(f))).map((f) => ({ sheet: f.sheet, cell: f.cell, previous: f.previous ?? null })),
  };
}
