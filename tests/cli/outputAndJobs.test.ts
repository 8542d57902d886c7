import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { threadsFor } from '../../src/cli/checkFiles';
import { memoryIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { fixture, tempDir } from './helpers/testWorkbooks';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/fundcheck.js');

describe('--json over several files', () => {
  it('names each entry’s file as given, and makes an unreadable file an entry with its reason', async () => {
    const dir = tempDir();
    const broken = path.join(dir, '坏.xlsx');
    fs.writeFileSync(broken, 'PK\x03\x04 cut');
    const io = memoryIo();
    const hami = path.relative(process.cwd(), fixture('hami-2019.xlsx'));
    const code = await main(['check', hami, broken, '--json'], io);
    expect(code).toBe(2);
    const entries = JSON.parse(io.out) as { file: string; workbook?: string; error?: string; version: number }[];
    expect(entries.map((e) => e.file)).toEqual([hami, broken]);
    expect(entries[0].workbook).toBe('hami-2019.xlsx');
    expect(entries[1]).toEqual({ version: 1, file: broken, error: expect.stringContaining('坏.xlsx') });
  });
});

describe('--jobs', () => {
  it('is the cores at most, whatever is asked', () => {
    expect(threadsFor(9999, 200, 2)).toBe(2);
    expect(threadsFor(4, 3, 8)).toBe(3);
    expect(threadsFor(1, 200, 8)).toBe(1);
  });
});

// The built command (npm run build:cli, run by `npm ci`): what happens to its output when the output fails.
const built = fs.existsSync(path.join(ROOT, 'build/bundle/fundcheck.js'));
(built ? describe : describe.skip)('the command’s output, cut short or lost', () => {
  it('says so in Chinese and exits 2 when the report cannot be written (a full disk: /dev/full)', () => {
    const full = fs.openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, 'check', fixture('hami-2019.xlsx'), fixture('bazhou-2020.xlsx')], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('报告没有写完：磁盘已满');
      expect(run.stderr).not.toMatch(/Error: ENOSPC|at /);
    } finally {
      fs.closeSync(full);
    }
  });

  // Worker threads need two cores (--jobs is the cores at most).
  (os.availableParallelism() >= 2 ? it : it.skip)(
    'costs a worker that runs out of memory one line for its file; the other files are still checked and reported, in order',
    () => {
      const dir = tempDir();
      const files = Array.from({ length: 12 }, (_, i) => {
        const file = path.join(dir, `county-${String(i + 1).padStart(2, '0')}.xlsx`);
        fs.copyFileSync(fixture('hami-2019.xlsx'), file);
        return file;
      });
      // A 2 MB heap: the worker dies on its first file, as one would on a listing too large for it.
      const run = spawnSync(process.execPath, [BIN, 'check', ...files, '--jobs', '2', '--json'], {
        env: { ...process.env, FUNDCHECK_WORKER_HEAP_MB: '2' },
        encoding: 'utf8',
        timeout: 120_000,
        maxBuffer: 1 << 26,
      });
      expect(run.status).toBe(2);
      const lost = run.stderr.trim().split('\n');
      expect(lost).toEqual([expect.stringMatching(/county-\d\d\.xlsx: 文件过大，内存不足，未能核对/)]);
      const entries = JSON.parse(run.stdout) as { file: string; error?: string; workbook?: string }[];
      expect(entries.map((e) => e.file)).toEqual(files);
      expect(entries.filter((e) => e.error)).toHaveLength(1);
      expect(entries.filter((e) => e.workbook)).toHaveLength(11);
    },
    120_000,
  );

  it('exits with the worst code seen so far when the reader stops early (| head), not 0', () => {
    const files = Array.from({ length: 30 }, () => fixture('hami-2019.xlsx'));
    const run = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" check ${files.map((f) => `"${f}"`).join(' ')} --json | head -c 200 > /dev/null`],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  });
});

describe('a sheet the package does not hold', () => {
  it('is named in the report (text and JSON), never passed over in silence', async () => {
    const { writePackage, xlsxParts } = await import('./helpers/packages');
    const dir = tempDir();
    const file = path.join(dir, 'missing-part.xlsx');
    const parts = xlsxParts([
      { name: '甲', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      { name: '乙', xml: '<sheetData/>' },
    ]);
    delete parts['xl/worksheets/sheet2.xml'];
    writePackage(file, parts);
    const text = memoryIo();
    expect(await main(['check', file], text)).toBe(0);
    expect(text.out).toContain('工作表「乙」的内容不在文件中（文件不完整或已损坏），未能核对');
    const json = memoryIo();
    await main(['check', file, '--json'], json);
    expect(JSON.parse(json.out).unreadSheets).toEqual(['乙']);
  });
});

describe('a part whose bytes do not match its CRC-32', () => {
  it('is a damaged file (文件已损坏), never a wrong number reported as the user’s error — whole or streamed', async () => {
    const { xlsxParts } = await import('./helpers/packages');
    const { zipSync } = await import('fflate');
    const dir = tempDir();
    const rows = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>项目${i}</t></is></c><c r="B${i + 1}"><v>1${i}</v></c></row>`,
      ).join('');
    for (const [name, count] of [
      ['streamed.xlsx', 150_000], // over inflateWholeBytes (8 MiB): read as a stream
      ['small.xlsx', 3],
    ] as const) {
      const parts = xlsxParts([{ name: '表', xml: `<sheetData>${rows(count)}</sheetData>` }]);
      // The sheet stored (not deflated), so a flipped digit still reads as a number.
      const zip = Buffer.from(
        zipSync(
          Object.fromEntries(Object.entries(parts).map(([part, text]) => [part, [Buffer.from(text), { level: part.includes('worksheets') ? 0 : 6 }]])) as never,
        ),
      );
      const at = zip.indexOf('<v>10</v>');
      zip[at + 3] = '7'.charCodeAt(0);
      const file = path.join(dir, name);
      fs.writeFileSync(file, zip);
      const io = memoryIo();
      expect(await main(['check', file], io)).toBe(2);
      expect(io.err).toContain('文件已损坏');
    }
  });
});

describe('a copy made from the file opened again', () => {
  it('is refused when the file is no longer the one that was checked (replaced or rewritten since), OUT not written', async () => {
    const { readWorkbook } = await import('../../src/cli/xlsx/readWorkbook');
    const { writeCopy } = await import('../../src/cli/writeCopy');
    const dir = tempDir();
    const input = path.join(dir, 'in.xlsx');
    fs.copyFileSync(fixture('yuepuhu-2020-blank-scores.xlsx'), input);
    // Read as a package too large to keep would be (no source kept): the copy opens the file again.
    const { book } = await readWorkbook(input, 'in.xlsx');
    expect(book.source).toBeUndefined();
    const out = path.join(dir, 'out.xlsx');
    // Unchanged: the copy is written.
    await writeCopy(input, out, book, []);
    expect(fs.existsSync(out)).toBe(true);
    fs.rmSync(out);
    // Replaced by another workbook under the same name: refused, nothing written.
    fs.copyFileSync(fixture('hami-2019.xlsx'), input);
    await expect(writeCopy(input, out, book, [])).rejects.toThrow('输入文件在核对之后被修改或替换');
    expect(fs.readdirSync(dir)).toEqual(['in.xlsx']);
  });
});
