import type Decimal from 'decimal.js';
import type { CellRef } from '../../../src/core';
import { sameCell } from '../../../src/core/grid/address';
import { Dec } from '../../../src/core/numeric/decimal';
import { CellValues } from '../../../src/core/relations/CellValues';
import { findRootCauses, solveFor } from '../../../src/core/relations/findRootCauses';
import type { Relation, Term } from '../../../src/core/relations/Relation';
import { relations } from '../../helpers/relations';
import { seededRandom, sheetFromRows, workbookOf, type Literal } from '../../helpers/grid';

const at = (row: number, col: number): CellRef => ({ sheet: 's', row, col });
const pct = (value: number) => ({ value, numberFormat: '0.00%' });

describe('solveFor: the value of one cell that makes a relation hold', () => {
  const values = new CellValues(workbookOf(sheetFromRows('s', [[100, 80, 20, pct(0.25), pct(1.25)]])));
  // A1 = this year, B1 = last year, C1 = change, D1 = growth, E1 = this year ÷ last year
  it('solves a sum or difference for any of its cells', () => {
    const change = relations.change(at(0, 2), at(0, 0), at(0, 1));
    expect(solveFor(at(0, 2), change, values)?.toString()).toBe('20');
    expect(solveFor(at(0, 0), change, values)?.toString()).toBe('100');
    expect(solveFor(at(0, 1), change, values)?.toString()).toBe('80');
  });

  it('solves a growth rate for last year, which is in both numerator and denominator', () => {
    const growth = relations.growthRate(at(0, 3), at(0, 0), at(0, 1));
    expect(solveFor(at(0, 1), growth, values)?.toString()).toBe('80');
    expect(solveFor(at(0, 0), growth, values)?.toString()).toBe('100');
    expect(solveFor(at(0, 3), growth, values)?.toString()).toBe('0.25');
  });

  it('solves a rate typed in percentage points', () => {
    const pointsValues = new CellValues(workbookOf(sheetFromRows('s', [[100, 80, 20, 25]])));
    const growth = { ...relations.growthRate(at(0, 3), at(0, 0), at(0, 1)), factor: 100 };
    expect(solveFor(at(0, 3), growth, pointsValues)?.toString()).toBe('25');
    expect(solveFor(at(0, 1), growth, pointsValues)?.toString()).toBe('80');
  });
});

describe('solveFor on generated relations: the sums taken once give what solving term by term gives', () => {
  // The definition, term by term: x = (n₀ − T·d₀) / (T·d₁ − n₁), n₀ and d₀ summed without the unknown's terms.
  function solvedTermByTerm(ref: CellRef, relation: Relation, values: CellValues): Decimal | null {
    const point = (r: CellRef): Decimal | null => {
      const parsed = values.get(r);
      if (parsed.kind === 'number') return parsed.value;
      return parsed.kind === 'empty' && relation.emptyAsZero ? new Dec(0) : null;
    };
    const split = (terms: Term[]): [Decimal, Decimal] | null => {
      let coefficient = new Dec(0);
      let rest = new Dec(0);
      for (const term of terms) {
        if (sameCell(term.ref, ref)) coefficient = coefficient.plus(term.sign);
        else {
          const value = point(term.ref);
          if (value === null) return null;
          rest = rest.plus(value.mul(term.sign));
        }
      }
      return [coefficient, rest];
    };
    const numerator = split(relation.numerator);
    const denominator = relation.denominator ? split(relation.denominator) : [new Dec(0), new Dec(1)];
    if (!numerator || !denominator) return null;
    const factor = new Dec(relation.factor ?? 1);
    if (sameCell(relation.target, ref)) return denominator[1].isZero() ? null : numerator[1].div(denominator[1]).mul(factor);
    const stated = point(relation.target);
    if (stated === null) return null;
    const target = stated.div(factor);
    const divisor = target.mul(denominator[0]).minus(numerator[0]);
    return divisor.isZero() ? null : numerator[1].minus(target.mul(denominator[1])).div(divisor);
  }

  it('agrees on 2,000 seeded relations: sums with repeated, empty and text cells, rates in both units', () => {
    const random = seededRandom(3011);
    let solved = 0;
    for (let n = 0; n < 2000; n++) {
      const width = 3 + Math.floor(random() * 8);
      const row = Array.from({ length: width }, (): Literal => {
        const roll = random();
        if (roll < 0.08) return null;
        if (roll < 0.12) return '—';
        if (roll < 0.16) return 'n/a';
        const magnitude = 10 ** Math.floor(random() * 8 - 2);
        return Math.round((random() - 0.3) * magnitude * 100) / 100;
      });
      const values = new CellValues(workbookOf(sheetFromRows('s', [row])));
      const cell = () => at(0, Math.floor(random() * width));
      const kind = Math.floor(random() * 3);
      const relation: Relation =
        kind === 0
          ? { ...relations.sum(cell(), Array.from({ length: 2 + Math.floor(random() * 5) }, cell)), emptyAsZero: random() < 0.5 }
          : kind === 1
            ? { ...relations.change(cell(), cell(), cell()), factor: 1 }
            : { ...relations.growthRate(cell(), cell(), cell()), factor: random() < 0.5 ? 100 : 1 };
      for (let col = 0; col < width; col++) {
        const expected = solvedTermByTerm(at(0, col), relation, values);
        expect(solveFor(at(0, col), relation, values)?.toString() ?? null).toBe(expected?.toString() ?? null);
        if (expected) solved++;
      }
    }
    expect(solved).toBeGreaterThan(3000);
  });
});

