'use strict';
// `npm run bench [-- --size tiny|small|full] [--runs N]`: generates the inputs of issue 11 from the fixtures, runs a
// bare exceljs load and the CLI on each, alternately, and prints the medians, their ratio and peak memory as a
// Markdown table (docs/command-line.md keeps the latest full one). Peak memory comes from GNU time (/usr/bin/time) when
// it is installed. Needs `npm run build:cli` (npm run bench does it).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { countyFiles, manySheets, realisticListing, tableBesideListing } = require('./bench/workbooks');

const root = path.resolve(__dirname, '..');
const fixtures = process.env.FUNDCHECK_FIXTURES || path.resolve(root, '../shared/fixtures');
const SIZES = {
  tiny: { sheets: 5, counties: 4, listing: 500, million: 0, runs: 1 },
  small: { sheets: 30, counties: 20, listing: 20_000, million: 0, runs: 3 },
  full: { sheets: 300, counties: 200, listing: 200_000, million: 1_000_000, runs: 3 },
};

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const size = SIZES[option('--size', 'full')];
if (!size) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
const runs = Number(option('--runs', size.runs));
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** One run of a command: wall seconds and peak resident memory (MB, from GNU time; null without it). */
function measure(argv) {
  const started = process.hrtime.bigint();
  const command = TIME ? [TIME, '-f', '%M', ...argv] : argv;
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  const lines = (result.stderr || '').trim().split('\n');
  const peak = TIME ? Number(lines[lines.length - 1]) / 1024 : null;
  if (result.status === null || result.status > 2) throw new Error(`${argv.join(' ')} failed: ${result.stderr}`);
  return { seconds, peak };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The bare load, the CLI and FundCheck's reading alone, in turn, `runs` times each; medians and ratios. */
function compare(label, files, cli, withRead = true) {
  const bare = [];
  const ours = [];
  const read = [];
  const node = process.execPath;
  for (let i = 0; i < runs; i++) {
    bare.push(measure([node, '--max-old-space-size=8192', path.join(__dirname, 'bench/bare-load.js'), ...files]));
    ours.push(measure([node, path.join(root, 'bin/fundcheck.js'), ...cli]));
    if (withRead) read.push(measure([node, path.join(__dirname, 'bench/read-only.js'), ...files]));
  }
  const seconds = (runsOf) => median(runsOf.map((r) => r.seconds));
  const peak = (runsOf) => (TIME ? `${Math.round(median(runsOf.map((r) => r.peak)))} MB` : 'n/a');
  const ratio = (a, b) => `${(seconds(a) / seconds(b)).toFixed(2)}×`;
  const reading = withRead ? `${seconds(read).toFixed(2)} s (${ratio(read, bare)})` : '—';
  console.log(`| ${label} | ${seconds(bare).toFixed(2)} s (${peak(bare)}) | ${seconds(ours).toFixed(2)} s | ${ratio(ours, bare)} | ${peak(ours)} | ${reading} |`);
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-bench-'));
  try {
    const fixture = (name) => path.join(fixtures, name);
    const out = (name) => path.join(dir, name);
    const sheets = await manySheets(fixture('bazhou-2020.xlsx'), size.sheets, out(`sheets-${size.sheets}.xlsx`));
    const scoreSheets = await manySheets(fixture('yuepuhu-2020-blank-scores.xlsx'), size.sheets, out(`scores-${size.sheets}.xlsx`));
    const counties = countyFiles(fixtures, size.counties, out('counties'));
    const listing = await tableBesideListing(fixture('yuepuhu-2020-blank-scores.xlsx'), size.listing, out(`listing-${size.listing}.xlsx`));
    const cpu = os.cpus()[0];
    console.log(`Machine: ${cpu ? cpu.model.trim() : 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()}, load average ${os.loadavg()[0].toFixed(1)} at the start; medians of ${runs} paired run(s)\n`);
    console.log('| workbook | bare exceljs load (peak) | FundCheck | ratio | FundCheck peak | of which reading (ratio) |');
    console.log('|---|---|---|---|---|---|');
    compare('`check` 1 sheet (yuepuhu-2020, a fixture)', [fixture('yuepuhu-2020.xlsx')], ['check', fixture('yuepuhu-2020.xlsx'), '--json']);
    compare(`\`check\` ${size.sheets} sheets in one file`, [sheets], ['check', sheets, '--json']);
    compare(`\`check\` ${size.counties} county files in one call`, counties, ['check', ...counties, '--json']);
    compare(`\`check\` report table + ${size.listing.toLocaleString('en')}-row listing`, [listing], ['check', listing, '--json']);
    const realistic = await realisticListing(fixture('yuepuhu-2020-blank-scores.xlsx'), size.listing, out(`realistic-${size.listing}.xlsx`));
    compare(`\`check\` report table + ${size.listing.toLocaleString('en')}-row listing, a fund named on every row`, [realistic], ['check', realistic, '--json']);
    compare(`\`fill\` ${size.sheets} 自评表 sheets`, [scoreSheets], ['fill', scoreSheets, '--out', out('filled.xlsx'), '--json'], false);
    compare(`\`check --annotate\` ${size.sheets} sheets`, [sheets], ['check', '--annotate', out('marked.xlsx'), sheets, '--json'], false);
    if (size.million) {
      const million = await tableBesideListing(fixture('yuepuhu-2020-blank-scores.xlsx'), size.million, out('listing-1m.xlsx'));
      compare('`check` report table + 1,000,000-row listing', [million], ['check', million, '--json']);
      const realisticMillion = await realisticListing(fixture('yuepuhu-2020-blank-scores.xlsx'), size.million, out('realistic-1m.xlsx'));
      compare('`check` report table + 1,000,000-row listing, a fund named on every row', [realisticMillion], ['check', realisticMillion, '--json']);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
