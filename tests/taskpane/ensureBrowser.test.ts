import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.resolve(__dirname, '../../scripts/ensure-browser.sh');

/**
 * Run the script with stand-ins for id, fc-list, apt-get and sudo that log what they were asked. `sudo: 'password'`
 * is a sudo that would ask for a password; `fonts: null` a machine without fc-list; `fontFiles` the font files there.
 */
function run(options: { uid: number; fonts: string | null; chromium: boolean; sudo: boolean | 'password'; fontFiles?: string[] }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensure-browser-'));
  const log = path.join(dir, 'log');
  const stub = (name: string, body: string) => fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  stub('id', `echo ${options.uid}`);
  stub('fc-list', options.fonts === null ? 'exit 127' : `echo '${options.fonts}'`);
  const fontDir = path.join(dir, 'fonts');
  fs.mkdirSync(fontDir);
  for (const file of options.fontFiles ?? []) fs.writeFileSync(path.join(fontDir, file), '');
  stub('apt-get', `echo "apt-get $*" >> ${log}`);
  if (options.sudo === 'password') stub('sudo', 'echo "sudo: a password is required" >&2; exit 1');
  else if (options.sudo) stub('sudo', `[ "$1" = -n ] && shift; echo "sudo" >> ${log}; "$@"`);
  const chromium = path.join(dir, 'chromium');
  if (options.chromium) stub('chromium', 'true');
  const env = { PATH: `${dir}:/bin:/usr/bin`, CHROMIUM_PATH: options.chromium ? chromium : '', DEBIAN_CHROMIUM: path.join(dir, 'no-chromium'), FONT_DIRS: fontDir };
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
    expect(stderr).toContain('apt-get install -y --no-install-recommends chromium fonts-wqy-microhei');
  });

  it('never waits at a password prompt: a sudo that would ask is not used, and it says what to run', () => {
    const { status, log, stderr } = run({ uid: 1000, fonts: 'DejaVu Sans', chromium: true, sudo: 'password' });
    expect(status).not.toBe(0);
    expect(log).toBe('');
    expect(stderr).toMatch(/Run as root: +apt-get install -y --no-install-recommends fonts-wqy-microhei/);
  });

  it('finds the font it installed on a machine without fc-list (fontconfig is only recommended), and installs nothing', () => {
    expect(run({ uid: 1000, fonts: null, chromium: true, sudo: false, fontFiles: ['wqy-microhei.ttc'] })).toMatchObject({ status: 0, log: '' });
    expect(run({ uid: 0, fonts: null, chromium: true, sudo: false, fontFiles: ['DejaVuSans.ttf'] }).log).toMatch(/install .*fonts-wqy-microhei/);
  });
});
