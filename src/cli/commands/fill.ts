import * as path from 'path';
import { analyseWorkbook, toReportJson } from '../../core';
import type { CliCommand } from '../args';
import { formatFillReport } from '../formatHuman';
import type { CliIo } from '../io';
import { readXlsx, WorkbookReadError } from '../readXlsx';
import { isSameFile, loadForWriting, saveWorkbookCopy, WorkbookWriteError } from '../saveWorkbookCopy';
import { TEXT } from '../messages';
import { writeFills } from '../writeFills';
import { EXIT } from './check';

/**
 * `fundcheck fill`: write the planned fills into a copy. Findings do not change the exit code here (the
 * job is the copy): 0 when the copy was written, 2 when the input could not be read or the copy not written.
 */
export async function runFill(command: Extract<CliCommand, { kind: 'fill' }>, io: CliIo): Promise<number> {
  // Refuse before reading: the answer does not depend on the workbook, and the user learns it at once.
  if (isSameFile(command.file, command.out)) {
    io.stderr(`fundcheck: ${TEXT.samePath(command.out, command.file)}\n`);
    return EXIT.unusable;
  }
  const name = path.basename(command.file);
  let loaded;
  try {
    loaded = await readXlsx(command.file, command.file);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    io.stderr(`fundcheck: ${error.message}\n`);
    return EXIT.unusable;
  }
  const analysis = analyseWorkbook({ ...loaded.grid, name }, command.policy ? { policy: command.policy } : {});
  const workbook = await loadForWriting(command.file);
  const outcome = writeFills(workbook, analysis.fills, { overwrite: command.overwrite });
  try {
    await saveWorkbookCopy(workbook, command.file, command.out);
  } catch (error) {
    if (!(error instanceof WorkbookWriteError)) throw error;
    io.stderr(`fundcheck: ${error.message}\n`);
    return EXIT.unusable;
  }
  const report = toReportJson(name, analysis, outcome);
  io.stdout(command.json ? JSON.stringify(report, null, 2) + '\n' : formatFillReport(report, command.out));
  return EXIT.ok;
}
