import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook, toReportJson, type ReportJson } from '../../core';
import type { CliCommand } from '../args';
import { planAnnotations } from '../annotateFindings';
import type { FileResult } from '../checkFile';
import { checkFiles, defaultJobs } from '../checkFiles';
import { formatCheckReport } from '../formatHuman';
import type { CliIo } from '../io';
import { TEXT } from '../messages';
import { progress } from '../progress';
import { checkOutput, WorkbookWriteError, writeAtomically } from '../outputFile';
import { htmlReport, type HtmlEntry } from '../htmlReport';
import { readXlsx, WorkbookReadError } from '../readXlsx';
import { writeCopy } from '../writeCopy';
import { checkUnits, pairReports } from '../checkReport';
import { annotateDocx } from '../annotateDocx';
import { isReportFile } from '../readReportFile';

/** Every exit code of the CLI (docs/command-line.md): the worst outcome of any file wins. */
export const EXIT = { ok: 0, errorsFound: 1, unusable: 2, internal: 3 } as const;

/**
 * `fundcheck check`: each file is read and analysed on its own (on worker threads when there are several), so
 * one unreadable file costs one stderr line and the others are still checked; output keeps the files' order.
 */
export async function runCheck(command: Extract<CliCommand, { kind: 'check' }>, io: CliIo): Promise<number> {
  if (command.annotate !== undefined && command.annotate.toLowerCase().endsWith('.docx')) return runAnnotateReport(command, command.annotate, io);
  if (command.annotate !== undefined) return runAnnotate(command, command.annotate, io);
  const reports: ReportJson[] = [];
  const entries: HtmlEntry[] = [];
  let code: number = EXIT.ok;
  if (command.html !== undefined) {
    try {
      for (const file of command.files) checkOutput(file, command.html); // never over an input, refused before reading
    } catch (error) {
      if (!(error instanceof WorkbookWriteError)) throw error;
      io.stderr(`fundcheck: ${error.message}\n`);
      return EXIT.unusable;
    }
  }
  // A report's text named with workbooks is checked with the workbook it goes with (checkReport.ts), one by one.
  const results = command.files.some(isReportFile)
    ? checkUnits(pairReports(command.files), command.policy)
    : checkFiles(command.files, command.policy, command.jobs ?? defaultJobs());
  // With several files, each JSON entry names its file as given; one that could not be read is an entry with its reason.
  const entriesJson: unknown[] = [];
  for await (const result of results) {
    code = Math.max(code, report(result, command.json, io));
    progress.worst = code;
    if (result.kind === 'report') reports.push(result.report);
    entriesJson.push(
      result.kind === 'report'
        ? { file: result.file, ...result.report }
        : { version: 1, file: result.file, error: result.kind === 'unreadable' ? result.message : TEXT.internalError(result.file) },
    );
    entries.push(
      result.kind === 'report'
        ? { file: result.file, report: result.report }
        : { file: result.file, failure: result.kind === 'unreadable' ? result.message : TEXT.internalError(result.file) },
    );
  }
  if (command.html !== undefined) code = Math.max(code, await writeHtml(command.html, entries, command.json, io));
  if (command.json && (reports.length > 0 || command.files.length > 1)) {
    io.stdout(JSON.stringify(command.files.length === 1 ? reports[0] : entriesJson, null, 2) + '\n');
  }
  return code;
}

/** The HTML summary of the run; a failed write is exit 2 with the reason, the check's own output already printed. */
async function writeHtml(out: string, entries: HtmlEntry[], json: boolean, io: CliIo): Promise<number> {
  try {
    const page = Buffer.from(htmlReport(entries, new Date()), 'utf8');
    await writeAtomically(out, async (fd) => {
      for (let written = 0; written < page.length;) written += fs.writeSync(fd, page, written);
    });
  } catch (error) {
    io.stderr(
      `fundcheck: ${error instanceof WorkbookWriteError ? error.message : TEXT.writeFailed(out, error instanceof Error ? error.message : String(error))}\n`,
    );
    return EXIT.unusable;
  }
  if (!json) io.stdout(TEXT.htmlWritten(out) + '\n');
  return EXIT.ok;
}

