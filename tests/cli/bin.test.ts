import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';
import { fixture } from './helpers/testWorkbooks';

const root = path.resolve(__dirname, '../..');

describe('the built bin', () => {
  beforeAll(() => {
    // Build what bin/fundcheck.js runs. Others' work in progress may not compile; tsc still emits, and what
    // this test needs is the CLI's own output, so a failing exit status alone does not stop it.
    try {
      execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'pipe' });
    } catch {
      // see above
    }
  }, 180_000);

  it('checks a fixture as a separate process: JSON on stdout, exit code from the findings', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin/fundcheck.js'), 'check', fixture('hami-2019.xlsx'), '--json'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const report = JSON.parse(result.stdout);
    expect(report.workbook).toBe('hami-2019.xlsx');
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error').length;
    expect(result.status).toBe(errors > 0 ? 1 : 0);
    expect(result.stderr).toBe('');
  });

  it('exits 2 with one line for a missing file', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin/fundcheck.js'), 'check', 'no-such-file.xlsx'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('fundcheck: no-such-file.xlsx: 文件不存在 (file not found)\n');
  });
});
