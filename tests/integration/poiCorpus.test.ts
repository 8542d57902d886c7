import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook } from '../../src/core';
import { readXlsx, WorkbookReadError } from '../../src/cli/readXlsx';

/**
 * Apache POI's 353 test workbooks (../shared/corpus/poi): payrolls, loan calculators, charts, pivot tables, fuzzer
 * cases — none of them a social-insurance report. Numbers alone never make a finding: not one of them may give an
 * error, crash or take long; a file that cannot be read is refused with a reason in words.
 */
const CORPUS = path.resolve(__dirname, '../../../shared/corpus/poi');
/** Generous on a loaded 2-core machine: every file takes well under a second here. */
const PER_FILE_MS = 10_000;

const files = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).sort() : [];

it('has the corpus beside the project', () => {
  expect(files.length).toBeGreaterThanOrEqual(353);
});

it(
  'reports no error in any workbook that is not a report, and refuses the unreadable ones with a reason',
  async () => {
    const errors: string[] = [];
    const slow: string[] = [];
    let read = 0;
    for (const file of files) {
      const start = Date.now();
      let grid;
      try {
        grid = (await readXlsx(path.join(CORPUS, file), file)).grid;
      } catch (error) {
        // A refusal is fine when it says why (旧版 .xls, 已加密, 已损坏…); a raw JavaScript error is a bug.
        expect(error).toBeInstanceOf(WorkbookReadError);
        expect((error as WorkbookReadError).reason).toMatch(/[\u4e00-\u9fa5]/);
        continue;
      }
      read++;
      const found = analyseWorkbook(grid).findings.filter((f) => f.severity === 'error');
      if (found.length) errors.push(`${file}: ${found.slice(0, 3).map((f) => `${f.at.sheet}!${f.at.row + 1}:${f.at.col + 1} ${f.message}`).join('; ')}`);
      const took = Date.now() - start;
      if (took > PER_FILE_MS) slow.push(`${file}: ${took} ms`);
    }
    expect(read).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    expect(slow).toEqual([]);
  },
  240_000,
);
