import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fixture, tempDir } from './helpers/testWorkbooks';
import { manySheets } from '../../scripts/bench/workbooks'; // the benchmark's generator of many-sheet workbooks (typed by workbooks.d.ts)
// eslint-disable-next-line @typescript-eslint/no-require-imports -- bin/ is plain JavaScript
const { RESTART_FROM_BYTES } = require('../../bin/v8Pool') as { RESTART_FROM_BYTES: number };

interface NodeStart {
  pid: number;
  ppid: number;
  execArgv: string[];
}

/**
 * An environment whose every Node process (the command, and the one it restarts) notes its start in a log, and
 * a reader of that log.
 */
function loggingStarts(dir: string): { env: NodeJS.ProcessEnv; starts: () => NodeStart[] } {
  const log = path.join(dir, 'starts.log');
  const script = path.join(dir, 'note-start.js');
  fs.writeFileSync(script, `require('fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, ppid: process.ppid, execArgv: process.execArgv }) + '\\n');`);
  return {
    env: { ...process.env, NODE_OPTIONS: `--require ${script}` },
    starts: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as NodeStart) : []),
  };
}

/** Whether a process is still there. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

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
    const reports = JSON.parse(result.stdout) as { file: string; workbook?: string; error?: string }[];
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(reports.map((r) => r.workbook ?? null)).toEqual(files.map((f) => (f.includes('broken') ? null : path.basename(f))));
    expect(reports[50].error).toContain('不是 .xlsx 文件');
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

  it('restarts a long job on one core in a Node with one V8 helper thread: the same report and exit code as without', async () => {
    const dir = tempDir();
    const input = await manySheets(fixture('bazhou-2020.xlsx'), 420, path.join(dir, 'many.xlsx'));
    expect(fs.statSync(input).size).toBeGreaterThanOrEqual(RESTART_FROM_BYTES);
    const { env, starts } = loggingStarts(dir);
    // taskset: one core for the command, whatever the machine has (util-linux, in every Debian).
    const restarted = spawnSync('taskset', ['-c', '0', process.execPath, bin, 'check', input, '--json'], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
    const [first, second, ...others] = starts();
    expect(others).toEqual([]);
    expect(second.ppid).toBe(first.pid);
    expect(second.execArgv).toContain('--v8-pool-size=1');
    fs.rmSync(path.join(dir, 'starts.log'));
    // A pool chosen on the command line is left alone: one process.
    const direct = spawnSync('taskset', ['-c', '0', process.execPath, '--v8-pool-size=4', bin, 'check', input, '--json'], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
    expect(starts()).toHaveLength(1);
    expect(restarted.stderr).toBe('');
    expect(restarted.status).toBe(direct.status);
    expect(restarted.stdout).toBe(direct.stdout);
    expect(JSON.parse(restarted.stdout).summary.errors).toBeGreaterThan(0);
  }, 120_000);

  it('passes a SIGTERM on to the restarted command and ends by it, leaving nothing running and no copy behind', async () => {
    const dir = tempDir();
    const input = await manySheets(fixture('bazhou-2020.xlsx'), 420, path.join(dir, 'many.xlsx'));
    const { env, starts } = loggingStarts(dir);
    const out = path.join(dir, 'marked.xlsx');
    const child = spawn('taskset', ['-c', '0', process.execPath, bin, 'check', '--annotate', out, input], { env, stdio: 'ignore' });
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    for (let waited = 0; starts().length < 2 && waited < 30_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    const [first, second] = starts();
    expect(first.pid).toBe(child.pid); // taskset runs Node in its own place
    process.kill(first.pid, 'SIGTERM');
    const ended = await closed;
    // Ended by the signal (as the restarted command was), or by 143 when it was writing and cleaned up first.
    expect(ended.signal === 'SIGTERM' || ended.code === 143).toBe(true);
    expect(alive(second.pid)).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp') || name === 'marked.xlsx')).toEqual([]);
  }, 120_000);

  it('ends the restarted command when the command that started it is killed with SIGKILL: nothing written for nobody', async () => {
    const dir = tempDir();
    const input = await manySheets(fixture('bazhou-2020.xlsx'), 420, path.join(dir, 'many.xlsx'));
    const { env, starts } = loggingStarts(dir);
    const out = path.join(dir, 'marked.xlsx');
    const child = spawn('taskset', ['-c', '0', process.execPath, bin, 'check', '--annotate', out, input], { env, stdio: 'ignore' });
    const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    for (let waited = 0; starts().length < 2 && waited < 30_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    const [first, second] = starts();
    process.kill(first.pid, 'SIGKILL'); // no handler runs: only the closed IPC channel tells the child
    await closed;
    for (let waited = 0; alive(second.pid) && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(alive(second.pid)).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp') || name === 'marked.xlsx')).toEqual([]);
  }, 120_000);

  it('removes its temporary file when stopped by SIGTERM, SIGINT, SIGHUP or SIGQUIT while writing, and exits 128 + signal', async () => {
    for (const [signal, code] of [
      ['SIGTERM', 143],
      ['SIGINT', 130],
      ['SIGHUP', 129], // a closed terminal
      ['SIGQUIT', 131], // Ctrl-\
    ] as const) {
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
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row).toMatch(/\| \d+\.\d+ s \(.+\) \| \d+\.\d+ s \| \d+\.\d+× \| /);
  }, 180_000);
});
