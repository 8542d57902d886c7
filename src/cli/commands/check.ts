import * as path from 'path';
import { analyseWorkbook, toReportJson, type ReportJson } from '../../core';
import type { CliCommand } from '../args';
import { planAnnotations } from '../annotateFindings';
import { formatCheckReport } from '../formatHuman';
import type { CliIo } from '../io';
import { TEXT } from '../messages';
import { readXlsx, WorkbookReadError } from '../readXlsx';
import { checkOutput, WorkbookWriteError } from '../outputFile';
import { writeCopy } from '../writeCopy';

export const EXIT = { ok: 0, errorsFound: 1, unusable: 2 } as const;

/**
 * `fundcheck check`: each file is read and analysed on its own, so one unreadable file costs one stderr line
 * and the others are still checked. Exit 0 without errors, 1 when a finding is an error, 2 when a file
 * could not be read (or the annotated copy not written).
 */
export async function runCheck(command: Extract<CliCommand, { kind: 'check' }>, io: CliIo): Promise<number> {
  // Refuse before reading: the answer does not depend on the workbook, and nothing is printed for nothing.
  if (command.annotate !== undefined) {
    try {
      checkOutput(command.files[0], command.annotate);
    } catch (error) {
      if (!(error instanceof WorkbookWriteError)) throw error;
      io.stderr(`fundcheck: ${error.message}\n`);
      return EXIT.unusable;
    }
  }
  const reports: ReportJson[] = [];
  let code: number = EXIT.ok;
  for (const file of command.files) {
    const name = path.basename(file);
    let loaded;
    try {
      loaded = await readXlsx(file, file);
    } catch (error) {
      if (!(error instanceof WorkbookReadError)) throw error;
      io.stderr(`fundcheck: ${error.message}\n`);
      code = EXIT.unusable;
      continue;
    }
    const analysis = analyseWorkbook({ ...loaded.grid, name }, command.policy ? { policy: command.policy } : {});
    const report = toReportJson(name, analysis);
    reports.push(report);
    if (report.summary.errors > 0 && code === EXIT.ok) code = EXIT.errorsFound;
    if (!command.json) io.stdout(formatCheckReport(report));
    if (command.annotate !== undefined) {
      const { annotated, onProtected, writes } = planAnnotations(analysis.findings, loaded.grid);
      try {
        await writeCopy(file, command.annotate, loaded.book, writes);
      } catch (error) {
        if (!(error instanceof WorkbookWriteError)) throw error;
        io.stderr(`fundcheck: ${error.message}\n`);
        code = EXIT.unusable;
        continue;
      }
      if (!command.json) io.stdout(TEXT.annotated(annotated.length, command.annotate) + '\n');
      if (!command.json && onProtected.length > 0) io.stdout(TEXT.notAnnotatedProtected(onProtected.length) + '\n');
    }
  }
  if (command.json && (reports.length > 0 || command.files.length > 1)) {
    io.stdout(JSON.stringify(command.files.length === 1 ? reports[0] : reports, null, 2) + '\n');
  }
  return code;
}
