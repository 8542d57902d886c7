import type { GridCell } from '../../../src/core';
import { Dec } from '../../../src/core/numeric/decimal';
import { parseCellValue, parseNumberText, statedInterval, type ParsedValue } from '../../../src/core/values/parseCellValue';
import { seededRandom } from '../../helpers/grid';

/** The parsed number as plain data, for readable expectations. */
function shown(parsed: ParsedValue) {
  if (parsed.kind !== 'number') return parsed;
  return { value: parsed.value.toString(), decimals: parsed.decimals, percent: parsed.percent, unit: parsed.unit, fromText: parsed.fromText };
}

const text = (value: string) => shown(parseNumberText(value));
const cell = (value: GridCell['value'], numberFormat?: string) => shown(parseCellValue({ value, numberFormat }));

describe('parseCellValue: numbers typed as text', () => {
  it('reads thousands separators and keeps the two shown decimals', () => {
    expect(text('43,436.13')).toEqual({ value: '43436.13', decimals: 2, percent: false, unit: '', fromText: true });
  });

  it('keeps trailing zeros as shown precision (2,161.00 has two decimals)', () => {
    expect(text('2,161.00')).toMatchObject({ value: '2161', decimals: 2 });
  });

  it('reads a negative percentage as a fraction with two more decimals', () => {
    expect(text('-23.20%')).toEqual({ value: '-0.232', decimals: 4, percent: true, unit: '', fromText: true });
  });

  it('reads 100% and 0% as rates', () => {
    expect(text('100%')).toMatchObject({ value: '1', decimals: 2, percent: true });
    expect(text('0%')).toMatchObject({ value: '0', decimals: 2, percent: true });
  });

  it.each([
    ['10.00分', '10', 2, '分'],
    ['2.03亿元', '2.03', 2, '亿元'],
    ['0.29万人', '0.29', 2, '万人'],
    ['11412人', '11412', 0, '人'],
    ['9个月', '9', 0, '个月'],
    ['13,129.54万元', '13129.54', 2, '万元'],
    ['10.00 分', '10', 2, '分'],
  ])('reads %s with its unit', (typed, value, decimals, unit) => {
    expect(text(typed)).toEqual({ value, decimals, percent: false, unit, fromText: true });
  });

  it.each([
    ['－１２３．４５', '-123.45', 2, false],
    ['１２％', '0.12', 2, true],
    ['１２３，４５６．７８', '123456.78', 2, false],
    ['−5.5', '-5.5', 1, false],
    ['＋３', '3', 0, false],
  ])('reads full-width digits and signs: %s', (typed, value, decimals, percent) => {
    expect(text(typed)).toMatchObject({ value, decimals, percent });
  });

  it('reads accounting negatives in brackets', () => {
    expect(text('(1,200.50)')).toMatchObject({ value: '-1200.5', decimals: 2 });
  });

  it.each(['—', '——', '-', '－', '--', '/', 'N/A', 'n/a', '', '   ', '\u3000', '无'])('reads %j as no value', (typed) => {
    expect(text(typed)).toEqual({ kind: 'empty' });
  });

  it.each(['2019年', '≥95%', '每月25日前', '1,23', '12.3.4', '第1名', '(5', '5)', '1.5E+3'])('leaves %s as text', (typed) => {
    expect(parseNumberText(typed).kind).toBe('text');
  });
});

