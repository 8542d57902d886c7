import { analyseWorkbook, type WorkbookGrid } from '../../../src/core';
import * as evaluation from '../../../src/core/relations/evaluateRelation';
import * as status from '../../../src/core/relations/relationStatus';
import { SheetView } from '../../../src/core/grid/SheetView';
import { loadFixture, workbookOf } from '../../helpers/grid';

/**
 * Work must follow the workbook's size: N copies of a sheet cost N times one copy, give or take a constant. Counted in relation
 * judgements (the unit of the checker's work, exact and machine-independent: a status found in floats, a full
 * evaluation in decimals), and timed loosely.
 */
function copies(workbook: WorkbookGrid, n: number): WorkbookGrid {
  return workbookOf(...Array.from({ length: n }, (_, i) => workbook.sheets.map((s) => ({ ...s, name: `${s.name}-${i}` }))).flat());
}

function evaluationsFor(workbook: WorkbookGrid): number {
  const spies = [jest.spyOn(evaluation, 'evaluateRelation'), jest.spyOn(status, 'relationStatus')];
  analyseWorkbook(workbook);
  const calls = spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
  for (const spy of spies) spy.mockRestore();
  expect(calls).toBeGreaterThan(0);
  return calls;
}

describe('analysis grows linearly with the workbook', () => {
  it.each(['bazhou-2020', 'hami-2019', 'yuepuhu-2020-blank-scores'])('evaluates relations in proportion to the copies of %s (errors in every copy)', async (name) => {
    const fixture = await loadFixture(name);
    // Work is affine in the copies (each copy's own relations; each later statement of a fact checked against the
    // first, those typed exactly as it only counted past the first few): 36 more copies cost 6× what 6 more cost,
    // with room for nothing super-linear (the old whole-workbook search gave ~60×; a search over all statements of
    // a fact at once, ~25×).
    const [six, twelve, many] = [6, 12, 48].map((n) => evaluationsFor(copies(fixture, n)));
    const ratio = (many - twelve) / (twelve - six);
    expect(ratio).toBeLessThanOrEqual(6 * 1.05);
    expect(ratio).toBeGreaterThanOrEqual(6 * 0.95);
  });

  it('keeps the time per sheet flat from 8 to 64 copies (loosely timed)', async () => {
    const fixture = await loadFixture('bazhou-2020');
    const perSheet = (n: number) => {
      const workbook = copies(fixture, n);
      const start = process.hrtime.bigint();
      analyseWorkbook(workbook);
      return Number(process.hrtime.bigint() - start) / n;
    };
    perSheet(8); // warm up
    const few = Math.min(perSheet(8), perSheet(8));
    const many = perSheet(64);
    expect(many / few).toBeLessThan(3);
  });

  it('reads 12,000 cells sharing one megabyte of text at once (a fuzzed file of POI’s corpus)', () => {
    const text = 'fIdrLGOpeoNLbx'.repeat(75_000);
    const cells = Array.from({ length: 12_000 }, (_, i) => ({ row: Math.floor(i / 3), col: i % 3, value: text }));
    const start = Date.now();
    const analysis = analyseWorkbook(workbookOf({ name: 's', cells }));
    expect(analysis.findings).toEqual([]);
    // Folding each cell's megabyte for a number took 8 ms a cell (90 s); a text that long is no number.
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('indexes 200,000 merged ranges and looks each one up in near-constant time', () => {
    const merges = Array.from({ length: 200_000 }, (_, i) => ({ top: i * 2, left: 0, bottom: i * 2 + 1, right: 5 + (i % 3) * 4000 }));
    const cells = merges.map((m) => ({ row: m.top, col: 0, value: `项目${m.top}` }));
    const start = Date.now();
    const view = new SheetView({ name: 's', cells, merges });
    let found = 0;
    for (const m of merges) if (view.mergedText(m.bottom, m.right) !== '') found++;
    expect(found).toBe(200_000);
    expect(view.mergedText(1, 9000)).toBe('');
    expect(Date.now() - start).toBeLessThan(15000);
  });
});
