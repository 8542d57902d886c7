import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ plugins: unknown[] }>;

type Transform = (content: Buffer) => string | Buffer;
const manifestTransform = (plugins: unknown[]): Transform =>
  (
    plugins.flatMap((p) => (p as { patterns?: { from: string; transform?: Transform }[] }).patterns ?? []).find((p) => p.from === 'manifest.xml') as {
      transform: Transform;
    }
  ).transform;

describe('the help page shipped with the add-in', () => {
  const help = fs.readFileSync(path.join(ROOT, 'src/taskpane/help.html'), 'utf8');
  const helpPattern = (plugins: unknown[]) =>
    plugins.flatMap((p) => (p as { patterns?: { from: string; transform?: Transform }[] }).patterns ?? []).find((p) => p.from === 'src/taskpane/help.html') as {
      transform: Transform;
    };

  it('says what is checked, what the three colours mean, the policies and that nothing leaves the machine, and loads nothing', () => {
    for (const words of ['它核对什么', '#FFC7CE', '#FFEB9C', '#DDEBF7', '默认（财预〔2020〕10号）', '反向指标按偏离度计分', '隐私', '不进行任何网络请求'])
      expect(help).toContain(words);
    expect(help).not.toMatch(/https?:\/\/|src=/);
  });

  it('is copied into the Excel and the WPS builds with the package version written in', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { version } = require(path.join(ROOT, 'package.json')) as { version: string };
    const excel = helpPattern((await config({ e2e: true }, { mode: 'production' })).plugins).transform(Buffer.from(help));
    expect(String(excel)).toContain(`FundCheck 版本 ${version}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const wpsConfig = require(path.join(ROOT, 'webpack.wps.config.js')) as (env: object, argv: object) => Promise<{ plugins: unknown[] }>;
    const wps = helpPattern((await wpsConfig({ e2e: true, out: path.join(ROOT, 'test-artifacts', 'help-wps') }, { mode: 'production' })).plugins).transform(
      Buffer.from(help),
    );
    expect(String(wps)).toContain(`FundCheck 版本 ${version}`);
  });
});

describe('the production build of the add-in', () => {
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  it('refuses to run without ADDIN_URL, saying what to set, instead of writing a placeholder host', () => {
    const env = { ...process.env };
    delete env.ADDIN_URL;
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', path.join(ROOT, 'test-artifacts', 'refused-build')],
      { cwd: ROOT, env, encoding: 'utf8' },
    );
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
    // A domain is an origin, never a path; the comment names the address whole, not spliced into.
    expect([...prod.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual(['https://intranet.example.gov.cn']);
    expect(prod).toContain('URLs point at https://intranet.example.gov.cn/fundcheck/ (built with ADDIN_URL).');
    expect(prod).not.toMatch(/fundcheck\/fundcheck|fundcheck\)/);
    // Support and 了解详细信息 open the help page shipped with the add-in.
    expect(prod).toContain('<SupportUrl DefaultValue="https://intranet.example.gov.cn/fundcheck/help.html"/>');
    expect(prod).toContain('id="GetStarted.LearnMoreUrl" DefaultValue="https://intranet.example.gov.cn/fundcheck/help.html"');
    delete process.env.ADDIN_URL;
    const dev = String(manifestTransform((await config({ WEBPACK_SERVE: false }, { mode: 'development' })).plugins)(manifest));
    expect(dev).toContain('https://localhost:3000/taskpane.html');
  });
});
