import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { memoryIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { readXlsx } from '../../src/cli/readXlsx';

/**
 * `fill` over Apache POI's 353 workbooks (../shared/corpus/poi), fuzzer cases included: every one ends within its
 * time with exit 0 (a copy written) or 2 (a reason given, nothing written), never 3; every copy it writes reads
 * again wherever its input read (our reader: the package, every sheet, the shared strings and styles).
 */
const CORPUS = path.resolve(__dirname, '../../../shared/corpus/poi');
const PER_FILE_MS = 10_000;
const files = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).sort() : [];

it('fills a copy of every readable workbook that reads again, and refuses the others with a reason, each in seconds', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-poi-fill-'));
  const problems: string[] = [];
  let written = 0;
  try {
    for (const file of files) {
      const input = path.join(CORPUS, file);
      const out = path.join(dir, `${path.parse(file).name}.out.xlsx`);
      const io = memoryIo();
      const start = Date.now();
      const code = await main(['fill', input, '--out', out, '--json'], io);
      const took = Date.now() - start;
      if (took > PER_FILE_MS) problems.push(`${file}: ${took} ms`);
      if (code !== 0 && code !== 2) problems.push(`${file}: exit ${code} ${io.err.slice(0, 200)}`);
      if (code === 2 && !/[\u4e00-\u9fa5]/.test(io.err)) problems.push(`${file}: refused without a reason in words: ${io.err.slice(0, 200)}`);
      if (code === 0) {
        written++;
        try {
          await readXlsx(out, file);
        } catch (error) {
          problems.push(`${file}: the copy does not read again: ${error instanceof Error ? error.message : String(error)}`);
        }
        fs.rmSync(out);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
  expect(written).toBeGreaterThan(300);
}, 300_000);
