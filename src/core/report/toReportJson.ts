import type { Analysis, Finding, IndicatorResult, PolicyDescription, ReviewItem, TableSummary } from './types';

/** The `--json` report (version 1), as documented in README.md. Fills carry numbers, as written into the cells. */
export interface ReportJson {
  version: 1;
  workbook: string;
  policy?: PolicyDescription;
  summary: { tables: number; errors: number; warnings: number; infos: number; fills: number; review: number };
  tables: TableSummary[];
  findings: Finding[];
  fills: { sheet: string; cell: string; value: number; numberFormat: string; previous: string | number | boolean | null; reason: string }[];
  conflicts: { sheet: string; cell: string; value: number; previous: string | number | boolean | null; reason: string }[];
  review: ReviewItem[];
  indicators: IndicatorResult[];
}

export function toReportJson(workbook: string, analysis: Analysis, written?: { sheet: string; cell: string }[]): ReportJson {
  const count = (severity: Finding['severity']) => analysis.findings.filter((f) => f.severity === severity).length;
  const writtenKeys = written ? new Set(written.map((w) => `${w.sheet}!${w.cell}`)) : null;
  const fills = analysis.fills.filter((f) => !f.conflict || (writtenKeys?.has(`${f.sheet}!${f.cell}`) ?? false));
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
    },
    tables: analysis.tables,
    findings: analysis.findings,
    fills: fills.map((f) => ({ sheet: f.sheet, cell: f.cell, value: Number(f.value), numberFormat: f.numberFormat, previous: f.previous ?? null, reason: f.reason })),
    conflicts: analysis.fills
      .filter((f) => f.conflict && !(writtenKeys?.has(`${f.sheet}!${f.cell}`) ?? false))
      .map((f) => ({ sheet: f.sheet, cell: f.cell, value: Number(f.value), previous: f.previous ?? null, reason: f.reason })),
    review: analysis.review,
    indicators: analysis.indicators,
  };
}
