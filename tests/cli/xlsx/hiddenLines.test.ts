import * as path from 'path';
import type { SheetCell } from '../../../src/core';
import { ascendingUnique, columnSpan, hiddenColumnsOf } from '../../../src/cli/xlsx/hiddenLines';
import { READ_LIMITS } from '../../../src/cli/xlsx/limits';
import { readWorkbook } from '../../../src/cli/xlsx/readWorkbook';
import { HIDDEN_EXPECTED, HIDDEN_SAMPLES, writeHiddenWorkbook } from '../../helpers/hiddenWorkbook';
import { writePackage, xlsxParts, type SheetSpec } from '../helpers/packages';
import { tempDir } from '../helpers/testWorkbooks';

async function read(sheets: SheetSpec[], limits = READ_LIMITS) {
  const file = path.join(tempDir(), 'book.xlsx');
  writePackage(file, xlsxParts(sheets));
  return readWorkbook(file, 'book.xlsx', limits);
}

const cell = (row: number, col: number): SheetCell => ({ row, col, value: 1 });
const c = (ref: string, v = 1) => `<c r="${ref}"><v>${v}</v></c>`;

describe('hiddenColumnsOf: the occupied columns inside hidden spans', () => {
  it('reads a <col> span 1-based and cuts it at XFD; a malformed one is no span', () => {
    expect(columnSpan('5', '16384')).toEqual({ first: 4, last: 16383 });
    expect(columnSpan('2', undefined)).toEqual({ first: 1, last: 1 });
    expect(columnSpan('3', '99999')).toEqual({ first: 2, last: 16383 });
    expect(columnSpan('0', '2')).toBeNull();
    expect(columnSpan('x', '2')).toBeNull();
    expect(columnSpan('6', '4')).toBeNull();
    expect(columnSpan(undefined, undefined)).toBeNull();
  });

  it('lists each occupied hidden column once, ascending, from overlapping or touching spans in any order', () => {
    const cells = [cell(0, 9), cell(1, 2), cell(5, 2), cell(0, 0), cell(3, 4), cell(2, 6), cell(0, 7)];
    const spans = [{ first: 6, last: 9 }, { first: 1, last: 2 }, { first: 2, last: 4 }, { first: 8, last: 8 }];
    expect(hiddenColumnsOf(cells, spans)).toEqual([2, 4, 6, 7, 9]);
    expect(hiddenColumnsOf(cells, [])).toEqual([]);
    expect(hiddenColumnsOf([], spans)).toEqual([]);
  });

  it('costs the occupied columns, not the span: E:XFD hidden over a 10-column table lists 6 columns', () => {
    const cells = Array.from({ length: 200 }, (_, i) => cell(i % 20, i % 10));
    expect(hiddenColumnsOf(cells, [{ first: 4, last: 16383 }])).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('leaves an ascending list as it is and sorts and dedupes another', () => {
    const ascending = [1, 4, 9];
    expect(ascendingUnique(ascending)).toBe(ascending);
    expect(ascendingUnique([4, 1, 4, 9, 1])).toEqual([1, 4, 9]);
  });
});

describe('readWorkbook: hidden rows and columns', () => {
  it.each([
    ['hidden="1" (Excel, WPS, openpyxl, exceljs)', '1', '1'],
    ['hidden="true" (LibreOffice)', 'true', 'true'],
  ])('reads %s on rows and columns, and only where a cell lies', async (_label, yes) => {
    const xml =
      `<cols><col min="1" max="1" hidden="false"/><col min="2" max="2" hidden="${yes}"/><col min="4" max="6" hidden="${yes}"/><col min="10" max="10" hidden="${yes}"/></cols>` +
      `<sheetData><row r="1">${c('A1')}${c('B1')}${c('C1')}${c('E1')}</row><row r="2" hidden="${yes}">${c('A2')}${c('F2')}</row>` +
      `<row r="3" hidden="0">${c('A3')}</row><row r="4" hidden="false">${c('D4')}</row><row r="7" hidden="${yes}"/><row r="8" hidden="${yes}"></row></sheetData>`;
    const { grid } = await read([{ name: 's', xml }]);
    expect(grid.sheets[0].hiddenRows).toEqual([1]);
    expect(grid.sheets[0].hiddenColumns).toEqual([1, 3, 4, 5]);
  });

  it('gives no hidden fields to a sheet with nothing hidden where its cells are', async () => {
    const xml = `<cols><col min="9" max="16384" hidden="1"/></cols><sheetData><row r="1">${c('A1')}</row><row r="40" hidden="1"/></sheetData>`;
    const { grid } = await read([{ name: 's', xml }]);
    expect(grid.sheets[0]).not.toHaveProperty('hiddenRows');
    expect(grid.sheets[0]).not.toHaveProperty('hiddenColumns');
  });

  it('lists a hidden row once however its cells are spread, and a cell in a hidden row and column in both lists', async () => {
    const xml = `<cols><col min="3" max="3" hidden="1"/></cols><sheetData><row r="5" hidden="1">${c('A5')}${c('C5')}${c('Z5')}</row></sheetData>`;
    const { grid } = await read([{ name: 's', xml }]);
    expect(grid.sheets[0].hiddenRows).toEqual([4]);
    expect(grid.sheets[0].hiddenColumns).toEqual([2]);
  });

  it('keeps E:XFD hidden and 100,000 hidden empty rows to the cells: a stray value at XFD1 adds one column', async () => {
    const table = Array.from({ length: 20 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 8 }, (_, k) => c(`${'ABCDEFGH'[k]}${r + 1}`)).join('')}${r === 0 ? c('XFD1') : ''}</row>`).join('');
    // Every row from 200 on hidden and empty, as a writer without zeroHeight would store "hide all rows below".
    const empty = Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 200}" hidden="1"/>`).join('');
    const xml = `<cols><col min="5" max="16384" hidden="1"/></cols><sheetData>${table}${empty}</sheetData>`;
    const { grid } = await read([{ name: 's', xml }]);
    expect(grid.sheets[0].hiddenColumns).toEqual([4, 5, 6, 7, 16383]);
    expect(grid.sheets[0]).not.toHaveProperty('hiddenRows');
  });

  it('lists only the hidden rows the huge-sheet filter keeps: a hidden row of the dropped listing is not listed', async () => {
    const row = (r: number, hidden: boolean) => `<row r="${r}"${hidden ? ' hidden="1"' : ''}>${c(`A${r}`, r)}${c(`B${r}`)}</row>`;
    const listing = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => row(from + i, (from + i) % 500 === 0)).join('');
    const table = '<row r="5000" hidden="1"><c r="A5000" t="inlineStr"><is><t>基金收入合计</t></is></c><c r="B5000"><v>1</v></c></row>';
    const xml = `<sheetData>${listing(1, 4999)}${table}${listing(5001, 12000)}</sheetData>`;
    const { grid, book } = await read([{ name: 's', xml }], { ...READ_LIMITS, fullSheetCells: 2000, windowRows: 100 });
    // Rows 4900..5100 are kept (4899..5099 0-based); of every 500th row, hidden, only the table's own (4999) is among them.
    expect(book.sheets[0].droppedRows).toBe(12000 - 201);
    expect(grid.sheets[0].hiddenRows).toEqual([4999]);
    const whole = await read([{ name: 's', xml }]);
    // Read whole, every 500th row (the table's among them) is listed.
    expect(whole.grid.sheets[0].hiddenRows).toEqual(Array.from({ length: 24 }, (_, i) => (i + 1) * 500 - 1));
  });
});

describe('readWorkbook: hidden rows and columns as each writer stores them', () => {
  const expectHidden = async (file: string) => {
    const { grid } = await readWorkbook(file, path.basename(file));
    const found = Object.fromEntries(grid.sheets.map((s) => [s.name, { ...(s.hiddenRows ? { hiddenRows: s.hiddenRows } : {}), ...(s.hiddenColumns ? { hiddenColumns: s.hiddenColumns } : {}) }]));
    expect(found).toEqual(HIDDEN_EXPECTED);
  };

  it.each(HIDDEN_SAMPLES.map((file) => [path.basename(file), file]))('%s', async (_name, file) => expectHidden(file));

  it('exceljs', async () => {
    const file = path.join(tempDir(), 'exceljs-hidden.xlsx');
    await writeHiddenWorkbook(file);
    await expectHidden(file);
  });
});
