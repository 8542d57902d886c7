import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageWps, FOLDER } = require('../../../scripts/package-wps.js') as {
  packageWps: (dist: string, url?: string) => { folder: string; zip: string };
  FOLDER: string;
};

/**
 * The offline WPS package (`npm run build:wps`): a zip of the add-in folder with installers, unpacked and installed
 * into a fake WPS profile the way an administrator would on 统信 UOS / 银河麒麟 — other add-ins' entries kept, an
 * older FundCheck replaced, a second run changing nothing, --remove taking only ours away.
 */
function fakeBuild(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-wps-dist-'));
  fs.mkdirSync(path.join(dist, FOLDER, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, FOLDER, 'index.html'), '<!doctype html><script src="ribbon.js"></script>');
  fs.writeFileSync(path.join(dist, FOLDER, 'ribbon.xml'), '<customUI/>');
  fs.writeFileSync(path.join(dist, FOLDER, 'assets', 'icon.svg'), '<svg/>');
  fs.writeFileSync(path.join(dist, 'jsplugins.offline.xml'), '<jsplugins/>');
  return dist;
}

function unpack(zip: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-wps-unpacked-'));
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(fs.readFileSync(zip))))) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  return dir;
}

describe('the offline WPS package', () => {
  const dist = fakeBuild();
  const { zip } = packageWps(dist);
  const unpacked = unpack(zip);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-wps-home-'));
  const addons = path.join(home, '.local/share/Kingsoft/wps/jsaddons');
  const install = (...args: string[]) =>
    spawnSync('sh', [path.join(unpacked, 'install.sh'), ...args], { env: { PATH: process.env.PATH, HOME: home }, encoding: 'utf8' });
  const list = () => fs.readFileSync(path.join(addons, 'jsplugins.xml'), 'utf8');

  it('holds the add-in folder, the installers and the offline entry', () => {
    const names = Object.keys(unzipSync(new Uint8Array(fs.readFileSync(zip))));
    expect(names).toEqual(
      expect.arrayContaining([
        `${FOLDER}/index.html`,
        `${FOLDER}/ribbon.xml`,
        `${FOLDER}/assets/icon.svg`,
        'install.sh',
        'install.ps1',
        'install.cmd',
        'jsplugins.offline.xml',
      ]),
    );
  });

  it('installs into the user’s jsaddons, keeping other add-ins and replacing an older FundCheck', () => {
    fs.mkdirSync(path.join(addons, 'fundcheck_0.0.9'), { recursive: true });
    fs.mkdirSync(path.join(addons, 'other_1.0'), { recursive: true });
    fs.writeFileSync(
      path.join(addons, 'jsplugins.xml'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="other" type="wps" url="other_1.0" version="1.0"/>\n  <jsplugin name="fundcheck" type="et" url="fundcheck_0.0.9" version="0.0.9"/>\n</jsplugins>\n',
    );
    const run = install();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已安装 FundCheck 报表核对');
    expect(fs.existsSync(path.join(addons, FOLDER, 'ribbon.xml'))).toBe(true);
    expect(fs.existsSync(path.join(addons, 'fundcheck_0.0.9'))).toBe(false);
    expect(fs.existsSync(path.join(addons, 'other_1.0'))).toBe(true);
    const entries = list().match(/<jsplugin [^>]*>/g);
    expect(entries).toEqual([
      '<jsplugin name="other" type="wps" url="other_1.0" version="1.0"/>',
      expect.stringContaining(`name="fundcheck" type="et" url="${FOLDER}"`),
    ]);
    // A second run (an update of the same version) leaves the list as it was.
    const before = list();
    expect(install().status).toBe(0);
    expect(list()).toBe(before);
  });

  it('removes only its own folder and entry', () => {
    const run = install('--remove');
    expect(run.status).toBe(0);
    expect(fs.existsSync(path.join(addons, FOLDER))).toBe(false);
    expect(list()).not.toContain('fundcheck');
    expect(list()).toContain('name="other"');
  });

  it('writes the Windows installer with a byte-order mark (Windows PowerShell reads it as Unicode), the same entry and folder', () => {
    const ps1 = fs.readFileSync(path.join(unpacked, 'install.ps1'));
    expect([...ps1.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = ps1.toString('utf8');
    expect(text).toContain(`$Folder = '${FOLDER}'`);
    expect(text).toContain("Join-Path $env:APPDATA 'kingsoft\\wps\\jsaddons'");
    expect(text).not.toContain('__');
    // install.cmd stays ASCII: cmd.exe reads it in the OEM code page.
    expect(/^[\x00-\x7f]*$/.test(fs.readFileSync(path.join(unpacked, 'install.cmd'), 'latin1'))).toBe(true);
  });

  it('writes the online entry WPS’s publish page records, only given the address', () => {
    expect(fs.existsSync(path.join(dist, 'publish.xml'))).toBe(false);
    packageWps(dist, 'http://intranet.example/fundcheck');
    expect(fs.readFileSync(path.join(dist, 'publish.xml'), 'utf8')).toContain(
      '<jspluginonline name="fundcheck" type="et" url="http://intranet.example/fundcheck/"',
    );
  });
});
