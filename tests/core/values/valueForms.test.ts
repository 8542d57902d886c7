import type { GridCell } from '../../../src/core';
import { CellValues } from '../../../src/core/relations/CellValues';
import { relations } from '../../helpers/relations';
import { describeNumberFormat, shownNumber, shownNumberFromText } from '../../../src/core/values/numberFormat';
import { parseCellValue, parseNumberText, type ParsedValue } from '../../../src/core/values/parseCellValue';
import { readRatesCellByCell } from '../../../src/core/catalogue/readRatesCellByCell';
import { seededRandom, sheetFromRows, workbookOf } from '../../helpers/grid';

/** Values as people type them (issue 7, item 3): negatives, placeholders, large 元 amounts, formats, percentages. */
function plain(parsed: ParsedValue) {
  if (parsed.kind !== 'number') return parsed;
  return { kind: parsed.kind, value: parsed.value.toString(), decimals: parsed.decimals, percent: parsed.percent, unit: parsed.unit };
}
const text = (value: string) => plain(parseNumberText(value));
const stored = (value: GridCell['value'], numberFormat?: string) => plain(parseCellValue({ value, numberFormat }));

describe('negatives as staff type them', () => {
  it.each([
    ['(1,234.56)', '-1234.56'],
    ['（1,234.56）', '-1234.56'],
    ['－1234.56', '-1234.56'],
    ['－1，234.56', '-1234.56'],
    ['△1234.56', '-1234.56'],
    ['△1,234.56', '-1234.56'],
    ['(12.34%)', '-0.1234'],
    ['△12.34%', '-0.1234'],
  ])('reads %s as %s', (typed, value) => {
    expect(text(typed)).toMatchObject({ value });
  });

  it('keeps a negative marked twice or a bracket left open as text, not a guess', () => {
    for (const typed of ['△-5', '(5', '5)', '△']) expect(parseNumberText(typed).kind).toBe('text');
  });

  it('reads a stored negative through an accounting format as the value, with the shown decimals', () => {
    const accounting = '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)';
    expect(stored(-1234.5, accounting)).toEqual({ kind: 'number', value: '-1234.5', decimals: 2, percent: false, unit: '' });
    expect(stored(-1234.5, '#,##0;(#,##0)')).toMatchObject({ value: '-1235', decimals: 0 });
    expect(stored(-5.5, '0.00;[Red]"△"0.00')).toMatchObject({ value: '-5.5', decimals: 2, unit: '' });
    expect(stored(-12, '#,##0.00;[红色]-#,##0.00')).toMatchObject({ value: '-12', decimals: 2 });
  });

  it('reads an accounting zero shown as "-" as the number 0, not as a placeholder', () => {
    expect(stored(0, '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)')).toMatchObject({ kind: 'number', value: '0', decimals: 2 });
  });
});

describe('not applicable', () => {
  it.each(['—', '-', '－', '', '——'])('%j is no value: never an error, never a number', (typed) => {
    expect(text(typed)).toEqual({ kind: 'empty' });
  });
});

describe('amounts in 元, 万元 and 亿元', () => {
  it('keeps every digit of a ten-digit 元 amount with two decimals', () => {
    expect(stored(2048130000.12, '#,##0.00')).toMatchObject({ value: '2048130000.12', decimals: 2 });
    expect(stored(12345678901.23)).toMatchObject({ value: '12345678901.23', decimals: 2 });
    expect(text('2,048,130,000.12')).toMatchObject({ value: '2048130000.12', decimals: 2 });
  });

  it('keeps four decimals of an amount in 亿元', () => {
    expect(stored(20.4813, '0.0000')).toMatchObject({ value: '20.4813', decimals: 4 });
    expect(text('20.4813亿元')).toMatchObject({ value: '20.4813', decimals: 4, unit: '亿元' });
  });
});

