import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.resolve(__dirname, '../../scripts/ensure-browser.sh');

/** Run the script with stand-ins for id, fc-list, apt-get and sudo that log what they were asked. */
function run(options: { uid: number; fonts: string; chromium: boolean; sudo: boolean }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensure-browser-'));
  const log = path.join(dir, 'log');
  const stub = (name: string, body: string) => fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  stub('id', `echo ${options.uid}`);
  stub('fc-list', `echo '${options.fonts}'`);
  stub('apt-get', `echo "apt-get $*" >> ${log}`);
  if (options.sudo) stub('sudo', `echo "sudo" >> ${log}; "$@"`);
  const chromium = path.join(dir, 'chromium');
  if (options.chromium) stub('chromium', 'true');
  const env = { PATH: `${dir}:/bin:/usr/bin`, CHROMIUM_PATH: options.chromium ? chromium : '', DEBIAN_CHROMIUM: path.join(dir, 'no-chromium') };
  const result = spawnSync('/bin/sh', [SCRIPT], { env, encoding: 'utf8' });
  return { status: result.status, log: fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', stderr: result.stderr };
}

describe('scripts/ensure-browser.sh (npm pretest:e2e)', () => {
  it('installs Debian’s Chromium and a CJK font with sudo when they are missing and it is not root', () => {
    const { status, log } = run({ uid: 1000, fonts: 'DejaVu Sans', chromium: false, sudo: true });
    expect(status).toBe(0);
    expect(log).toContain('sudo');
    expect(log).toMatch(/apt-get .*install -y --no-install-recommends chromium fonts-wqy-microhei/);
  });

  it('installs without sudo as root, only what is missing', () => {
    const { status, log } = run({ uid: 0, fonts: 'DejaVu Sans', chromium: true, sudo: false });
    expect(status).toBe(0);
    expect(log).not.toContain('sudo');
    expect(log).toMatch(/install -y --no-install-recommends fonts-wqy-microhei$/m);
  });

  it('does nothing when both are there', () => {
    const fonts = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc: WenQuanYi Micro Hei,文泉驿微米黑:style=Regular';
    expect(run({ uid: 1000, fonts, chromium: true, sudo: true })).toMatchObject({ status: 0, log: '' });
  });

  it('says what to run when it can neither be root nor use sudo', () => {
    const { status, stderr } = run({ uid: 1000, fonts: 'DejaVu Sans', chromium: false, sudo: false });
    expect(status).not.toBe(0);
    expect(stderr).toContain('apt-get install -y chromium fonts-wqy-microhei');
  });
});
