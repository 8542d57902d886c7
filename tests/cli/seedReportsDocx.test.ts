import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook, paragraphsOfText, toA1, type Finding } from '../../src/core';
import { readDocx } from '../../src/cli/readDocx';
import { readWorkbook } from '../../src/cli/xlsx/readWorkbook';

/**
 * The five seed reports as Word files (tests/data/reports/seeds, made by scripts/writer-samples/seed-reports.js
 * with LibreOffice: the text's paragraphs, and the shared fixture laid out from the seed's tables as Word tables).
 * Read from Word, a report must say what its text file says — every text finding, at the same paragraph, is one
 * tests/core/reportText/seedReports.test.ts lists with its reason — and its tables what the fixture workbook says,
 * cell for cell (the fixtures' truth files give the reasons).
 */
const SHARED = path.resolve(__dirname, '../../../shared');
const DOCX = path.resolve(__dirname, '../data/reports/seeds');

const said = (f: Finding, sheet = f.at.sheet) =>
  f.text ? `${f.severity} ${f.rule} ¶${f.text.paragraph} ${f.text.quote.slice(f.text.start, f.text.end)}` : `${f.severity} ${f.rule} ${sheet}!${toA1(f.at.row, f.at.col)}`;

/** The fixture workbook laid out from each seed's tables, by the seed's name. */
function fixtureOf(seed: string): string | null {
  for (const truth of fs.readdirSync(path.join(SHARED, 'fixtures')).filter((f) => f.endsWith('.truth.json') && !f.includes('blank'))) {
    const { source, workbook } = JSON.parse(fs.readFileSync(path.join(SHARED, 'fixtures', truth), 'utf8'));
    if (source === seed) return path.join(SHARED, 'fixtures', workbook);
  }
  return null;
}

describe('the seed reports read from Word', () => {
  for (const docx of fs.readdirSync(DOCX).filter((f) => f.endsWith('.docx'))) {
    const seed = docx.replace(/\.docx$/, '.txt');
    it(`${docx}: the text says what the text file says, the tables what the fixture workbook says`, async () => {
      const report = await readDocx(path.join(DOCX, docx));
      const fromWord = analyseWorkbook({ name: docx, sheets: [] }, { documents: [report] }).findings.filter((f) => f.severity !== 'info');
      const text = paragraphsOfText(seed, fs.readFileSync(path.join(SHARED, 'seeds', seed), 'utf8'));
      const fromText = analyseWorkbook({ name: seed, sheets: [] }, { documents: [text] }).findings.filter((f) => f.severity !== 'info');
      expect(fromWord.filter((f) => f.text).map((f) => said(f))).toEqual(fromText.map((f) => said(f)));

      const fixture = fixtureOf(seed);
      const tables = fromWord.filter((f) => !f.text);
      if (!fixture) {
        expect(report.tables).toEqual([]);
        return;
      }
      const { grid } = await readWorkbook(fixture, path.basename(fixture));
      expect(report.tables.length).toBe(grid.sheets.length);
      // The Word tables are the fixture's sheets in order: 表n is the n-th sheet.
      const sheetOf = new Map(grid.sheets.map((s, i) => [`${docx} 表${i + 1}`, s.name]));
      const fromWorkbook = analyseWorkbook(grid).findings.filter((f) => f.severity !== 'info');
      expect(tables.map((f) => said(f, sheetOf.get(f.at.sheet)))).toEqual(fromWorkbook.map((f) => said(f)));
      // Not only the same as the workbook, but right: every error of the fixture's truth is reported in the Word table.
      const truth = JSON.parse(fs.readFileSync(fixture.replace(/\.xlsx$/, '.truth.json'), 'utf8')) as { errors: { cells: string[] }[] };
      const errors = new Set(tables.filter((f) => f.severity === 'error').map((f) => `${sheetOf.get(f.at.sheet)}!${toA1(f.at.row, f.at.col)}`));
      for (const group of truth.errors) expect(group.cells.some((cell) => errors.has(cell))).toBe(true);
    });
  }
});