describe('parseCellValue: stored numbers', () => {
  it('takes the shown decimals from the number format', () => {
    expect(cell(13833.6, '#,##0.00')).toEqual({ value: '13833.6', decimals: 2, percent: false, unit: '', fromText: false });
    expect(cell(198731, '0')).toMatchObject({ value: '198731', decimals: 0 });
  });

  it('reads a percentage format as a fraction with two more decimals', () => {
    expect(cell(-0.232, '0.00%')).toEqual({ value: '-0.232', decimals: 4, percent: true, unit: '', fromText: false });
    expect(cell(1, '0.0%')).toMatchObject({ value: '1', decimals: 3, percent: true });
  });

  it('rounds a stored value to what its format shows, half away from zero', () => {
    expect(cell(1.005, '0.00')).toMatchObject({ value: '1.01', decimals: 2 });
    expect(cell(-2.345, '0.00')).toMatchObject({ value: '-2.35', decimals: 2 });
    expect(cell(0.09196, '0.0%')).toMatchObject({ value: '0.092', decimals: 3 });
  });

  it('takes a unit from a quoted suffix in the format', () => {
    expect(cell(10, '0.00"分"')).toMatchObject({ value: '10', decimals: 2, unit: '分' });
  });

  it('reads the first section of a format with sections', () => {
    expect(cell(-5, '#,##0.00_);[Red](#,##0.00)')).toMatchObject({ value: '-5', decimals: 2 });
  });

  it('drops binary noise under General, as Excel shows the value', () => {
    expect(cell(0.1 + 0.2)).toMatchObject({ value: '0.3', decimals: 1 });
    expect(cell(0.1 + 0.2, 'General')).toMatchObject({ value: '0.3', decimals: 1 });
    expect(cell(1.1 * 3)).toMatchObject({ value: '3.3', decimals: 1 });
    expect(cell(43436.13)).toMatchObject({ value: '43436.13', decimals: 2 });
    expect(cell(42)).toMatchObject({ value: '42', decimals: 0 });
  });

  it('reads a stored number as the text Excel shows under General: 15 significant digits, no −0', () => {
    // Against the text route (Decimal of String(Number(x.toPrecision(15)))) on seeded numbers of every size.
    const random = seededRandom(1129);
    const numbers = [-0, 0, 1e7 - 1, 1e7, -(1e7 - 1), 2 ** 53, 1e21, 1e-7, 0.1 + 0.2, 123456789.125, -0.000123];
    for (let i = 0; i < 3000; i++) {
      const magnitude = 10 ** Math.floor(random() * 30 - 12);
      const x = (random() - 0.5) * magnitude;
      numbers.push(x, Math.round(x), Math.round(x * 100) / 100);
    }
    for (const x of numbers) {
      const parsed = parseCellValue({ value: x });
      const viaText = new Dec(Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(15))));
      expect(parsed.kind === 'number' && [parsed.value.toString(), parsed.value.isNeg()]).toEqual([viaText.toString(), viaText.isNeg()]);
    }
  });

  it('treats a text format (@) like General', () => {
    expect(cell(7.25, '@')).toMatchObject({ value: '7.25', decimals: 2 });
  });
});

describe('parseCellValue: what is not a number', () => {
  it('reads a blank cell as empty', () => {
    expect(cell(null)).toEqual({ kind: 'empty' });
  });

  it.each(['#DIV/0!', '#REF!', '#VALUE!', '#N/A'])('keeps the Excel error %s', (code) => {
    expect(cell({ error: code })).toEqual({ kind: 'error', code });
  });

  it.each(['#DIV/0!', '#REF!', '#value!'])('reads the error code %s typed or handed over as text as an Excel error', (code) => {
    expect(text(code)).toEqual({ kind: 'error', code: code.toUpperCase() });
  });

  it('reads a non-finite stored number as #NUM!', () => {
    expect(cell(Number.POSITIVE_INFINITY)).toEqual({ kind: 'error', code: '#NUM!' });
  });

  it('reads booleans and prose as text', () => {
    expect(cell(true)).toEqual({ kind: 'text', text: 'true' });
    expect(cell('按标准审核后足额发放')).toEqual({ kind: 'text', text: '按标准审核后足额发放' });
  });
});

describe('statedInterval', () => {
  it('spans half a unit of the last shown decimal either side', () => {
    const parsed = parseNumberText('43,436.13');
    if (parsed.kind !== 'number') throw new Error('not a number');
    const interval = statedInterval(parsed);
    expect([interval.lo.toString(), interval.hi.toString()]).toEqual(['43436.125', '43436.135']);
  });

  it('makes a rate shown with fewer decimals a wider interval', () => {
    const parsed = parseNumberText('9.2%');
    if (parsed.kind !== 'number') throw new Error('not a number');
    const interval = statedInterval(parsed);
    expect([interval.lo.toString(), interval.hi.toString()]).toEqual(['0.0915', '0.0925']);
  });
});
