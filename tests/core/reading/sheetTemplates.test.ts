import { analyseWorkbook, SheetTemplates, type SheetGrid, type WorkbookGrid } from '../../../src/core';
import { CellValues } from '../../../src/core/relations/CellValues';
import { readTables, type ReadTable } from '../../../src/core/reading/readTables';
import { generateFactCase } from '../generalisation/facts/factCase';
import { loadFixture, seededRandom, sheetFromRows, workbookOf } from '../../helpers/grid';

/**
 * A sheet that copies one read before (a province's county sheets) takes that sheet's reading: it must be exactly
 * the reading the copy would have had on its own. Each workbook here gets, after each sheet, copies with other
 * figures, an exact copy, copies that differ where reading looks (a label, a figure become a year, a dash, another
 * number format, a hidden row) — and its tables are read with and without templates, and must be equal.
 */
const yearLike = (v: number) => Number.isInteger(v) && v >= 1990 && v <= 2100;

function copies(sheet: SheetGrid, random: () => number): SheetGrid[] {
  const figures = sheet.cells.filter((c) => typeof c.value === 'number' && Number.isFinite(c.value) && !yearLike(c.value));
  const texts = sheet.cells.filter((c) => typeof c.value === 'string' && c.value.trim());
  const pick = <T>(list: T[]): T | undefined => list[Math.floor(random() * list.length)];
  const other = (v: number) => {
    const next = Math.round(v * (0.5 + random()) * 100) / 100;
    return yearLike(next) ? next + 0.5 : next;
  };
  const changed = (name: string, change: (cells: SheetGrid['cells']) => SheetGrid['cells'], rest: Partial<SheetGrid> = {}): SheetGrid => ({
    ...sheet,
    ...rest,
    name: `${sheet.name}${name}`,
    cells: change(sheet.cells.map((c) => ({ ...c }))),
  });
  const at = (cells: SheetGrid['cells'], target: { row: number; col: number } | undefined) => cells.find((c) => target && c.row === target.row && c.col === target.col);
  const figure = pick(figures);
  const text = pick(texts);
  return [
    changed('甲', (cells) => cells.map((c) => (figures.some((f) => f.row === c.row && f.col === c.col) ? { ...c, value: other(c.value as number) } : c))),
    changed('乙', (cells) => cells),
    changed('丙', (cells) => (at(cells, text) && (at(cells, text)!.value = `${text!.value}（续）`), cells)),
    // A row of figures become years: a header row to findBodies.
    changed('丁', (cells) => cells.map((c, i) => (figure && c.row === figure.row && typeof c.value === 'number' && !yearLike(c.value) ? { ...c, value: 2010 + (i % 12) } : c))),
    changed('戊', (cells) => (at(cells, figure) && (at(cells, figure)!.value = '—'), cells)),
    changed('己', (cells) => (at(cells, figure) && (at(cells, figure)!.numberFormat = '0.00%'), cells)),
    changed('庚', (cells) => cells, figure ? { hiddenRows: [...new Set([...(sheet.hiddenRows ?? []), figure.row])].sort((a, b) => a - b) } : {}),
  ];
}

function withCopies(workbook: WorkbookGrid, seed: number): WorkbookGrid {
  const random = seededRandom(seed);
  return { ...workbook, sheets: workbook.sheets.flatMap((sheet) => [sheet, ...copies(sheet, random)]) };
}

const read = (workbook: WorkbookGrid, templates: boolean): ReadTable[] => readTables(workbook, new CellValues(workbook), [], { templates });

function expectSameReading(workbook: WorkbookGrid): ReadTable[] {
  const once = read(workbook, true);
  expect(once).toEqual(read(workbook, false));
  return once;
}