describe('what a number format makes of a value', () => {
  it('scales by a trailing comma, as Excel shows thousands', () => {
    expect(stored(1234567, '0.00,')).toMatchObject({ value: '1234.57', decimals: 2 });
    expect(stored(1234567, '#,##0.0,,')).toMatchObject({ value: '1.2', decimals: 1 });
  });

  it('reads literal text shown with the number as its unit', () => {
    expect(stored(10, '0.00"分"')).toMatchObject({ value: '10', decimals: 2, unit: '分' });
    expect(stored(1234567, '0.00,,"万"')).toMatchObject({ unit: '万' });
  });

  it('takes the decimals of the section a value is shown in', () => {
    expect(shownNumber(-3.456, '0.00;-0.0')).toMatchObject({ decimals: 1 });
    expect(shownNumber(3.456, '0.00;-0.0')).toMatchObject({ decimals: 2 });
  });

  it('ignores padding and locale colours', () => {
    expect(describeNumberFormat('#,##0.00_ ;[红色]\\-#,##0.00\\ ')).toMatchObject({ decimals: 2, percent: false });
    expect(describeNumberFormat('[蓝色]0.0%')).toMatchObject({ decimals: 1, percent: true });
  });

  it('leaves General, text, dates and unreadable codes to the value itself', () => {
    for (const format of ['General', '@', 'yyyy-mm-dd', '0.00E+00', '[Bogus', undefined]) expect(describeNumberFormat(format).decimals).toBeNull();
    expect(stored(0.1 + 0.2, 'yyyy-mm-dd')).toMatchObject({ value: '0.3', decimals: 1 });
  });

  it('reads a fixed-digit format once per sign: the same as formatting each value (3,000 seeded values)', () => {
    const formats = [
      '0.00', '#,##0.00', '0.0%', '0.00"分"', '0.00;(0.00)', '0.00;[Red]-0.0', '#,##0;-#,##0;"-"', '[红色]0.00', '0.00,', '0',
      '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ',
      // Formats whose look depends on more than the sign take the slow path; they are here to prove it.
      '0.0#', '#.##', '0.0?', '[>100]0;0.00', '# ?/?', '0.00;General',
    ];
    const random = seededRandom(20261129);
    for (let i = 0; i < 3000; i++) {
      const format = formats[Math.floor(random() * formats.length)];
      const magnitude = 10 ** Math.floor(random() * 16 - 6);
      const value = random() < 0.1 ? 0 : (random() < 0.5 ? -1 : 1) * Math.round(random() * 1e6) / 1e6 * magnitude;
      expect({ format, value, shown: shownNumber(value, format) }).toEqual({ format, value, shown: shownNumberFromText(value, format) });
    }
  });

  it('keeps reading optional decimals from each value', () => {
    expect(shownNumber(1.5, '0.0#')).toMatchObject({ decimals: 1 });
    expect(shownNumber(1.25, '0.0#')).toMatchObject({ decimals: 2 });
    expect(shownNumber(0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ')).toMatchObject({ decimals: 2 });
  });

  it('rounds the shown value half-up in decimal arithmetic (1.005 shows 1.01, as Excel does)', () => {
    expect(stored(1.005, '0.00')).toMatchObject({ value: '1.01' });
  });
});

describe('percentages read cell by cell', () => {
  // 本年 / 上年 in B and C, 增长率 in D under a `增长率(%)` header, one form per row.
  const rows: (string | number | null | GridCell)[][] = [
    ['险种', '本年', '上年', '增长率(%)'],
    ['甲', 105.72, 100, 5.72],
    ['乙', 110, 100, '10.00%'],
    ['丙', 120, 100, { value: 0.2, numberFormat: '0.00%' }],
    ['丁', 103, 100, 3],
    ['戊', 104, 100, null],
  ];
  const values = new CellValues(workbookOf(sheetFromRows('表', rows)));
  const ref = (row: number, col: number) => ({ sheet: '表', row, col });
  const line = [1, 2, 3, 4, 5].map((row) => relations.growthRate(ref(row, 3), ref(row, 1), ref(row, 2)));
  const read = readRatesCellByCell(line, values, '增长率(%)');

  it('reads a bare number as points, `%` text and percent-formatted cells as fractions, each by its own form', () => {
    expect(read.map((r) => r.factor ?? 1)).toEqual([100, 1, 1, 100, 100]);
  });

  it('so every rate of the mixed column agrees with its inputs', async () => {
    const { evaluateRelation } = await import('../../../src/core/relations/evaluateRelation');
    expect(read.slice(0, 4).map((r) => evaluateRelation(r, values).status)).toEqual(['holds', 'holds', 'holds', 'holds']);
  });

  it('reads bare fractions as fractions when the numbers say so, whatever the neighbours show', () => {
    const fractions = new CellValues(
      workbookOf(sheetFromRows('表', [['险种', '本年', '上年', '增长率'], ['甲', 105.72, 100, 0.0572], ['乙', 110, 100, '10.00%'], ['丙', 120, 100, 0.2]])),
    );
    const fractionLine = [1, 2, 3].map((row) => relations.growthRate(ref(row, 3), ref(row, 1), ref(row, 2)));
    expect(readRatesCellByCell(fractionLine, fractions, '增长率').map((r) => r.factor ?? 1)).toEqual([1, 1, 1]);
  });

  it('counts every bare row, not the first: a mistyped first rate does not decide how the line is read', () => {
    // No % in the header: points must win on the count. The first rate holds neither way (a typo to report).
    const typed = [['险种', '本年', '上年', '增长率'], ['甲', 105.72, 100, 9.99], ['乙', 110, 100, 10], ['丙', 120, 100, 20], ['丁', 103, 100, 3]];
    const points = new CellValues(workbookOf(sheetFromRows('表', typed)));
    const pointsLine = [1, 2, 3, 4].map((row) => relations.growthRate(ref(row, 3), ref(row, 1), ref(row, 2)));
    expect(readRatesCellByCell(pointsLine, points, '增长率').map((r) => r.factor ?? 1)).toEqual([100, 100, 100, 100]);
    // A tie (one row each way) goes to what the header says.
    const tied = [['险种', '本年', '上年', '增长率'], ['甲', 105, 100, 5], ['乙', 110, 100, 0.1], ['丙', 120, 100, 7]];
    const tie = new CellValues(workbookOf(sheetFromRows('表', tied)));
    const tieLine = [1, 2, 3].map((row) => relations.growthRate(ref(row, 3), ref(row, 1), ref(row, 2)));
    expect(readRatesCellByCell(tieLine, tie, '增长率').map((r) => r.factor ?? 1)).toEqual([1, 1, 1]);
    expect(readRatesCellByCell(tieLine, tie, '增长率(%)').map((r) => r.factor ?? 1)).toEqual([100, 100, 100]);
  });
});
