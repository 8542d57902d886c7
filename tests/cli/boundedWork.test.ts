import * as fs from 'fs';
import * as path from 'path';
import { zipSync } from 'fflate';
import { readWorkbook } from '../../src/cli/xlsx/readWorkbook';
import { READ_LIMITS } from '../../src/cli/xlsx/limits';
import { ReadFailure } from '../../src/cli/xlsx/ReadFailure';
import { tempDir } from './helpers/testWorkbooks';

/**
 * Bounded work on any file (issue 21): a small file never costs minutes. A part is read once however many sheets
 * point at it; many parts each under the ratio floor still make a bomb as a whole, refused before parsing.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const dir = tempDir();

function workbook(file: string, sheets: { name: string; target: string }[], parts: Record<string, string>): string {
  const targets = [...new Set(sheets.map((s) => s.target))];
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': Buffer.from(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    '_rels/.rels': Buffer.from(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': Buffer.from(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${targets.indexOf(s.target) + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': Buffer.from(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${t}"/>`).join('')}</Relationships>`,
    ),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = Buffer.from(xml);
  fs.writeFileSync(file, zipSync(files, { level: 9 }));
  return file;
}

describe('bounded work', () => {
  it('reads a part once however many sheets point at it: 2,000 sheets of one part in seconds, sharing its cells; 5,000 over the cell budget at once', async () => {
    const rows = Array.from(
      { length: 1000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>基金收入</t></is></c><c r="B${r + 1}"><v>${r}</v></c></row>`,
    ).join('');
    const sheets = Array.from({ length: 2000 }, (_, i) => ({ name: `县${i}`, target: 'worksheets/sheet1.xml' }));
    const file = workbook(path.join(dir, 'one-part.xlsx'), sheets, {
      'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`,
    });
    const start = Date.now();
    const { grid } = await readWorkbook(file, 'one-part.xlsx');
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(grid.sheets).toHaveLength(2000);
    expect(grid.sheets[1999].cells).toBe(grid.sheets[0].cells);
    // Shared, the cells still count one sheet at a time: 5,000 such sheets are over the 5,000,000-cell budget,
    // said in a moment rather than read for minutes.
    const many = workbook(
      path.join(dir, 'one-part-5000.xlsx'),
      Array.from({ length: 5000 }, (_, i) => ({ name: `县${i}`, target: 'worksheets/sheet1.xml' })),
      {
        'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`,
      },
    );
    const begin = Date.now();
    const refused = await readWorkbook(many, 'one-part-5000.xlsx').catch((error: unknown) => error);
    expect((refused as ReadFailure).kind).toBe('tooLarge');
    expect(Date.now() - begin).toBeLessThan(5_000);
  });

  it('refuses many parts each under the ratio floor that make a bomb together, before inflating any', async () => {
    const amp = '&amp;'.repeat(200_000); // 1 MB each, a few KB deflated
    const parts = Object.fromEntries(
      Array.from({ length: 24 }, (_, i) => [
        `xl/worksheets/sheet${i}.xml`,
        `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${amp}</t></is></c></row></sheetData></worksheet>`,
      ]),
    );
    const sheets = Object.keys(parts).map((p, i) => ({ name: `S${i}`, target: p.replace('xl/', '') }));
    const file = workbook(path.join(dir, 'amp.xlsx'), sheets, parts);
    // The floor scaled down with the parts (16 MiB in use): each part is under it, the package is far over.
    const limits = { ...READ_LIMITS, ratioFloorBytes: 4 * 1024 * 1024 };
    const start = Date.now();
    const refused = await readWorkbook(file, 'amp.xlsx', limits).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReadFailure);
    expect((refused as ReadFailure).kind).toBe('zipBomb');
    expect(Date.now() - start).toBeLessThan(2_000);
  });
});
