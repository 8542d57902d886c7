import type { GridCell, WorkbookGrid } from '../../../src/core';
import { CellValues } from '../../../src/core/relations/CellValues';
import { evaluateRelation } from '../../../src/core/relations/evaluateRelation';
import { relations } from '../../helpers/relations';
import { sheetFromRows, workbookOf } from '../../helpers/grid';

const money = (value: number): GridCell => ({ value, numberFormat: '#,##0.00' });
const at = (row: number, col = 0) => ({ sheet: 's', row, col });

/** A column of cells on sheet `s`, row 0 first. */
function column(...cells: (GridCell | string | number | null)[]): CellValues {
  const workbook: WorkbookGrid = workbookOf(sheetFromRows('s', cells.map((c) => [c])));
  return new CellValues(workbook);
}

/** A total in row 0 over n items in rows 1..n. */
function sumOf(n: number) {
  return relations.sum(at(0), Array.from({ length: n }, (_, i) => at(i + 1)));
}

describe('evaluateRelation', () => {
  it('accepts a total off by one unit in the last shown digit over many 2-decimal items', () => {
    const items = Array.from({ length: 12 }, (_, i) => money(1000 + i + 0.33));
    // Σ = 12000 + 66 + 12 × 0.33 = 12069.96; the total is stated one cent off.
    const values = column(money(12069.97), ...items);
    expect(evaluateRelation(sumOf(12), values).status).toBe('holds');
  });

  it('accepts a total two cents off over three items, the widest rounding allows', () => {
    const values = column(money(3.02), money(1), money(1), money(1));
    expect(evaluateRelation(sumOf(3), values).status).toBe('holds');
    const worse = column(money(3.03), money(1), money(1), money(1));
    expect(evaluateRelation(sumOf(3), worse).status).toBe('violated');
  });

  it('rejects a total off by 100 and says what the items add up to', () => {
    const items = Array.from({ length: 12 }, () => money(1000.25));
    const evaluation = evaluateRelation(sumOf(12), column(money(12103), ...items));
    expect(evaluation.status).toBe('violated');
    if (evaluation.status !== 'violated') return;
    expect(evaluation.point.toString()).toBe('12003');
    expect([evaluation.computed.lo.toString(), evaluation.computed.hi.toString()]).toEqual(['12002.94', '12003.06']);
  });

  it('accepts a percentage shown with fewer decimals than usual (9.2% for 9.196…%)', () => {
    // (109.196 − 100.000) / 100.000 = 9.196%.
    const growth = relations.growthRate(at(0), at(1), at(2));
    expect(evaluateRelation(growth, column('9.2%', '109.196', '100.000')).status).toBe('holds');
    expect(evaluateRelation(growth, column({ value: 0.092, numberFormat: '0.0%' }, '109.196', '100.000')).status).toBe('holds');
    expect(evaluateRelation(growth, column('9.20%', '109.196', '100.000')).status).toBe('holds');
    expect(evaluateRelation(growth, column('9.3%', '109.196', '100.000')).status).toBe('violated');
  });

  it('lets coarse inputs widen a rate: 9.3% is within reach of 109.196 over 100 shown without decimals', () => {
    const growth = relations.growthRate(at(0), at(1), at(2));
    expect(evaluateRelation(growth, column('9.3%', '109.196', '100')).status).toBe('holds');
  });

  it('says nothing about a rate over a divisor whose interval contains 0', () => {
    const rate = relations.executionRate(at(0), at(1), at(2));
    expect(evaluateRelation(rate, column('50%', '10', '0.00')).status).toBe('skipped');
    expect(evaluateRelation(rate, column('50%', '10', '0')).status).toBe('skipped');
    // 0.4 stands for [0.35, 0.45], clear of 0: 10 / 0.4 is far from 50%.
    expect(evaluateRelation(rate, column('50%', '10', '0.4')).status).toBe('violated');
  });

  it('treats empty addends as 0 in a sum, but skips a sum whose every addend is empty', () => {
    expect(evaluateRelation(sumOf(3), column(money(5), money(5), null, '—')).status).toBe('holds');
    expect(evaluateRelation(sumOf(2), column(money(5), null, null)).status).toBe('skipped');
  });

  it('offers to fill an empty total whose inputs are present', () => {
    const evaluation = evaluateRelation(sumOf(2), column(null, money(1.25), money(2)));
    expect(evaluation.status).toBe('fillable');
    if (evaluation.status === 'fillable') expect(evaluation.point.toString()).toBe('3.25');
  });

  it('skips a relation with a text or error input', () => {
    expect(evaluateRelation(sumOf(2), column(money(3), '见附表', money(1))).status).toBe('skipped');
    expect(evaluateRelation(sumOf(2), column({ value: { error: '#REF!' } }, money(1), money(2))).status).toBe('skipped');
  });

  it('bounds a 其中 by its line, with the line’s rounding', () => {
    const ofWhich = relations.ofWhich(at(0), at(1));
    expect(evaluateRelation(ofWhich, column(money(10.01), money(10))).status).toBe('holds');
    expect(evaluateRelation(ofWhich, column(money(10.02), money(10))).status).toBe('violated');
    expect(evaluateRelation(ofWhich, column(null, money(10))).status).toBe('skipped');
  });

  it('judges a difference across cells such as 结余 = 收入 − 支出', () => {
    const balance = relations.netBalance(at(0), at(1), at(2));
    expect(evaluateRelation(balance, column(money(-10670.54), money(43436.13), money(54106.67))).status).toBe('holds');
    expect(evaluateRelation(balance, column(money(-10670.54), money(43436.13), money(54206.67))).status).toBe('violated');
  });
});
