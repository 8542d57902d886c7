import * as fs from 'fs';
import * as path from 'path';
import { memoryIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { analyseWorkbook, type WorkbookGrid } from '../../src/core';
import { planAnnotations } from '../../src/cli/annotateFindings';
import { readXlsx } from '../../src/cli/readXlsx';
import { writeCopy } from '../../src/cli/writeCopy';
import { READ_LIMITS } from '../../src/cli/xlsx/limits';
import type { XlsxBook } from '../../src/cli/xlsx/readWorkbook';
import { ZipPackage } from '../../src/cli/xlsx/ZipPackage';
import { writePackage } from './helpers/packages';
import { changedParts, expectWellFormed, partsOf, withForeignParts } from './helpers/packageParts';
import { fixture, tempDir } from './helpers/testWorkbooks';
import { manySheets } from '../../scripts/bench/workbooks'; // the benchmark's generator of many-sheet workbooks (typed by workbooks.d.ts)

const WRITERS = path.resolve(__dirname, '../data/writers');
const writer = (name: string) => path.join(WRITERS, name);

interface Report {
  findings: { sheet: string; cell: string; severity: string }[];
  fills: { sheet: string; cell: string; value: number }[];
  skipped: { sheet: string; cell: string; cause: string }[];
}

async function run(...argv: string[]): Promise<{ code: number; report: Report; err: string }> {
  const io = memoryIo();
  const code = await main([...argv, '--json'], io);
  return { code, report: io.out ? JSON.parse(io.out) : null, err: io.err };
}

/** Sheet name → worksheet part, as the package names it. */
async function sheetParts(file: string): Promise<Map<string, string>> {
  const { book } = await readXlsx(file);
  return new Map(book.sheets.map((s) => [s.name, s.part]));
}

/**
 * The parts a copy may change: the sheets written (required), the styles part, and for notes the comments and
 * VML drawing parts, the sheet's relationships and the content types (when those had to be created).
 */
async function expectOnlyChanged(input: string, out: string, written: string[], extra: RegExp): Promise<string[]> {
  const parts = await sheetParts(input);
  const required = [...new Set(written.map((sheet) => parts.get(sheet)!))];
  const changed = await changedParts(input, out);
  for (const part of required) expect(changed).toContain(part);
  expect(changed.filter((part) => !required.includes(part) && !extra.test(part))).toEqual([]);
  await expectWellFormed(out);
  return changed;
}

const STYLES = /^xl\/styles\.xml$/;
const NOTE_PARTS = /^(xl\/styles\.xml|xl\/comments\d*\.xml|xl\/comments\/comment\d+\.xml|xl\/drawings\/(vmlDrawing|commentsDrawing)\d+\.vml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|\[Content_Types\]\.xml)$/;

describe('fill: a copy that differs only in the sheets written (and the styles their numbers need)', () => {
  it.each(['openpyxl-scores.xlsx', 'libreoffice-scores.xlsx', '../../../../shared/fixtures/yuepuhu-2020-blank-scores.xlsx'])('%s', async (name) => {
    const input = name.startsWith('..') ? fixture(path.basename(name)) : writer(name);
    const out = path.join(tempDir(), 'filled.xlsx');
    const { code, report } = await run('fill', input, '--out', out);
    expect(code).toBe(0);
    expect(report.fills.length).toBeGreaterThan(40);
    await expectOnlyChanged(input, out, report.fills.map((f) => f.sheet), STYLES);
    const { grid } = await readXlsx(out);
    for (const f of report.fills) {
      const cell = grid.sheets.find((s) => s.name === f.sheet)!.cells.find((c) => `${String.fromCharCode(65 + c.col)}${c.row + 1}` === f.cell);
      expect(cell?.value).toBe(f.value);
    }
  });

  it('never writes into a sheet protected by any writer (sheet="1" from openpyxl, sheet="true" from LibreOffice)', async () => {
    for (const name of ['openpyxl-scores.xlsx', 'libreoffice-scores.xlsx']) {
      const out = path.join(tempDir(), 'filled.xlsx');
      const { report } = await run('fill', writer(name), '--out', out, '--overwrite');
      const locked = report.skipped.filter((s) => s.cause === 'protected-sheet');
      expect(locked.length).toBeGreaterThan(10);
      expect(new Set(locked.map((s) => s.sheet))).toEqual(new Set(['自评表-机关养老']));
      expect(report.fills.filter((f) => f.sheet === '自评表-机关养老')).toEqual([]);
      const parts = await sheetParts(writer(name));
      expect(await changedParts(writer(name), out)).not.toContain(parts.get('自评表-机关养老'));
    }
  });
});

describe('check --annotate: a copy that differs only in the cells marked and their notes', () => {
  it.each(['openpyxl-balance.xlsx', 'libreoffice-balance.xlsx'])('%s (a note already on a marked cell)', async (name) => {
    const out = path.join(tempDir(), 'marked.xlsx');
    const { report } = await run('check', '--annotate', out, writer(name));
    expect(report.findings.length).toBeGreaterThan(0);
    const changed = await expectOnlyChanged(writer(name), out, report.findings.map((f) => f.sheet), NOTE_PARTS);
    expect(changed).not.toContain('[Content_Types].xml'); // the comments and drawing parts were there already
  });

  it('an Excel-written fixture without notes gets a comments part, a VML drawing and their links', async () => {
    const out = path.join(tempDir(), 'marked.xlsx');
    const { report } = await run('check', '--annotate', out, fixture('bazhou-2020.xlsx'));
    const changed = await expectOnlyChanged(fixture('bazhou-2020.xlsx'), out, report.findings.map((f) => f.sheet), NOTE_PARTS);
    expect(changed).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/_rels/sheet1.xml.rels']));
  });

  it('notes on several sheets get VML drawings whose shape-id blocks and shape ids all differ', async () => {
    const dir = tempDir();
    const input = await manySheets(fixture('bazhou-2020.xlsx'), 3, path.join(dir, 'three.xlsx'));
    const out = path.join(dir, 'marked.xlsx');
    await run('check', '--annotate', out, input);
    const drawings = [...(await partsOf(out))].filter(([name]) => /\.vml$/.test(name)).map(([, bytes]) => bytes.toString('latin1'));
    expect(drawings).toHaveLength(3);
    const blocks = drawings.map((vml) => /<o:idmap[^>]*data="(\d+)"/.exec(vml)![1]);
    expect(new Set(blocks).size).toBe(3);
    const shapeIds = drawings.flatMap((vml) => [...vml.matchAll(/id="(_x0000_s\d+)"/g)].map((m) => m[1]));
    expect(shapeIds.length).toBeGreaterThan(3);
    expect(new Set(shapeIds).size).toBe(shapeIds.length);
    // Each sheet links its own comments and drawing under distinct ids, and every new part has its content type.
    const parts = await partsOf(out);
    const text = (name: string) => parts.get(name)!.toString('utf8');
    for (const sheet of [...parts.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))) {
      const rels = text(sheet.replace('worksheets/', 'worksheets/_rels/') + '.rels');
      const links = [...rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]*\/(\w+)" Target="([^"]+)"/g)].map((m) => ({ id: m[1], kind: m[2], target: m[3] }));
      expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
      expect(links.map((l) => l.kind).sort()).toEqual(['comments', 'vmlDrawing']);
      const drawing = links.find((l) => l.kind === 'vmlDrawing')!;
      expect(text(sheet)).toMatch(new RegExp(`<legacyDrawing [^>]*r:id="${drawing.id}"`));
    }
    const types = text('[Content_Types].xml');
    const comments = [...parts.keys()].filter((name) => /^xl\/comments\d+\.xml$/.test(name));
    expect(comments).toHaveLength(3);
    for (const part of comments) expect(types.split(`PartName="/${part}"`)).toHaveLength(2);
  });

  it('marks nothing in a sheet protected by LibreOffice (sheet="true"), says so, and copies it byte for byte', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'locked.xlsx');
    const parts = Object.fromEntries(await partsOf(fixture('bazhou-2020.xlsx')));
    parts['xl/worksheets/sheet1.xml'] = Buffer.from(parts['xl/worksheets/sheet1.xml'].toString('utf8').replace('</sheetData>', '</sheetData><sheetProtection sheet="true" password="CC3D"/>'));
    writePackage(input, parts);
    const io = memoryIo();
    const code = await main(['check', '--annotate', path.join(dir, 'marked.xlsx'), input], io);
    expect(code).toBe(1);
    expect(io.out).toMatch(/已标注 0 个单元格/);
    expect(io.out).toMatch(/受保护工作表中的 \d+ 个单元格未标注/);
    expect(await changedParts(input, path.join(dir, 'marked.xlsx'))).toEqual([]);
  });

  it('a workbook with a pivot table and nothing to mark is copied byte for byte', async () => {
    const out = path.join(tempDir(), 'marked.xlsx');
    await run('check', '--annotate', out, writer('libreoffice-pivot.xlsx'));
    expect(await changedParts(writer('libreoffice-pivot.xlsx'), out)).toEqual([]);
  });
});

