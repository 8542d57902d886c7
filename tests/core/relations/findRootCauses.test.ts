import type { CellRef } from '../../../src/core';
import { CellValues } from '../../../src/core/relations/CellValues';
import { findRootCauses, solveFor } from '../../../src/core/relations/findRootCauses';
import { relations } from '../../../src/core/relations/Relation';
import { sheetFromRows, workbookOf } from '../../helpers/grid';

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

  it('leaves relations no single correction can repair to be reported at their own targets', () => {
    // 累计 = 上年 + 当期 holds on every row, but both 合计 columns disagree with their sums (bazhou-2020's shape).
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
    expect(result.unexplained.map((u) => [u.relation.target, u.expected.toString()])).toEqual([
      [at(2, 1), '-70'],
      [at(2, 2), '230'],
    ]);
  });

  it('does not blame anything when the relations hold within rounding', () => {
    const values = new CellValues(
      workbookOf(sheetFromRows('s', [[{ value: 1.11, numberFormat: '0.00' }, { value: 2.22, numberFormat: '0.00' }, { value: 3.34, numberFormat: '0.00' }]])),
    );
    const result = findRootCauses([relations.sum(at(0, 2), [at(0, 0), at(0, 1)])], values);
    expect(result).toEqual({ causes: [], unexplained: [] });
  });
});
