#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The five seed reports (../shared/seeds/*.txt) as Word files, their tables as Word tables: each report is written as
 * a flat OpenDocument text (its paragraphs as the core reads the text file — a line that stops mid-sentence joined
 * with the next — headings as headings of their level, each run of tab-separated lines as a table), then converted
 * by LibreOffice writer. The seeds' tables lost their rows when their PDFs became text (a cell per line), so a
 * seed whose tables a shared fixture lays out (its truth file names the seed as `source`) gets the fixture's sheets
 * as its Word tables instead, each cell as the sheet shows it, at the place of the seed's first table. Run once
 * after `npm run build:cli` (it uses the built core and CLI); the .docx files are committed:
 *
 *   node scripts/writer-samples/seed-reports.js ../shared/seeds ../shared/fixtures tests/data/reports/seeds
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { paragraphsOfText } = require('../../build/core');
const { shownText } = require('../../build/core/values/numberFormat');
const { readWorkbook } = require('../../build/cli/xlsx/readWorkbook');

const [seeds, fixtures, out] = process.argv.slice(2);
if (!seeds || !fixtures || !out) throw new Error('usage: seed-reports.js SEEDS_DIR FIXTURES_DIR OUT_DIR');

/** The fixture workbook laid out from each seed's tables (a blank-scores copy aside), by the seed's file name. */
const fixtureOf = new Map();
for (const truth of fs.readdirSync(fixtures).filter((f) => f.endsWith('.truth.json') && !f.includes('blank'))) {
  const { source, workbook } = JSON.parse(fs.readFileSync(path.join(fixtures, truth), 'utf8'));
  if (source) fixtureOf.set(source, path.join(fixtures, workbook));
}

/** A cell as the sheet shows it: a number under its format, text as typed. */
function shown(cell) {
  if (typeof cell.value === 'number') return shownText(cell.numberFormat ?? 'General', cell.value) ?? String(cell.value);
  return cell.value === null || typeof cell.value === 'object' ? '' : String(cell.value);
}
fs.mkdirSync(out, { recursive: true });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reports-'));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function main() {
  for (const file of fs
    .readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const fixture = fixtureOf.get(file);
    const sheets = fixture ? (await readWorkbook(fixture, path.basename(fixture))).grid.sheets : [];
    let sheetsPlaced = !fixture;
    const lines = fs.readFileSync(path.join(seeds, file), 'utf8').split(/\r?\n/);
    const body = [];
    let text = [];
    let rows = [];
    const flushText = () => {
      if (!text.length) return;
      for (const p of paragraphsOfText(file, text.join('\n')).paragraphs) {
        body.push(p.heading ? `<text:h text:outline-level="${Math.min(p.level ?? 5, 5)}">${escape(p.text)}</text:h>` : `<text:p>${escape(p.text)}</text:p>`);
      }
      text = [];
    };
    const flushTable = () => {
      if (!rows.length) return;
      const width = Math.max(...rows.map((r) => r.length));
      body.push(
        `<table:table table:name="表${body.filter((b) => b.startsWith('<table:table ')).length + 1}"><table:table-column table:number-columns-repeated="${width}"/>`,
      );
      for (const row of rows) {
        const cells = Array.from({ length: width }, (_, i) => (row[i] ?? '').trim());
        body.push(
          `<table:table-row>${cells.map((c) => (c ? `<table:table-cell><text:p>${escape(c)}</text:p></table:table-cell>` : '<table:table-cell/>')).join('')}</table:table-row>`,
        );
      }
      body.push('</table:table>');
      rows = [];
    };
    const placeSheets = () => {
      for (const sheet of sheets) {
        const grid = [];
        for (const cell of sheet.cells) (grid[cell.row] ??= [])[cell.col] = shown(cell);
        rows = Array.from(grid, (row) => Array.from(row ?? [], (c) => c ?? ''));
        flushTable();
      }
      sheetsPlaced = true;
    };
    for (const line of lines) {
      if (line.includes('\t')) {
        flushText();
        if (fixture) {
          if (!sheetsPlaced) placeSheets();
        } else rows.push(line.split('\t'));
      } else {
        flushTable();
        text.push(line);
      }
    }
    flushText();
    flushTable();
    if (!sheetsPlaced) placeSheets();
    const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body>
  <office:text>
${body.join('\n')}
  </office:text>
 </office:body>
</office:document>
`;
    const name = file.replace(/\.txt$/, '');
    fs.writeFileSync(path.join(work, `${name}.fodt`), fodt);
    execFileSync('soffice', ['--headless', '--convert-to', 'docx', '--outdir', out, path.join(work, `${name}.fodt`)], { stdio: 'ignore' });
    console.log(`${path.join(out, name)}.docx${fixture ? ` (tables: ${path.basename(fixture)})` : ''}`);
  }
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
