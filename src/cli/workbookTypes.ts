import type { ReportJson, toReportJson } from '../core';

/** What a host did with the planned fills; the shape `toReportJson` takes (named here so the core's index stays as is). */
export type FillOutcome = Exclude<Parameters<typeof toReportJson>[2], undefined | unknown[]>;
export type SkipCause = ReportJson['skipped'][number]['cause'];
export type CellContent = string | number | boolean | null;