describe('findRootCauses', () => {
  it('blames the cell that repairs every broken relation and lists those as its repairs', () => {
    // Row 0: funds A..C and 合计 D (wrong: 60 instead of 66); row 1: actuals; row 2: 执行率 from the 合计.
    const values = new CellValues(
      workbookOf(sheetFromRows('s', [[10, 20, 36, 60], [11, 19, 36, 66], [null, null, null, pct(1)]])),
    );
    const sum = relations.sum(at(0, 3), [at(0, 0), at(0, 1), at(0, 2)]);
    const rate = relations.executionRate(at(2, 3), at(1, 3), at(0, 3));
    const result = findRootCauses([sum, rate], values);
    expect(result.causes).toHaveLength(1);
    expect(result.causes[0].cell).toEqual(at(0, 3));
    expect(result.causes[0].expected.toString()).toBe('66');
    expect(result.causes[0].repairs).toEqual(expect.arrayContaining([sum, rate]));
    expect(result.unexplained).toEqual([]);
  });

  it('blames both 合计 when correcting the two together makes every relation hold', () => {
    // 累计 = 上年 + 当期 holds on every row, but both 合计 columns disagree with their sums (bazhou-2020's shape):
    // correcting the 当期 合计 alone breaks its row's 累计 = 上年 + 当期, whose 累计 is itself a wrong 合计.
    const values = new CellValues(
      workbookOf(
        sheetFromRows('s', [
          [100, -50, 50],
          [200, -20, 180],
          [300, -40, 260],
        ]),
      ),
    );
    const relationList = [
      relations.sum(at(2, 1), [at(0, 1), at(1, 1)]),
      relations.sum(at(2, 2), [at(0, 2), at(1, 2)]),
      relations.closingBalance(at(0, 2), at(0, 0), at(0, 1)),
      relations.closingBalance(at(1, 2), at(1, 0), at(1, 1)),
      relations.closingBalance(at(2, 2), at(2, 0), at(2, 1)),
      relations.sum(at(2, 0), [at(0, 0), at(1, 0)]),
    ];
    const result = findRootCauses(relationList, values);
    expect(result.causes.map((c) => [c.cell, c.expected.toString()])).toEqual([
      [at(2, 1), '-70'],
      [at(2, 2), '230'],
    ]);
    expect(result.unexplained).toEqual([]);
  });

  it('leaves relations no single correction can repair to be reported at their own targets', () => {
    // X = A + B breaks, and every one of its cells takes part in a relation that holds on figures nobody suspects:
    // whichever is corrected breaks as much as it repairs.
    const values = new CellValues(
      workbookOf(
        sheetFromRows('s', [
          [1, 2, 3],
          [4, 5, 9],
          [20, 1, 21],
        ]),
      ),
    );
    const relationList = [
      relations.sum(at(2, 0), [at(0, 2), at(1, 2)]),
      relations.sum(at(0, 2), [at(0, 0), at(0, 1)]),
      relations.sum(at(1, 2), [at(1, 0), at(1, 1)]),
      relations.sum(at(2, 2), [at(2, 0), at(2, 1)]),
    ];
    const result = findRootCauses(relationList, values);
    expect(result.causes).toEqual([]);
    expect(result.unexplained.map((u) => [u.relation.target, u.expected.toString()])).toEqual([[at(2, 0), '12']]);
  });

  it('does not blame anything when the relations hold within rounding', () => {
    const values = new CellValues(
      workbookOf(sheetFromRows('s', [[{ value: 1.11, numberFormat: '0.00' }, { value: 2.22, numberFormat: '0.00' }, { value: 3.34, numberFormat: '0.00' }]])),
    );
    const result = findRootCauses([relations.sum(at(0, 2), [at(0, 0), at(0, 1)])], values);
    expect(result).toEqual({ causes: [], unexplained: [] });
  });
});

