import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fixture, tempDir } from './helpers/testWorkbooks';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/fundcheck.js');

/**
 * Tests of the built command as a separate process: pipes, worker threads, signals and the benchmark need the
 * compiled JavaScript, which this file builds once (the other CLI tests run the TypeScript in-process).
 */
describe('the built bin', () => {
  beforeAll(() => {
    // Others' work in progress may not compile; tsc still emits, and what this test needs is the CLI's own
    // output, so a failing exit status alone does not stop it.
    try {
      execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'pipe' });
    } catch {
      // see above
    }
  }, 180_000);

  it('checks a fixture as a separate process: JSON on stdout, exit code from the findings', () => {
    const result = spawnSync(process.execPath, [bin, 'check', fixture('hami-2019.xlsx'), '--json'], { encoding: 'utf8', timeout: 60_000 });
    const report = JSON.parse(result.stdout);
    expect(report.workbook).toBe('hami-2019.xlsx');
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error').length;
    expect(result.status).toBe(errors > 0 ? 1 : 0);
    expect(result.stderr).toBe('');
  });

  it('stops quietly when the reader of its output goes away (`| head`)', async () => {
    // The pipe is closed before the report is written: every write meets a reader that is gone (EPIPE).
    const files = Array.from({ length: 20 }, () => fixture('bazhou-2020.xlsx'));
    const child = spawn(process.execPath, [bin, 'check', ...files, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    // The findings' code when the report was complete before the pipe broke, else 0; never a crash's.
    expect([0, 1]).toContain(code);
  }, 60_000);

  it('exits 2 with one line for a missing file', () => {
    const result = spawnSync(process.execPath, [bin, 'check', 'no-such-file.xlsx'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('fundcheck: no-such-file.xlsx: 文件不存在 (file not found)\n');
  });

  it('writes a multi-megabyte JSON report through a pipe whole, the files in the order given, on worker threads', () => {
    const dir = tempDir();
    const names = ['bazhou-2020.xlsx', 'yuepuhu-2020-blank-scores.xlsx'];
    const files = Array.from({ length: 150 }, (_, i) => {
      const file = path.join(dir, `${String(i).padStart(3, '0')}-${names[i % 2]}`);
      fs.copyFileSync(fixture(names[i % 2]), file);
      return file;
    });
    fs.writeFileSync(path.join(dir, '050-broken.xlsx'), 'not a workbook');
    files.splice(50, 0, path.join(dir, '050-broken.xlsx'));
    const quoted = files.map((f) => `'${f}'`).join(' ');
    const result = spawnSync('sh', ['-c', `'${process.execPath}' '${bin}' check ${quoted} --json --jobs 2 | cat`], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
    expect(result.stdout.length).toBeGreaterThan(2 * 1024 * 1024);
    const reports = JSON.parse(result.stdout) as { workbook: string }[];
    expect(reports.map((r) => r.workbook)).toEqual(files.filter((f) => !f.includes('broken')).map((f) => path.basename(f)));
    expect(result.stderr).toMatch(/^fundcheck: .*050-broken\.xlsx: 不是 \.xlsx 文件/);
  }, 120_000);

  it('runs from its bundle with the code cache accepted, and starts its worker threads from beside the bundle', () => {
    // A child that loads the bundle as bin/fundcheck.js does, counting the worker threads it starts.
    const script = `
      const threads = require('worker_threads');
      const Original = threads.Worker;
      let started = [];
      threads.Worker = class extends Original { constructor(file, options) { super(file, options); started.push(file); } };
      const { loadBundle } = require(${JSON.stringify(path.join(root, 'bin/loadBundle.js'))});
      const { cli, script } = loadBundle();
      const quiet = { stdout() {}, stderr() {} };
      const files = Array.from({ length: 12 }, () => ${JSON.stringify(fixture('bazhou-2020.xlsx'))});
      cli.main(['check', ...files, '--json', '--jobs', '2'], quiet).then((code) => {
        console.log(JSON.stringify({ rejected: script.cachedDataRejected, code, started }));
      });`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    const outcome = JSON.parse(result.stdout) as { rejected: boolean; code: number; started: string[] };
    expect(outcome.rejected).toBe(false);
    expect(outcome.code).toBe(1);
    expect(outcome.started).toEqual([path.join(root, 'build/bundle/checkWorker.js')]);
  }, 60_000);

  it('still runs when its code cache is missing or made by another Node (V8 rejects it): the cache only saves time', () => {
    const cache = path.join(root, 'build/bundle/fundcheck.js.cache');
    const kept = fs.readFileSync(cache);
    const expected = spawnSync(process.execPath, [bin, 'check', fixture('hami-2019.xlsx'), '--json'], { encoding: 'utf8' });
    try {
      for (const stand of [null, Buffer.from('not a V8 code cache')]) {
        if (stand) fs.writeFileSync(cache, stand);
        else fs.rmSync(cache);
        const result = spawnSync(process.execPath, [bin, 'check', fixture('hami-2019.xlsx'), '--json'], { encoding: 'utf8' });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(expected.status);
        expect(result.stdout).toBe(expected.stdout);
      }
    } finally {
      fs.writeFileSync(cache, kept);
    }
  });

  it('removes its temporary file when stopped by SIGTERM or SIGINT while writing, and exits 128 + signal', async () => {
    for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
      const dir = tempDir();
      const out = path.join(dir, 'out.xlsx');
      // The real writer, made to wait half-way through its write so that the signal lands mid-copy.
      const script = `require(${JSON.stringify(path.join(root, 'build/cli/outputFile.js'))}).writeAtomically(${JSON.stringify(out)}, async (fd) => {
        require('fs').writeSync(fd, 'PK half a workbook');
        process.stdout.write('writing\\n');
        await new Promise((resolve) => setTimeout(resolve, 20000));
      });`;
      const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
      expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
      child.kill(signal);
      const exit = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
      expect(exit).toBe(code);
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  }, 30_000);

  it('runs the benchmark at its tiny size: a table with a ratio for every input', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/bench.js'), '--size', 'tiny'], { encoding: 'utf8', timeout: 170_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^\| `/.test(line));
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row).toMatch(/\| \d+\.\d+ s \(.+\) \| \d+\.\d+ s \| \d+\.\d+× \| /);
  }, 180_000);
});
