#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The WPS add-in as an administrator deploys it offline, made after `webpack --config webpack.wps.config.js`
 * (`npm run build:wps` runs both): in DIST (dist-wps/), beside the add-in folder,
 *   install.sh                        统信 UOS / 银河麒麟: copies the folder into the user's WPS jsaddons and registers it
 *   install.ps1, install.cmd          Windows: the same for %APPDATA%\kingsoft\wps\jsaddons (install.cmd runs install.ps1)
 *   publish.xml                       the online entry WPS's publish page records, with WPS_ADDIN_URL only
 *   fundcheck_<version>_wps.zip       all of it in one package: unpack anywhere, run the installer
 * Usage: node scripts/package-wps.js DIST
 */
const fs = require('fs');
const path = require('path');
const { zipSync } = require('fflate');
const { version } = require('../package.json');

const NAME = 'fundcheck';
const FOLDER = `${NAME}_${version}`;
const INSTALL = path.join(__dirname, '..', 'wps', 'install');

function packageWps(dist, url = process.env.WPS_ADDIN_URL) {
  const folder = path.join(dist, FOLDER);
  if (!fs.existsSync(folder)) throw new Error(`package-wps: ${folder} is missing; build the add-in first (npm run build:wps)`);
  const filled = (file) => fs.readFileSync(path.join(INSTALL, file), 'utf8').replaceAll('__FOLDER__', FOLDER).replaceAll('__VERSION__', version);
  fs.writeFileSync(path.join(dist, 'install.sh'), filled('install.sh'), { mode: 0o755 });
  // Windows PowerShell 5 reads a script without a byte-order mark in the ANSI code page: the BOM keeps its Chinese.
  fs.writeFileSync(path.join(dist, 'install.ps1'), `\ufeff${filled('install.ps1')}`);
  fs.copyFileSync(path.join(INSTALL, 'install.cmd'), path.join(dist, 'install.cmd'));
  if (url) {
    const base = url.endsWith('/') ? url : `${url}/`;
    fs.writeFileSync(
      path.join(dist, 'publish.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${NAME}" type="et" url="${base}" install="null" enable="enable_dev" customDomain=""/>\n</jsplugins>\n`,
    );
  }
  const entries = {};
  const add = (file, name = file) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(dist, file)));
    // Unix permissions in the zip: install.sh stays executable once unpacked on UOS / 麒麟.
    entries[name] = [bytes, { attrs: ((file === 'install.sh' ? 0o100755 : 0o100644) << 16) >>> 0, os: 3 }];
  };
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(dist, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else add(relative);
    }
  };
  walk(FOLDER);
  for (const file of ['install.sh', 'install.ps1', 'install.cmd', 'jsplugins.offline.xml', 'publish.xml']) if (fs.existsSync(path.join(dist, file))) add(file);
  const zip = path.join(dist, `${FOLDER}_wps.zip`);
  fs.writeFileSync(zip, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  return { folder: FOLDER, zip };
}

module.exports = { packageWps, FOLDER };

if (require.main === module) {
  const [dist] = process.argv.slice(2);
  if (!dist) throw new Error('usage: package-wps.js DIST');
  const { zip } = packageWps(path.resolve(dist));
  console.log(`WPS 加载项安装包：${zip}`);
}
