import * as path from 'path';
import { analyseWorkbook, toReportJson } from '../../core';
import type { CliCommand } from '../args';
import { formatFillReport } from '../formatHuman';
import type { CliIo } from '../io';
import { checkOutput, WorkbookWriteError } from '../outputFile';
import { planFills, withRefused } from '../planFills';
import { readXlsx, WorkbookReadError } from '../readXlsx';
import { writeCopy } from '../writeCopy';
import { EXIT } from './check';

/**
 * `fundcheck fill`: write the planned fills into a copy. Findings do not change the exit code here (the
 * job is the copy): 0 when the copy was written, 2 when the input could not be read or the copy not written.
 */
export async function runFill(command: Extract<CliCommand, { kind: 'fill' }>, io: CliIo): Promise<number> {
  try {
    checkOutput(command.file, command.out); // refused before reading: the answer does not depend on the workbook
  } catch (error) {
    if (!(error instanceof WorkbookWriteError)) throw error;
    io.stderr(`fundcheck: ${error.message}\n`);
    return EXIT.unusable;
  }
  const name = path.basename(command.file);
  let loaded;
  try {
    loaded = await readXlsx(command.file, command.file, undefined, { forCopy: true });
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    io.stderr(`fundcheck: ${error.message}\n`);
    return EXIT.unusable;
  }
  const analysis = analyseWorkbook({ ...loaded.grid, name }, command.policy ? { policy: command.policy } : {});
  const { outcome, writes } = planFills(analysis.fills, loaded.grid, { overwrite: command.overwrite });
  let refused;
  try {
    refused = await writeCopy(command.file, command.out, loaded.book, writes);
  } catch (error) {
    if (!(error instanceof WorkbookWriteError)) throw error;
    io.stderr(`fundcheck: ${error.message}\n`);
    return EXIT.unusable;
  }
  const report = toReportJson(name, analysis, withRefused(outcome, refused));
  io.stdout(command.json ? JSON.stringify(report, null, 2) + '\n' : formatFillReport(report, command.out));
  return EXIT.ok;
}
