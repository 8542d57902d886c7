import { analyseWorkbook, type GridCell } from '../../../src/core';
import { INFERRED, type ColumnCandidate } from '../../../src/core/discovery/candidates';
import { confirmationKey } from '../../../src/core/discovery/discoverRelations';
import { a1, sheetFromRows, workbookOf } from '../../helpers/grid';

/**
 * Relation discovery (issue 7, item 7): a table whose headers are unknown words or absent is read from its
 * numbers alone, its totals, differences and rates recognised, and a mistake in it found; blocks of numbers
 * where no relation holds clearly are left alone.
 */
type Row = (string | number | null | GridCell)[];
const pct = (value: number): GridCell => ({ value, numberFormat: '0.00%' });

// 本年, 上年, 增减 (= 本年 − 上年), 增长率 (= 增减 ÷ 上年), 预算, 执行率 (= 本年 ÷ 预算); bazhou's income figures.
const FUNDS: [string, number, number, number][] = [
  ['甲', 204813, 266682, 198731],
  ['乙', 47161, 49980, 48784],
  ['丙', 4326, 7139, 4123],
  ['丁', 12799, 14236, 12455],
];
function row(label: string, actual: number, prior: number, budget: number): Row {
  return [label, actual, prior, actual - prior, pct(Math.round(((actual - prior) / prior) * 10000) / 10000), budget, pct(Math.round((actual / budget) * 10000) / 10000)];
}
const total = FUNDS.reduce((t, f) => [t[0], t[1] + f[1], t[2] + f[2], t[3] + f[3]], ['汇总', 0, 0, 0] as [string, number, number, number]);
const HEADER: Row = ['单位', '栏目一', '栏目二', '栏目三', '栏目四', '栏目五', '栏目六'];
const body = (): Row[] => [...FUNDS.map((f) => row(...f)), row(...total)];

function analyse(rows: Row[]) {
  return analyseWorkbook(workbookOf(sheetFromRows('表', rows, { row: 2, col: 1 })));
}
const errors = (analysis: ReturnType<typeof analyse>) => analysis.findings.filter((f) => f.severity === 'error');

describe('a table with unknown headers, read from its numbers', () => {
  it('is recognised and clean', () => {
    const analysis = analyse([HEADER, ...body()]);
    expect(analysis.tables.map((t) => t.kind)).toEqual(['numeric']);
    expect(analysis.findings).toEqual([]);
  });

  it('finds a transposed digit in an input, and says the relation was inferred from the numbers', () => {
    const rows = [HEADER, ...body()];
    rows[2][1] = 41761; // 乙's 本年, 47161 with two digits swapped
    const [finding, ...rest] = errors(analyse(rows));
    expect(rest).toEqual([]);
    expect({ cell: a1(finding), expected: finding.expected }).toEqual({ cell: 'C5', expected: '47161' });
    expect(finding.message).toContain(INFERRED);
  });

  it('finds a rate on the wrong base', () => {
    const rows = [HEADER, ...body()];
    rows[3][4] = pct(-0.6503); // 丙's 增长率 as 增减 ÷ 本年 instead of ÷ 上年 (−39.40%)
    expect(errors(analyse(rows)).map((f) => [a1(f), f.expected])).toEqual([['F6', '-39.40%']]);
  });

  it('finds a 合计 row that left one row out, at each of its amounts, and names the row left out', () => {
    const rows: Row[] = [HEADER, ...FUNDS.map((f) => row(...f))];
    const partial = FUNDS.slice(0, 3).reduce((t, f) => [t[0], t[1] + f[1], t[2] + f[2], t[3] + f[3]], ['汇总', 0, 0, 0] as [string, number, number, number]);
    rows.push(row(...partial));
    const found = errors(analyse(rows));
    expect(found.map(a1)).toEqual(['C8', 'D8', 'E8', 'G8']);
    expect(found[0].message).toContain('漏加了该项');
  });

  it('reads a table without any header row the same way', () => {
    const rows = body();
    rows[0][3] = 61869; // 甲's 增减 with its sign flipped
    expect(errors(analyse(rows)).map((f) => [a1(f), f.expected])).toEqual([['E3', '-61869']]);
  });
});

describe('guards against coincidences', () => {
  it('a relation that holds on two rows only is not accepted', () => {
    const rows: Row[] = [
      ['a', 10, 4, 6],
      ['b', 20, 5, 15],
      ['c', 31, 7, 3],
      ['d', 47, 9, 11],
    ];
    expect(analyse(rows).tables).toEqual([]);
  });

  it('columns of zeros or of one constant take part in no relation', () => {
    const rows: Row[] = [
      // Without the guard the third column would be the first plus the zeros (or minus them) on every row.
      ['a', 13, 0, 13, 5],
      ['b', 27, 0, 27, 5],
      ['c', 32, 0, 32, 5],
      ['d', 58, 0, 58, 5],
    ];
    expect(analyse(rows).tables).toEqual([]);
  });

  it('a list of unrelated figures is no table', () => {
    const rows: Row[] = [
      ['人数', 1520, 88, 3.5],
      ['户数', 731, 412, 9.25],
      ['次数', 96, 1043, 12],
      ['件数', 5120, 17, 0.5],
    ];
    expect(analyse(rows).tables).toEqual([]);
    expect(analyse(rows).findings).toEqual([]);
  });
});

describe('one confirmation per sum', () => {
  const candidate = (shape: ColumnCandidate['shape'], target: number, a: number, b: number, factor: 1 | 100 = 1): ColumnCandidate => ({ shape, target, a, b, factor });

  it('confirms t = a − b, a = t + b and b = a − t once, as one sum', () => {
    // Columns 3 = 1 − 2, i.e. 1 = 3 + 2: three forms, one key.
    const forms = [candidate('difference', 3, 1, 2), candidate('addition', 1, 3, 2), candidate('addition', 1, 2, 3), candidate('difference', 2, 1, 3)];
    expect(new Set(forms.map(confirmationKey)).size).toBe(1);
  });

  it('keeps apart sums of other columns, other targets, and every rate', () => {
    const different = [
      candidate('difference', 3, 1, 2), // 1 = 3 + 2
      candidate('difference', 4, 1, 2), // 1 = 4 + 2: another target, another sum
      candidate('difference', 3, 2, 1), // 2 = 3 + 1
      candidate('addition', 3, 1, 2), // 3 = 1 + 2
      candidate('ratio', 3, 1, 2),
      candidate('ratio', 3, 1, 2, 100),
      candidate('growth', 3, 1, 2),
      candidate('ratio', 3, 2, 1),
    ];
    expect(new Set(different.map(confirmationKey)).size).toBe(different.length);
  });
});
