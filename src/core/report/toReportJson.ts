import { cellKey, qualifiedA1, rangeToA1, toA1, type CellRef } from '../grid/address';
import type { Analysis, Finding, IndicatorResult, PlannedFill, PolicyDescription } from './types';

type CellContent = string | number | boolean | null;

/** Why a planned fill was not written by a host (besides a conflict the user did not ask to overwrite). */
export type SkipCause = 'formula' | 'protected-sheet' | 'merged-cell' | 'missing-sheet';

/**
 * What a host did with the planned fills. Without it the report lists the plan (`check`); with it, `fills`
 * lists only what was written (`fill`).
 */
export interface FillOutcome {
  written: { at: CellRef; previous?: CellContent }[];
  /** Fills left out because the cell holds another value and overwriting was not asked for. */
  conflicts?: { at: CellRef; previous: CellContent }[];
  skipped?: { at: CellRef; previous: CellContent; cause: SkipCause }[];
}

/** A cell as the JSON report names it: its sheet and A1 address. */
interface At {
  sheet: string;
  cell: string;
}

/** The `--json` report (version 1), as documented in docs/command-line.md. Fills carry numbers, as written into the cells. */
export interface ReportJson {
  version: 1;
  workbook: string;
  policy?: PolicyDescription;
  summary: { tables: number; errors: number; warnings: number; infos: number; fills: number; review: number; conflicts: number; skipped: number };
  tables: { sheet: string; range: string; kind: string; title?: string }[];
  findings: (At & Omit<Finding, 'at' | 'related' | 'causedBy'> & { related: string[]; causedBy?: string })[];
  fills: (At & { value: number; numberFormat: string; previous: CellContent; reason: string })[];
  conflicts: (At & { value: number; previous: CellContent; reason: string })[];
  /** Fills a host could not write (formula cell, protected sheet, …); only present after a `fill`. */
  skipped: (At & { value: number; previous: CellContent; cause: SkipCause; reason: string })[];
  review: (At & { message: string })[];
  indicators: (At & Omit<IndicatorResult, 'at'>)[];
  /** Sheets the workbook lists whose content could not be had (the reader says so; absent when there are none). */
  unreadSheets?: string[];
}

/** The JSON form of a cell: the only place the report's cells become A1 text. */
function at(ref: CellRef): At {
  return { sheet: ref.sheet, cell: toA1(ref.row, ref.col) };
}

export function toReportJson(workbook: string, analysis: Analysis, outcome?: FillOutcome): ReportJson {
  const count = (severity: Finding['severity']) => analysis.findings.filter((f) => f.severity === severity).length;
  const planned = new Map(analysis.fills.map((f) => [cellKey(f.at), f]));
  const value = (f: PlannedFill) => Number(f.value);

  let fills: ReportJson['fills'];
  let conflicts: ReportJson['conflicts'];
  let skipped: ReportJson['skipped'] = [];
  if (outcome === undefined) {
    fills = analysis.fills.filter((f) => !f.conflict).map((f) => fillEntry(f, f.previous ?? null));
    conflicts = analysis.fills.filter((f) => f.conflict).map((f) => ({ ...at(f.at), value: value(f), previous: f.previous ?? null, reason: f.reason }));
  } else {
    const withPlan = <T extends { at: CellRef }>(list: T[]) =>
      list.flatMap((item) => (planned.has(cellKey(item.at)) ? [{ item, fill: planned.get(cellKey(item.at))! }] : []));
    fills = withPlan(outcome.written).map(({ item, fill }) => fillEntry(fill, item.previous ?? fill.previous ?? null));
    conflicts = withPlan(outcome.conflicts ?? []).map(({ item, fill }) => ({ ...at(fill.at), value: value(fill), previous: item.previous, reason: fill.reason }));
    skipped = withPlan(outcome.skipped ?? []).map(({ item, fill }) => ({
      ...at(fill.at),
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
    tables: analysis.tables.map((t) => ({ sheet: t.sheet, range: rangeToA1(t.range), kind: t.kind, ...(t.title ? { title: t.title } : {}) })),
    findings: analysis.findings.map(findingEntry),
    fills,
    conflicts,
    skipped,
    review: analysis.review.map((r) => ({ ...at(r.at), message: r.message })),
    indicators: analysis.indicators.map(({ at: ref, ...rest }) => ({ ...at(ref), ...rest })),
  };
}

function findingEntry({ at: ref, related, causedBy, ...rest }: Finding): ReportJson['findings'][number] {
  return {
    ...at(ref),
    ...rest,
    related: related.map((r) => qualifiedA1(r, ref.sheet)),
    ...(causedBy ? { causedBy: cellKey(causedBy) } : {}),
  };
}

function fillEntry(f: PlannedFill, previous: CellContent): ReportJson['fills'][number] {
  return { ...at(f.at), value: Number(f.value), numberFormat: f.numberFormat, previous, reason: f.reason };
}
