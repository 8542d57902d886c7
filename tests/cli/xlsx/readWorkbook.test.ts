import * as fs from 'fs';
import * as path from 'path';
import type { SheetCell } from '../../../src/core';
import { READ_LIMITS } from '../../../src/cli/xlsx/limits';
import { readWorkbook } from '../../../src/cli/xlsx/readWorkbook';
import * as zlib from 'zlib';
import { writePackage, writePackageWithRaw, xlsxParts, type SheetSpec } from '../helpers/packages';
import { tempDir } from '../helpers/testWorkbooks';

async function read(sheets: SheetSpec[], extra?: Parameters<typeof xlsxParts>[1], limits = READ_LIMITS) {
  const file = path.join(tempDir(), 'book.xlsx');
  writePackage(file, xlsxParts(sheets, extra));
  return readWorkbook(file, 'book.xlsx', limits);
}

const at = (cells: SheetCell[], row: number, col: number) => cells.find((c) => c.row === row && c.col === col);

describe('readWorkbook: cells as stored', () => {
  it('keeps only the cells that hold something, so a value at XFD1048576 costs one cell', async () => {
    const rows = Array.from({ length: 2000 }, (_, r) => `<row r="${r + 2}"><c r="A${r + 2}"><v>${r}</v></c><c r="B${r + 2}" s="0"/></row>`).join('');
    const { grid } = await read([
      { name: 'far', xml: `<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="XFD1"><v>7</v></c></row>${rows}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>` },
    ]);
    const cells = grid.sheets[0].cells;
    expect(cells).toHaveLength(2002);
    expect(at(cells, 0, 16383)?.value).toBe(7);
    expect(at(cells, 1048575, 16383)?.value).toBe(1);
  });

  it('reads a formula cached as 0 as 0, and one never calculated as no value with its formula', async () => {
    const { grid } = await read([
      {
        name: 's',
        xml:
          '<sheetData><row r="1"><c r="A1"><v>0</v></c><c r="B1"><f>A1*2</f><v>0</v></c><c r="C1"><f>A1+1</f></c>' +
          '<c r="D1" t="str"><f>"x"&amp;A1</f><v>x0</v></c></row></sheetData>',
      },
    ]);
    const cells = grid.sheets[0].cells;
    expect(at(cells, 0, 1)).toEqual({ row: 0, col: 1, value: 0, formula: 'A1*2' });
    expect(at(cells, 0, 2)).toEqual({ row: 0, col: 2, value: null, formula: 'A1+1' });
    expect(at(cells, 0, 3)).toEqual({ row: 0, col: 3, value: 'x0', formula: '"x"&A1' });
  });

  it('gives a shared formula to every cell that shares it, moved by the distance to its master', async () => {
    const { grid } = await read([
      {
        name: 's',
        xml:
          '<sheetData><row r="2"><c r="C2"><f t="shared" ref="C2:C4" si="0">A2+$B$1+B2/"A9"</f><v>1</v></c></row>' +
          '<row r="3"><c r="C3"><f t="shared" si="0"/><v>2</v></c></row><row r="4"><c r="D4"><f t="shared" si="0"/></c></row></sheetData>',
      },
    ]);
    const cells = grid.sheets[0].cells;
    expect(at(cells, 2, 2)?.formula).toBe('A3+$B$1+B3/"A9"');
    expect(at(cells, 3, 3)).toEqual({ row: 3, col: 3, value: null, formula: 'B4+$B$1+C4/"A9"' });
  });

  it('reads shared, inline and rich strings without phonetic guides, booleans, errors and escaped characters', async () => {
    const { grid } = await read(
      [
        {
          name: 's',
          xml:
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>合</t></r><r><t>计</t></r></is></c>' +
            '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c><c r="F1" t="inlineStr"><is><t>a_x000D_b</t><rPh><t>ヨミ</t></rPh></is></c></row></sheetData>',
        },
      ],
      { sharedStrings: ['基金收入', '单位：万元'] },
    );
    const values = grid.sheets[0].cells.map((c) => c.value);
    expect(values).toEqual(['基金收入', '单位：万元', '合计', true, { error: '#DIV/0!' }, 'a\rb']);
  });

  it('places cells without addresses after the previous one, and reads prefixed (x:) SpreadsheetML', async () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row r="5"><x:c r="C5"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row>' +
      '</x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>';
    const { grid } = await read([{ name: 's', xml }]);
    expect(grid.sheets[0].cells.map((c) => [c.row, c.col, c.value])).toEqual([[0, 0, 1], [0, 1, 2], [4, 2, 3], [4, 3, 4]]);
    expect(grid.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it('gives number formats by style, custom or built in, and shows date serials as dates', async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;万元&quot;"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>';
    const { grid } = await read([{ name: 's', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>3</v></c><c r="C1" s="3"><v>43831</v></c><c r="D1"><v>1</v></c></row></sheetData>' }], { styles });
    expect(grid.sheets[0].cells).toEqual([
      { row: 0, col: 0, value: 0.5, numberFormat: '0.00%' },
      { row: 0, col: 1, value: 3, numberFormat: '0.0"万元"' },
      { row: 0, col: 2, value: '2020-01-01', numberFormat: 'mm-dd-yy' },
      { row: 0, col: 3, value: 1 },
    ]);
  });
});

describe('readWorkbook: protection and visibility from any writer', () => {
  it.each([
    ['sheet="1" (Excel, WPS)', '<sheetProtection sheet="1" objects="1"/>', true],
    ['sheet="true" (LibreOffice)', '<sheetProtection sheet="true" password="CC3D"/>', true],
    ['sheet="0"', '<sheetProtection sheet="0"/>', false],
    ['sheet="false"', '<sheetProtection sheet="false" objects="true"/>', false],
    ['no sheet attribute', '<sheetProtection objects="1"/>', false],
    ['no element', '', false],
  ])('%s', async (_label, element, expected) => {
    const { grid, book } = await read([{ name: 's', xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${element}` }]);
    expect(grid.sheets[0].protected).toBe(expected);
    expect(book.sheets[0].protected).toBe(expected);
  });

  it('reads workbook protection and each sheet’s visibility', async () => {
    const sheet = '<sheetData/>';
    const { grid, book } = await read(
      [{ name: 'a', xml: sheet }, { name: 'b', xml: sheet, state: 'hidden' }, { name: 'c', xml: sheet, state: 'veryHidden' }],
      { workbookExtra: '<workbookProtection lockStructure="true"/>' },
    );
    expect(grid.sheets.map((s) => s.visibility)).toEqual(['visible', 'hidden', 'veryHidden']);
    expect(book.workbook.protected).toBe(true);
  });
});

describe('readWorkbook: a listing far larger than the report', () => {
  it('keeps every cell of a sheet under the budget and, past it, only rows near a report word', async () => {
    const listing = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `<row r="${from + i}"><c r="A${from + i}"><v>${from + i}</v></c><c r="B${from + i}"><v>9.5</v></c></row>`).join('');
    const table = '<row r="5000"><c r="A5000" t="inlineStr"><is><t>基金收入合计</t></is></c><c r="B5000"><v>1</v></c></row>';
    const xml = `<sheetData>${listing(1, 4999)}${table}${listing(5001, 12000)}</sheetData>`;
    const limits = { ...READ_LIMITS, fullSheetCells: 2000, windowRows: 100 };
    const { grid, book } = await read([{ name: 's', xml }], undefined, limits);
    const rows = [...new Set(grid.sheets[0].cells.map((c) => c.row))];
    expect(rows[0]).toBe(4899);
    expect(rows[rows.length - 1]).toBe(5099);
    expect(rows).toHaveLength(201);
    expect(book.sheets[0].droppedRows).toBe(12000 - 201);
    const whole = await read([{ name: 's', xml }]);
    expect(whole.grid.sheets[0].cells).toHaveLength(24000);
  });
});

describe('readWorkbook: parts inflated whole or streamed', () => {
  const xml = `<sheetData>${Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>养老保险${i}</t></is></c><c r="B${i + 1}" s="0"><v>${i * 1.25}</v></c></row>`).join('')}</sheetData>`;

  it('reads the same cells whether a sheet is inflated in one call or streamed', async () => {
    const whole = await read([{ name: 's', xml }]);
    const streamed = await read([{ name: 's', xml }], undefined, { ...READ_LIMITS, inflateWholeBytes: 0 });
    expect(whole.grid.sheets[0].cells).toHaveLength(6000);
    expect(whole.grid).toEqual(streamed.grid);
  });

  it('reads a sheet stored without compression, and words a package cut short inside it as damaged', async () => {
    const parts = xlsxParts([{ name: 's', xml }]);
    const sheet = Buffer.from((parts as Record<string, string>)['xl/worksheets/sheet1.xml'], 'utf8');
    delete (parts as Record<string, string>)['xl/worksheets/sheet1.xml'];
    const file = path.join(tempDir(), 'stored.xlsx');
    await writePackageWithRaw(file, parts, [{ name: 'xl/worksheets/sheet1.xml', deflated: sheet, crc: zlib.crc32(sheet), declaredSize: sheet.length, compressionMethod: 0 }]);
    const stored = await readWorkbook(file, 'stored.xlsx');
    expect(stored.grid.sheets[0].cells).toEqual((await read([{ name: 's', xml }])).grid.sheets[0].cells);
    const truncated = path.join(tempDir(), 'truncated.xlsx');
    const bytes = fs.readFileSync(file);
    // 1,000 bytes cut out of the sheet's stored bytes: every offset after them points to the wrong place.
    const at = bytes.indexOf(Buffer.from('<row r="1500"'));
    fs.writeFileSync(truncated, Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1000)]));
    await expect(readWorkbook(truncated, 'truncated.xlsx')).rejects.toMatchObject({ kind: 'corrupt' });
  });
});

describe('readWorkbook: bounded work', () => {
  const row = (r: number) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>工伤保险</t></is></c><c r="B${r}"><v>${r * 3}</v></c><c r="C${r}"><v>${r}</v></c></row>`;

  it('reads 1,000 sheets in seconds', async () => {
    const sheets = Array.from({ length: 1000 }, (_, i) => ({ name: `县${i}`, xml: `<sheetData>${Array.from({ length: 12 }, (_, r) => row(r + 1)).join('')}</sheetData>` }));
    const started = Date.now();
    const { grid } = await read(sheets);
    expect(grid.sheets).toHaveLength(1000);
    expect(grid.sheets[999].cells).toHaveLength(36);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('reads 200,000 merged ranges in seconds', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => row(i + 1)).join('');
    const merges = Array.from({ length: 100_000 }, (_, i) => `<mergeCell ref="C${i + 1}:D${i + 1}"/><mergeCell ref="E${i + 1}:F${i + 1}"/>`).join('');
    const started = Date.now();
    const { grid } = await read([{ name: 's', xml: `<sheetData>${rows}</sheetData><mergeCells count="200000">${merges}</mergeCells>` }]);
    expect(grid.sheets[0].merges).toHaveLength(200_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

describe('readWorkbook: what each writer stores', () => {
  const writers = path.resolve(__dirname, '../../data/writers');
  const cellOf = async (file: string, sheet: string, row: number, col: number) => {
    const { grid } = await readWorkbook(path.join(writers, file), file);
    return at(grid.sheets.find((s) => s.name === sheet)!.cells, row, col);
  };

  it('openpyxl: formulas saved without a cached value read as no value with their formula', async () => {
    expect(await cellOf('openpyxl-scores.xlsx', '明细', 4, 1)).toEqual({ row: 4, col: 1, value: null, formula: 'SUM(B2:B4)' });
    expect(await cellOf('openpyxl-scores.xlsx', '明细', 5, 1)).toEqual({ row: 5, col: 1, value: null, formula: 'B5*0' });
  });

  it('LibreOffice: a formula cached as 0 reads 0 (exceljs 4.4 drops it), one cached as 60 reads 60', async () => {
    expect(await cellOf('libreoffice-scores.xlsx', '明细', 5, 1)).toEqual(expect.objectContaining({ value: 0, formula: 'B5*0' }));
    expect(await cellOf('libreoffice-scores.xlsx', '明细', 4, 1)).toEqual(expect.objectContaining({ value: 60, formula: 'SUM(B2:B4)' }));
  });

  it.each([
    ['openpyxl-scores.xlsx', ['visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'hidden'], [false, false, true, false, false, true, false]],
    ['libreoffice-scores.xlsx', ['visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'hidden'], [false, false, true, false, false, true, false]],
    ['libreoffice-pivot.xlsx', ['visible', 'visible'], [true, false]],
  ])('%s: every sheet with its visibility and protection', async (file, visibility, locked) => {
    const { grid } = await readWorkbook(path.join(writers, file), file);
    expect(grid.sheets.map((s) => s.visibility)).toEqual(visibility);
    expect(grid.sheets.map((s) => s.protected)).toEqual(locked);
    expect(grid.sheets[0].cells.length).toBeGreaterThan(0); // LibreOffice leaves a pivot table's output to be refreshed
  });
});

describe('readWorkbook: the workbook limits', () => {
  const sheet = (rows: number) => ({ name: 's', xml: `<sheetData>${Array.from({ length: rows }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>合计</t></is></c><c r="B${r + 1}"><v>1</v></c></row>`).join('')}</sheetData>` });

  it('refuses a workbook keeping more cells than the limit, even when every row mentions a report word', async () => {
    const limits = { ...READ_LIMITS, maxCells: 1000, fullSheetCells: 100, windowRows: 10 };
    await expect(read([sheet(400), { ...sheet(200), name: 't' }], undefined, limits)).rejects.toEqual(expect.objectContaining({ kind: 'tooLarge' }));
    await expect(read([sheet(400)], undefined, limits)).resolves.toBeDefined();
  });

  it('refuses more sheets than the limit', async () => {
    const limits = { ...READ_LIMITS, maxSheets: 3 };
    const sheets = ['a', 'b', 'c', 'd'].map((name) => ({ name, xml: '<sheetData/>' }));
    await expect(read(sheets, undefined, limits)).rejects.toEqual(expect.objectContaining({ kind: 'tooLarge', detail: '4 > 3 sheets' }));
  });
});
