import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ plugins: unknown[] }>;

type Transform = (content: Buffer) => string | Buffer;
const manifestTransform = (plugins: unknown[]): Transform =>
  (plugins.flatMap((p) => (p as { patterns?: { from: string; transform?: Transform }[] }).patterns ?? []).find((p) => p.from === 'manifest.xml') as { transform: Transform }).transform;

describe('the production build of the add-in', () => {
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  it('refuses to run without ADDIN_URL, saying what to set, instead of writing a placeholder host', () => {
    const env = { ...process.env };
    delete env.ADDIN_URL;
    const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', path.join(ROOT, 'test-artifacts', 'refused-build')], { cwd: ROOT, env, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('npm run build needs ADDIN_URL');
    expect(fs.existsSync(path.join(ROOT, 'test-artifacts', 'refused-build', 'manifest.xml'))).toBe(false);
  }, 60_000);

  it('refuses an address that is not https', async () => {
    process.env.ADDIN_URL = 'http://intranet.example/fundcheck/';
    const { plugins } = await config({}, { mode: 'production' });
    const guard = plugins.find((p) => !(p as object).constructor || (p as object).constructor === Object) as { apply: (c: unknown) => void };
    expect(() => guard.apply({ hooks: { beforeRun: { tap: (_: string, f: () => void) => f() } } })).toThrow(/https/);
  });

  it('points every URL of the manifest at ADDIN_URL, and the dev server keeps localhost', async () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'));
    process.env.ADDIN_URL = 'https://intranet.example.gov.cn/fundcheck';
    const prod = String(manifestTransform((await config({}, { mode: 'production' })).plugins)(manifest));
    expect(prod).not.toContain('localhost');
    expect(prod).toContain('https://intranet.example.gov.cn/fundcheck/taskpane.html');
    delete process.env.ADDIN_URL;
    const dev = String(manifestTransform((await config({ WEBPACK_SERVE: false }, { mode: 'development' })).plugins)(manifest));
    expect(dev).toContain('https://localhost:3000/taskpane.html');
  });
});