/** Print one file's result (the text report, or its stderr line) and return its exit code. */
function report(result: FileResult, json: boolean, io: CliIo): number {
  if (result.kind === 'unreadable') {
    io.stderr(`fundcheck: ${result.message}\n`);
    return EXIT.unusable;
  }
  if (result.kind === 'internal') {
    io.stderr(`fundcheck: ${TEXT.internalError(result.file)}\n`);
    if (process.env.FUNDCHECK_DEBUG) io.stderr(`${result.detail}\n`);
    return EXIT.internal;
  }
  if (!json) io.stdout(formatCheckReport(result.report));
  return result.report.summary.errors > 0 ? EXIT.errorsFound : EXIT.ok;
}

/** `check --annotate OUT.docx 报告.docx [附表.xlsx]`: the report checked (with its workbook), a copy of it with comments. */
async function runAnnotateReport(command: Extract<CliCommand, { kind: 'check' }>, out: string, io: CliIo): Promise<number> {
  const reportFile = command.files.find((f) => f.toLowerCase().endsWith('.docx'))!;
  const workbook = command.files.find((f) => f !== reportFile);
  try {
    checkOutput(reportFile, out);
    if (workbook) checkOutput(workbook, out);
  } catch (error) {
    if (!(error instanceof WorkbookWriteError)) throw error;
    io.stderr(`fundcheck: ${error.message}\n`);
    return EXIT.unusable;
  }
  const [result] = await collect(checkUnits([{ report: reportFile, ...(workbook ? { workbook } : {}) }], command.policy));
  let code = report(result, command.json, io);
  if (result.kind !== 'report') return code;
  try {
    const annotated = await annotateDocx(reportFile, out, result.report.findings);
    if (!command.json) io.stdout(TEXT.annotatedReport(annotated, out) + '\n');
  } catch (error) {
    io.stderr(`fundcheck: ${TEXT.writeFailed(out, error instanceof Error ? error.message : String(error))}\n`);
    code = EXIT.unusable;
  }
  return code;
}

async function collect<T>(items: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** `check --annotate OUT FILE`: the check of one file, and a copy with its findings marked. */
async function runAnnotate(command: Extract<CliCommand, { kind: 'check' }>, out: string, io: CliIo): Promise<number> {
  const file = command.files[0];
  try {
    checkOutput(file, out); // refused before reading: the answer does not depend on the workbook
  } catch (error) {
    if (!(error instanceof WorkbookWriteError)) throw error;
    io.stderr(`fundcheck: ${error.message}\n`);
    return EXIT.unusable;
  }
  let loaded;
  try {
    loaded = await readXlsx(file, file, undefined, { forCopy: true });
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    io.stderr(`fundcheck: ${error.message}\n`);
    return EXIT.unusable;
  }
  const name = path.basename(file);
  const analysis = analyseWorkbook({ ...loaded.grid, name }, command.policy ? { policy: command.policy } : {});
  const result = toReportJson(name, analysis);
  let code = report({ kind: 'report', file, report: result }, command.json, io);
  const { annotated, onProtected, writes } = planAnnotations(analysis.findings, loaded.grid);
  try {
    await writeCopy(file, out, loaded.book, writes);
    if (!command.json) io.stdout(TEXT.annotated(annotated.length, out) + '\n');
    if (!command.json && onProtected.length > 0) io.stdout(TEXT.notAnnotatedProtected(onProtected.length) + '\n');
  } catch (error) {
    if (!(error instanceof WorkbookWriteError)) throw error;
    io.stderr(`fundcheck: ${error.message}\n`);
    code = EXIT.unusable;
  }
  if (command.json) io.stdout(JSON.stringify(result, null, 2) + '\n');
  return code;
}
