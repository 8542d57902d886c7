import { shownDifference, shownFigure } from '../../src/taskpane/shownFigures';

describe('figures as the sheet shows them', () => {
  it('formats a plain number by the cell’s format, leaves text, rates with % and General alone', () => {
    expect(shownFigure('239551', '#,##0')).toBe('239,551');
    expect(shownFigure('1.005', '0.00')).toBe('1.01');
    expect(shownFigure('43436.13', '#,##0.00')).toBe('43,436.13');
    expect(shownFigure('-54853', '#,##0;(#,##0)')).toBe('(54,853)');
    expect(shownFigure('99.17%', '0.00%')).toBe('99.17%');
    expect(shownFigure('239551', 'General')).toBe('239551');
    expect(shownFigure('239551', undefined)).toBe('239551');
    expect(shownFigure('（空）', '#,##0')).toBe('（空）');
    expect(shownFigure(null, '#,##0')).toBeNull();
  });

  it('says how far a sum is off, signed, in the cell’s format; nothing for equal figures or rates', () => {
    expect(shownDifference('239010', '239551', '#,##0')).toBe('−541');
    expect(shownDifference('304156', '84380', '#,##0')).toBe('+219,776');
    expect(shownDifference('1.20', '1.25', '0.00')).toBe('−0.05');
    expect(shownDifference('5', '5.00', '0.00')).toBeNull();
    expect(shownDifference('99.17%', '99.39%', '0.00%')).toBeNull();
  });
});