describe('a copy made from the package the check read', () => {
  /** The annotated copy's parts, made from `book` (read for a copy or not) after the input was replaced. */
  async function annotatedParts(input: string, book: XlsxBook, grid: WorkbookGrid, out: string): Promise<Map<string, Buffer>> {
    const analysis = analyseWorkbook(grid);
    await writeCopy(input, out, book, planAnnotations(analysis.findings, grid).writes);
    return partsOf(out);
  }

  it('is the copy of the bytes that were checked, even when the file changes before the copy is written', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'input.xlsx');
    fs.copyFileSync(fixture('bazhou-2020.xlsx'), input);
    const read = await readXlsx(input, input, undefined, { forCopy: true });
    expect(read.book.source).toBeDefined();
    // Another workbook saved over the input meanwhile: the findings were found in the one read.
    fs.copyFileSync(fixture('hami-2019.xlsx'), input);
    const fromRead = await annotatedParts(input, read.book, read.grid, path.join(dir, 'a.xlsx'));
    const reference = path.join(dir, 'reference.xlsx');
    fs.copyFileSync(fixture('bazhou-2020.xlsx'), reference);
    const again = await readXlsx(reference);
    expect(again.book.source).toBeUndefined();
    const fromFile = await annotatedParts(reference, again.book, again.grid, path.join(dir, 'b.xlsx'));
    expect([...fromRead.keys()]).toEqual([...fromFile.keys()]);
    for (const [name, bytes] of fromRead) expect({ name, same: bytes.equals(fromFile.get(name)!) }).toEqual({ name, same: true });
  });

  it('keeps inflated sheets only within its budget; past it the copy inflates them itself, with the same result', async () => {
    const dir = tempDir();
    const input = await manySheets(fixture('bazhou-2020.xlsx'), 4, path.join(dir, 'four.xlsx'));
    const pkg = await ZipPackage.open(input);
    const sheets = pkg.entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.fileName));
    // Room for two sheets: the first two asked are kept (the same Buffer comes back), the others inflated anew.
    pkg.keepInflated(sheets[0].uncompressedSize + sheets[1].uncompressedSize);
    const first = sheets.map((e) => pkg.wholePart(e.fileName)!);
    const second = sheets.map((e) => pkg.wholePart(e.fileName)!);
    expect(second.map((bytes, i) => bytes === first[i])).toEqual([true, true, false, false]);
    expect(second.map((bytes, i) => bytes.equals(first[i]))).toEqual([true, true, true, true]);
    pkg.close();

    const tight = { ...READ_LIMITS, keptForCopyBytes: sheets[0].uncompressedSize };
    const read = await readXlsx(input, input, tight, { forCopy: true });
    const plain = await readXlsx(input);
    const fromRead = await annotatedParts(input, read.book, read.grid, path.join(dir, 'a.xlsx'));
    const fromFile = await annotatedParts(input, plain.book, plain.grid, path.join(dir, 'b.xlsx'));
    expect([...fromRead].every(([name, bytes]) => bytes.equals(fromFile.get(name)!))).toBe(true);
    expect(fromRead.size).toBe(fromFile.size);
  });
});

describe('macros, custom XML, custom properties and WPS parts survive', () => {
  const dir = tempDir();
  const input = path.join(dir, 'report.xlsm');

  beforeAll(async () => {
    await withForeignParts(writer('openpyxl-balance.xlsx'), input);
  });

  it('annotating an .xlsm into an .xlsm changes only the marked sheet, its notes and styles', async () => {
    const out = path.join(dir, 'marked.xlsm');
    const { code, report } = await run('check', '--annotate', out, input);
    expect(code).toBe(1);
    const changed = await expectOnlyChanged(input, out, report.findings.map((f) => f.sheet), NOTE_PARTS);
    for (const kept of ['xl/vbaProject.bin', 'customXml/item1.xml', 'docProps/custom.xml', 'xl/cellimages.xml', 'xl/workbook.xml', '[Content_Types].xml']) {
      expect(changed).not.toContain(kept);
    }
  });

  it('refuses to save a macro-enabled workbook under .xlsx, where Excel would not open it', async () => {
    const out = path.join(dir, 'marked.xlsx');
    const { code, err } = await run('check', '--annotate', out, input);
    expect(code).toBe(2);
    expect(err).toMatch(/含宏的工作簿.*\.xlsm/);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
