import { Dec } from '../../../src/core/numeric/decimal';
import { add, divide, exact, meets, midpoint, multiply, negate, shownInterval, subtract, sum, type Interval } from '../../../src/core/numeric/Interval';

const bounds = (i: Interval | null) => (i ? [i.lo.toString(), i.hi.toString()] : null);
const shown = (value: string, decimals: number) => shownInterval(new Dec(value), decimals);

describe('Interval (XBRL Calculations 1.1, round-to-nearest)', () => {
  it('makes a value shown with d decimals stand for v ± ½·10⁻ᵈ', () => {
    expect(bounds(shown('43436.13', 2))).toEqual(['43436.125', '43436.135']);
    expect(bounds(shown('239010', 0))).toEqual(['239009.5', '239010.5']);
    expect(bounds(shown('0.2320', 4))).toEqual(['0.23195', '0.23205']);
  });

  it('adds, negates and subtracts bound by bound', () => {
    expect(bounds(add(shown('1.00', 2), shown('2.00', 2)))).toEqual(['2.99', '3.01']);
    expect(bounds(negate(shown('1.00', 2)))).toEqual(['-1.005', '-0.995']);
    expect(bounds(subtract(shown('5.00', 2), shown('2.00', 2)))).toEqual(['2.99', '3.01']);
  });

  it('widens a sum of many items by half a unit per item', () => {
    const items = Array.from({ length: 30 }, () => shown('100.00', 2));
    expect(bounds(sum(items))).toEqual(['2999.85', '3000.15']);
    expect(bounds(sum([]))).toEqual(['0', '0']);
  });

  it('multiplies by taking the extreme products, signs included', () => {
    expect(bounds(multiply(exact(2), shown('3.0', 1)))).toEqual(['5.9', '6.1']);
    expect(bounds(multiply(shown('-1', 0), shown('2', 0)))).toEqual(['-3.75', '-0.75']);
  });

  it('divides by an interval clear of zero', () => {
    expect(bounds(divide(exact(1), { lo: new Dec(2), hi: new Dec(4) }))).toEqual(['0.25', '0.5']);
    expect(bounds(divide(exact(-6), { lo: new Dec(-3), hi: new Dec(-2) }))).toEqual(['2', '3']);
  });

  it('gives nothing when the divisor interval contains or touches 0', () => {
    expect(divide(exact(1), shown('0', 2))).toBeNull();
    expect(divide(exact(1), shown('0.004', 2))).toBeNull();
    expect(divide(exact(1), { lo: new Dec(0), hi: new Dec(1) })).toBeNull();
    expect(divide(exact(1), { lo: new Dec(-1), hi: new Dec(0) })).toBeNull();
  });

  it('meets when the intervals share a point, bounds included', () => {
    expect(meets(shown('10.00', 2), shown('10.01', 2))).toBe(true);
    expect(meets(shown('10.00', 2), shown('10.02', 2))).toBe(false);
    expect(meets(exact('1.5'), { lo: new Dec(1), hi: new Dec(2) })).toBe(true);
  });

  it('finds the midpoint exactly', () => {
    expect(midpoint({ lo: new Dec('0.1'), hi: new Dec('0.2') }).toString()).toBe('0.15');
  });

  it('keeps decimal amounts exact where binary floats drift', () => {
    expect(bounds(add(exact('0.1'), exact('0.2')))).toEqual(['0.3', '0.3']);
  });
});
