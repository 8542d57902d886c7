'use strict';
// Part of `npm run build:cli`: runs the freshly built bundle once on each kind of job (check, check --annotate,
// fill) over the bundled samples, its output thrown away, then saves V8's code cache of every function that ran
// beside the bundle, for bin/loadBundle.js.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { loadBundle, CODE_CACHE } = require('../bin/loadBundle');

const samples = path.join(__dirname, '..', 'samples');
const sample = (name) => path.join(samples, name);

(async () => {
  const { cli, script } = loadBundle({ withCache: false });
  const quiet = { stdout() {}, stderr() {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-cache-'));
  try {
    const jobs = [
      ['check', sample('bazhou-2020-balance.xlsx'), '--json'],
      ['check', sample('hami-2019-analysis.xlsx'), sample('yuepuhu-2020-accounts.xlsx')],
      ['check', '--annotate', path.join(dir, 'annotated.xlsx'), sample('hami-2019-analysis.xlsx')],
      ['fill', sample('yuepuhu-2020-accounts.xlsx'), '--out', path.join(dir, 'filled.xlsx')],
    ];
    for (const argv of jobs) {
      const code = await cli.main(argv, quiet);
      if (code > 1) throw new Error(`fundcheck ${argv.join(' ')} exited ${code} while the code cache was being made`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.writeFileSync(CODE_CACHE, script.createCachedData());
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
