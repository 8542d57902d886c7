import * as path from 'path';
import { analyseWorkbook, toReportJson, type WorkbookGrid } from '../core';
import { withUnreadSheets, type FileResult } from './checkFile';
import { readReportFile, isReportFile, ReportReadError } from './readReportFile';
import { readXlsx, WorkbookReadError } from './readXlsx';

/** What one check reads: a workbook, a report's text, or a report and the workbook of its tables. */
export interface CheckUnit {
  workbook?: string;
  report?: string;
}

/**
 * The files of one `check` call, a report's text paired with its workbook: one report and one workbook go
 * together in any order; with more, each report goes with the one workbook whose name shares the longest
 * beginning with its own (巴州报告.txt with 巴州附表.xlsx), two characters at least. What pairs with nothing is
 * checked alone. Units keep the order of their first file.
 */
export function pairReports(files: string[]): CheckUnit[] {
  const reports = files.filter(isReportFile);
  const workbooks = files.filter((f) => !isReportFile(f));
  const pairs = new Map<string, string>();
  if (reports.length === 1 && workbooks.length === 1) pairs.set(reports[0], workbooks[0]);
  else {
    const taken = new Set<string>();
    for (const report of reports) {
      const scored = workbooks.filter((w) => !taken.has(w)).map((w) => ({ w, n: commonStart(stem(report), stem(w)) }));
      const best = Math.max(0, ...scored.map((s) => s.n));
      const tops = scored.filter((s) => s.n === best);
      if (best >= 2 && tops.length === 1) {
        pairs.set(report, tops[0].w);
        taken.add(tops[0].w);
      }
    }
  }
  const paired = new Set([...pairs.values()]);
  const units: CheckUnit[] = [];
  for (const file of files) {
    if (isReportFile(file))
      units.push({
        report: file,
        ...(pairs.has(file) ? { workbook: pairs.get(file)! } : {}),
      });
    else if (!paired.has(file)) units.push({ workbook: file });
  }
  return units;
}

function stem(file: string): string {
  return path.basename(file, path.extname(file));
}

function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Check each unit in turn; never throws (an unreadable file is its unit's result). */
export async function* checkUnits(units: CheckUnit[], policy: string | undefined): AsyncGenerator<FileResult> {
  for (const unit of units) yield await checkUnit(unit, policy);
}

async function checkUnit(unit: CheckUnit, policy: string | undefined): Promise<FileResult> {
  const file = [unit.report, unit.workbook].filter((f): f is string => !!f).join(' + ');
  try {
    const names = [unit.report, unit.workbook].filter((f): f is string => !!f).map((f) => path.basename(f));
    const name = names.join(' + ');
    const read = unit.workbook ? await readXlsx(unit.workbook, unit.workbook) : null;
    const grid: WorkbookGrid = read ? { ...read.grid, name } : { name, sheets: [] };
    const documents = unit.report ? [await readReportFile(unit.report)] : [];
    const analysis = analyseWorkbook(grid, {
      ...(policy ? { policy } : {}),
      documents,
    });
    return { kind: 'report', file, report: withUnreadSheets(toReportJson(name, analysis), read?.book.workbook.unreadSheets ?? []) };
  } catch (error) {
    if (error instanceof WorkbookReadError || error instanceof ReportReadError) return { kind: 'unreadable', file, message: error.message };
    return {
      kind: 'internal',
      file,
      detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}