describe('findRootCauses with formulas and figures that follow', () => {
  // A wrong 合计 (A3, typed 35 over 10 + 20); 上年 (B) right; 增加 (C) as =A−B formulas, C3 following the wrong
  // 合计 (=A3−B3 gives 9 where its lines give 4); 增长率 (D) typed, the lines' right (they pin A1 and A2), the
  // 合计's typed from the wrong figures or left a formula.
  const rows = (growth: Literal): Literal[][] => [
    [10, 8, { value: 2, formula: 'A1-B1' }, pct(0.25)],
    [20, 18, { value: 2, formula: 'A2-B2' }, pct(0.1111)],
    [35, 26, { value: 9, formula: 'A3-B3' }, growth],
  ];
  const catalogue = [
    relations.sum(at(2, 0), [at(0, 0), at(1, 0)]),
    relations.sum(at(2, 1), [at(0, 1), at(1, 1)]),
    relations.sum(at(2, 2), [at(0, 2), at(1, 2)]),
    relations.change(at(2, 2), at(2, 0), at(2, 1)),
    ...[0, 1, 2].map((row) => relations.growthRate(at(row, 3), at(row, 0), at(row, 1))),
  ];

  it('recomputes a formula from the corrected input, so the formula is neither blamed nor counted against it', () => {
    const result = findRootCauses(catalogue, new CellValues(workbookOf(sheetFromRows('s', rows({ value: 9 / 26, formula: '(A3-B3)/B3', numberFormat: '0.00%' })))));
    expect(result.causes.map((c) => [c.cell, c.expected.toString(), c.follows])).toEqual([[at(2, 0), '30', undefined]]);
    // The 增加 formula's sum is mended by the 合计's correction.
    expect(result.causes[0].repairs.map((r) => r.target)).toEqual(expect.arrayContaining([at(2, 0), at(2, 2)]));
    expect(result.unexplained).toEqual([]);
  });

  it('without formulas the 增加 typed from the wrong 合计 is an error of its own: it breaks its own sum', () => {
    const typed = rows(pct(0.3462)).map((row) => row.map((cell) => (cell && typeof cell === 'object' && 'formula' in cell ? cell.value : cell))) as Literal[][];
    const result = findRootCauses(catalogue, new CellValues(workbookOf(sheetFromRows('s', typed))));
    const errors = [...result.causes.map((c) => [c.cell, c.expected.toString()]), ...result.unexplained.map((u) => [u.relation.target, u.expected.toString()])];
    expect(errors).toEqual(expect.arrayContaining([[at(2, 0), '30'], [at(2, 2), '4']]));
    expect(errors).toHaveLength(2);
  });

  it('says which typed figure was right only with the wrong one, and what it becomes once the cause is corrected', () => {
    const result = findRootCauses(catalogue, new CellValues(workbookOf(sheetFromRows('s', rows(pct(0.3462))))));
    expect(result.causes.map((c) => [c.cell, c.expected.toString(), c.follows ?? null])).toEqual([
      [at(2, 0), '30', null],
      [at(2, 3), '0.1538', at(2, 0)],
    ]);
  });

  it('leaves the trial values cleared', () => {
    const values = new CellValues(workbookOf(sheetFromRows('s', rows(pct(0.3462)))));
    findRootCauses(catalogue, values);
    expect(values.hasTrials()).toBe(false);
    expect(values.get(at(2, 2))).toEqual(values.original(at(2, 2)));
  });
});
