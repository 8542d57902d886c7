import * as path from 'path';
import { analyseWorkbook, toReportJson } from '../core';
import { readXlsx, WorkbookReadError } from './readXlsx';

/** Minimal `fundcheck check FILE... --json`; the full CLI replaces this. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const files = rest.filter((a) => !a.startsWith('--'));
  if (command !== 'check' || files.length === 0) {
    process.stderr.write('usage: fundcheck check FILE... [--json]\n');
    return 2;
  }
  const reports = [];
  let code = 0;
  for (const file of files) {
    try {
      const { grid } = await readXlsx(file, path.basename(file));
      const analysis = analyseWorkbook(grid);
      reports.push(toReportJson(path.basename(file), analysis));
      if (analysis.findings.some((f) => f.severity === 'error')) code = Math.max(code, 1);
    } catch (error) {
      if (error instanceof WorkbookReadError) {
        process.stderr.write(`fundcheck: ${error.message}\n`);
        code = 2;
      } else throw error;
    }
  }
  process.stdout.write(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n');
  return code;
}