describe('a sheet copying one read before reads as that sheet did', () => {
  it.each(['bazhou-2020', 'hami-2019', 'bachu-2020', 'yuepuhu-2020'])('%s with copies of each sheet: the same tables with templates as without', async (name) => {
    const workbook = withCopies(await loadFixture(name), 7);
    const tables = expectSameReading(workbook);
    // The copy with other figures was taken from its template, not read again: its facts' dimensions are the template's.
    const first = tables.find((t) => t.facts.some((f) => !f.dims.fund.includes(':') && !f.dims.account.includes(':')));
    if (first) {
      const copy = tables.find((t) => t.sheet === `${first.sheet}甲` && t.range.top === first.range.top && t.range.left === first.range.left)!;
      const i = first.facts.findIndex((f) => !f.dims.fund.includes(':') && !f.dims.account.includes(':'));
      expect(copy.facts[i].dims).toBe(first.facts[i].dims);
      expect(copy.facts[i].at.sheet).toBe(`${first.sheet}甲`);
    }
  });

  it('the fact generator’s workbooks with copies of each sheet: the same tables with templates as without', () => {
    for (let seed = 1; seed <= 150; seed++) expectSameReading(withCopies(generateFactCase(seed).workbook, seed));
  });

  it('a copy whose sheet name says another year is read on its own', () => {
    const rows = [['社会保险基金收支表'], ['项目', '基金收入', '基金支出'], ['工伤保险', 4326, 8858], ['失业保险', 12799, 15002], ['合计', 17125, 23860]];
    const tables = expectSameReading(workbookOf(sheetFromRows('2019年', rows), sheetFromRows('2020年', rows)));
    expect(tables.map((t) => t.facts[0].dims.period)).toEqual([2019, 2020]);
  });

  it('the names a table gives its own lines (a 小计 no list knows) are the copy’s own, as its own reading makes them', () => {
    const rows = [['社会保险基金收支表'], ['项目', '基金收入'], ['工伤保险', 1], ['失业保险', 2], ['小计', 3], ['企业职工基本养老保险', 4], ['合计', 7]];
    const tables = expectSameReading(workbookOf(sheetFromRows('表一', rows), sheetFromRows('表二', rows.map((r) => r.map((v) => (typeof v === 'number' ? v * 3 : v))))));
    const own = (t: ReadTable) => t.facts.map((f) => f.dims.fund).filter((f) => f.includes(':'));
    expect(own(tables[0]).length).toBeGreaterThan(0);
    expect(own(tables[1])).not.toEqual(own(tables[0]));
  });
});

describe('a batch of workbooks read with one memory of templates (a county’s files, the CLI’s batch)', () => {
  it.each(['bazhou-2020', 'hami-2019', 'yuepuhu-2020'])('%s, then a county’s copy with other figures: read as that copy alone would be', async (name) => {
    const first = await loadFixture(name);
    const random = seededRandom(11);
    // The county's own workbook: the same sheets, other figures (the first of each sheet's copies, renamed back).
    const county: WorkbookGrid = { ...first, sheets: first.sheets.map((sheet) => ({ ...copies(sheet, random)[0], name: sheet.name })) };
    const memory = new SheetTemplates();
    const before = readTables(first, new CellValues(first), [], { templates: memory });
    const reused = readTables(county, new CellValues(county), [], { templates: memory });
    expect(reused).toEqual(read(county, false));
    // Taken from the first workbook's reading: the same dimensions objects.
    if (before.length) expect(reused[0].facts[0].dims).toBe(before[0].facts[0].dims);
    expect(analyseWorkbook(county, { templates: new SheetTemplates() })).toEqual(analyseWorkbook(county));
    const shared = new SheetTemplates();
    analyseWorkbook(first, { templates: shared });
    expect(analyseWorkbook(county, { templates: shared })).toEqual(analyseWorkbook(county));
  });

  it('keeps only sheets of at most maxCells cells, and only the last maxTemplates', async () => {
    const first = await loadFixture('hami-2019');
    const small = new SheetTemplates({ maxCells: 10, maxTemplates: 200 });
    const before = readTables(first, new CellValues(first), [], { templates: small });
    const again = readTables(first, new CellValues(first), [], { templates: small });
    expect(again).toEqual(before);
    expect(again[0].facts[0].dims).not.toBe(before[0].facts[0].dims);
    const one = new SheetTemplates({ maxCells: Infinity, maxTemplates: 1 });
    const other = await loadFixture('bazhou-2020');
    readTables(first, new CellValues(first), [], { templates: one });
    readTables(other, new CellValues(other), [], { templates: one });
    const third = readTables(first, new CellValues(first), [], { templates: one });
    expect(third).toEqual(before);
  });
});
