import { cellKey, isCellError } from '../../../../src/core';
import { generateFactCase } from './factCase';
import type { FactSheetGrid } from './sheetBuilder';
import { picture } from './picture';
import { workbookRelations } from './relations';
import { valuesOf } from './verdict';
import { status } from './rootCause';

/**
 * The fact generator itself (it runs in CI now, whatever the core says): a clean workbook is consistent within
 * interval rounding under every relation of the catalogue, optional ones and 其中 ≤ its line included; the
 * truth of a mistake case names cells the mistake changed and never a hidden one; a seed rebuilds its case.
 */
const SEEDS = Array.from({ length: 400 }, (_, i) => 10_001 + i);
const cases = SEEDS.map(generateFactCase);

describe('the fact generator', () => {
  it('rebuilds the same workbook from the same seed', () => {
    expect(generateFactCase(42).workbook).toEqual(generateFactCase(42).workbook);
    expect(generateFactCase(42).errors).toEqual(generateFactCase(42).errors);
    expect(generateFactCase(42).workbook).not.toEqual(generateFactCase(43).workbook);
  });

  it('makes clean workbooks (no mistake, or rounding traps) that hold every relation within interval rounding', () => {
    const broken: string[] = [];
    for (const c of cases.filter((x) => x.mistake === 'none' || x.mistake === 'roundingTraps')) {
      const cells = new Map(c.detail.tables.flatMap((t) => t.cells).map((x) => [x.key, x]));
      const values = valuesOf(cells);
      for (const r of workbookRelations(c.detail.facts, c.detail.tables)) {
        if (status(r, values) === 'violated') broken.push(`seed ${c.seed}: ${r.rule} at ${r.target} over ${r.terms.map((t) => t.key).join(' ')}`);
      }
    }
    expect(broken.slice(0, 5)).toEqual([]);
  });

  it('states every figure the core reads: a cell per stated fact, formulas with their cached values', () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const grid = new Map(c.workbook.sheets.flatMap((s) => s.cells.map((x) => [cellKey({ sheet: s.name, row: x.row, col: x.col }), x])));
      for (const cell of c.detail.tables.flatMap((t) => t.cells)) {
        const written = grid.get(cell.key);
        if (!written || written.value === null || isCellError(written.value)) wrong.push(`seed ${c.seed}: ${cell.key} not written`);
        else if (cell.formula && (typeof written.value !== 'number' || !written.formula)) wrong.push(`seed ${c.seed}: ${cell.key} formula without its cached number`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('names, for a mistake, groups that each hold a changed cell and no hidden cell', () => {
    for (const c of cases.filter((x) => x.errors.length)) {
      const hidden = new Set(c.hidden);
      for (const group of c.errors) {
        expect({ seed: c.seed, changed: group.some((k) => c.injected.includes(k)) }).toEqual({ seed: c.seed, changed: true });
        expect({ seed: c.seed, hidden: group.filter((k) => hidden.has(k)) }).toEqual({ seed: c.seed, hidden: [] });
      }
    }
  });

  it('marks hidden rows and columns only where figures of the facts are', () => {
    for (const c of cases) {
      for (const sheet of c.workbook.sheets as FactSheetGrid[]) {
        for (const row of sheet.hiddenRows ?? []) expect(c.hidden.some((k) => k.startsWith(`${sheet.name}!`) && k.endsWith(`${row + 1}`))).toBe(true);
      }
    }
  });

  it('draws a picture of a case with its hidden, formula and changed cells marked', () => {
    const c = cases.find((x) => x.errors.length && x.hidden.length && x.formulas.length) ?? cases.find((x) => x.errors.length)!;
    const text = picture(c);
    expect(text).toContain(`── sheet ${c.workbook.sheets[0].name}`);
    expect(text).toContain('!');
  });
});
