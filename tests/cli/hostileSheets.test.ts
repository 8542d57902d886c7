import * as path from 'path';
import { writeCopy } from '../../src/cli/writeCopy';
import { readWorkbook } from '../../src/cli/xlsx/readWorkbook';
import { ZipPackage } from '../../src/cli/xlsx/ZipPackage';
import { writePackage, xlsxParts, type SheetSpec } from './helpers/packages';
import { tempDir } from './helpers/testWorkbooks';

/**
 * Copies of sheets no Excel writes but a copy must survive (issue 21): rows and cells out of order, a comment or
 * CDATA inside sheetData that spells a row, two sheets of one name. Each copy has exactly the cells written, each
 * once, read back with the CLI's reader and checked in the XML (no second row or cell of one number).
 */
const dir = tempDir();

async function copyWith(sheets: SheetSpec[], writes: { sheet: string; cells: { row: number; col: number; value: string }[] }[]) {
  const input = path.join(dir, `in-${Math.random().toString(36).slice(2)}.xlsx`);
  writePackage(input, xlsxParts(sheets));
  const { book } = await readWorkbook(input, 'in.xlsx', undefined, { forCopy: true });
  const out = input.replace('in-', 'out-');
  await writeCopy(
    input,
    out,
    book,
    writes.map((w) => ({ ...w, notes: [] })),
  );
  const pkg = await ZipPackage.open(out);
  const xml = (await pkg.buffer('xl/worksheets/sheet1.xml')).toString('utf8');
  const second = pkg.has('xl/worksheets/sheet2.xml') ? (await pkg.buffer('xl/worksheets/sheet2.xml')).toString('utf8') : '';
  pkg.close();
  const { grid } = await readWorkbook(out, 'out.xlsx');
  return { xml, second, grid };
}

const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;

describe('a copy of a sheet no Excel writes', () => {
  it('writes rows out of order where they are, never a second row of one number', async () => {
    const sheet =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="10"><c r="A10"><v>10</v></c></row><row r="3"><c r="A3"><v>3</v></c></row></sheetData>';
    const { xml, grid } = await copyWith(
      [{ name: '表', xml: sheet }],
      [
        {
          sheet: '表',
          cells: [
            { row: 2, col: 1, value: '33' },
            { row: 4, col: 0, value: '5' },
          ],
        },
      ],
    );
    expect(count(xml, /<row r="3"/g)).toBe(1);
    expect(count(xml, /<row r="5"/g)).toBe(1);
    expect(xml).toMatch(/<row r="3"><c r="A3"><v>3<\/v><\/c><c r="B3"><v>33<\/v><\/c><\/row>/);
    const cells = Object.fromEntries(grid.sheets[0].cells.map((c) => [`${c.row},${c.col}`, c.value]));
    expect(cells).toEqual({ '0,0': 1, '9,0': 10, '2,0': 3, '2,1': 33, '4,0': 5 });
  });

  it('writes cells out of order in their row where they are, never a second cell of one address', async () => {
    const sheet = '<sheetData><row r="2"><c r="D2"><v>4</v></c><c r="B2"><v>2</v></c></row></sheetData>';
    const { xml } = await copyWith(
      [{ name: '表', xml: sheet }],
      [
        {
          sheet: '表',
          cells: [
            { row: 1, col: 1, value: '22' },
            { row: 1, col: 2, value: '3' },
          ],
        },
      ],
    );
    expect(count(xml, /<c r="B2"/g)).toBe(1);
    expect(count(xml, /<c r="C2"/g)).toBe(1);
    expect(xml).toContain('<c r="B2"><v>22</v></c>');
  });

  it('never writes into a row spelled inside a comment or CDATA: the real row gets the value', async () => {
    const sheet = '<sheetData><!-- <row r="13"><c r="H13"><v>0</v></c></row> --><row r="12"><c r="A12"><v>1</v></c></row></sheetData>';
    const { xml, grid } = await copyWith([{ name: '表', xml: sheet }], [{ sheet: '表', cells: [{ row: 12, col: 7, value: '9' }] }]);
    expect(xml).toContain('<!-- <row r="13"><c r="H13"><v>0</v></c></row> -->');
    expect(grid.sheets[0].cells.find((c) => c.row === 12 && c.col === 7)?.value).toBe(9);
    const cdata = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<c r="B1"><v>0</v></c>]]></t></is></c></row></sheetData>';
    const second = await copyWith([{ name: '表', xml: cdata }], [{ sheet: '表', cells: [{ row: 0, col: 1, value: '7' }] }]);
    expect(second.grid.sheets[0].cells.find((c) => c.row === 0 && c.col === 1)?.value).toBe(7);
    expect(count(second.xml, /<c r="B1"><v>7<\/v><\/c>/g)).toBe(1);
  });

  it('reads two sheets of one name as 名称 and 名称 (2), and writes into the one named', async () => {
    const sheets = [
      { name: '自评表', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      { name: '自评表', xml: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>' },
    ];
    const { xml, second, grid } = await copyWith(sheets, [{ sheet: '自评表 (2)', cells: [{ row: 0, col: 1, value: '8' }] }]);
    expect(grid.sheets.map((s) => s.name)).toEqual(['自评表', '自评表 (2)']);
    expect(xml).not.toContain('<v>8</v>');
    expect(second).toContain('<c r="B1"><v>8</v></c>');
  });
});
