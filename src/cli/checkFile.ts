import * as path from 'path';
import { analyseWorkbook, SheetTemplates, toReportJson, type ReportJson } from '../core';
import { readXlsx, WorkbookReadError } from './readXlsx';

/** One file's outcome in a batch (`file` as the user gave it): its report, or why it could not be read, or an internal failure. */
export type FileResult =
  | { kind: 'report'; file: string; report: ReportJson }
  | { kind: 'unreadable'; file: string; message: string }
  | { kind: 'internal'; file: string; detail: string };

/**
 * The sheets this thread has read, for the files after them: a batch of counties' workbooks made from one template
 * reads each table once. Sheets of up to 20,000 cells, the last 200 of them (sheetTemplates.ts).
 */
const templates = new SheetTemplates({ maxCells: 20_000, maxTemplates: 200 });

/** Read and analyse one workbook; never throws (a worker thread hands the result back as it is). */
export async function checkFile(file: string, policy: string | undefined): Promise<FileResult> {
  try {
    const { grid, book } = await readXlsx(file, file);
    const name = path.basename(file);
    const analysis = analyseWorkbook({ ...grid, name }, { ...(policy ? { policy } : {}), templates });
    return { kind: 'report', file, report: withUnreadSheets(toReportJson(name, analysis), book.workbook.unreadSheets) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { kind: 'unreadable', file, message: error.message };
    return { kind: 'internal', file, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** The report, naming the sheets the workbook lists but the package does not hold (none is passed over in silence). */
export function withUnreadSheets(report: ReportJson, unread: string[]): ReportJson {
  return unread.length > 0 ? { ...report, unreadSheets: unread } : report;
}
