import { analyseWorkbook, type GridCell } from '../../../src/core';
import { INFERRED, type ColumnCandidate } from '../../../src/core/discovery/candidates';
import { confirmationKey, discoverRelations, type Discovery } from '../../../src/core/discovery/discoverRelations';
import { CellValues } from '../../../src/core/relations/CellValues';
import { a1, seededRandom, sheetFromRows, workbookOf, type Literal } from '../../helpers/grid';

/**
 * Relation discovery (issue 7, item 7): a table of the report's lines (funds, a 合计) whose headers are unknown
 * words or absent is read from its numbers, its differences and rates recognised, and a mistake in it found;
 * blocks of numbers where no relation holds clearly are left alone, and figures with no word of the report at all
 * are no report's (issue 18: numbers alone never make a finding).
 */
type Row = (string | number | null | GridCell)[];
const pct = (value: number): GridCell => ({ value, numberFormat: '0.00%' });

// 本年, 上年, 增减 (= 本年 − 上年), 增长率 (= 增减 ÷ 上年), 预算, 执行率 (= 本年 ÷ 预算); bazhou's income figures.
const FUNDS: [string, number, number, number][] = [
  ['企业职工基本养老保险', 204813, 266682, 198731],
  ['机关事业单位基本养老保险', 47161, 49980, 48784],
  ['工伤保险', 4326, 7139, 4123],
  ['失业保险', 12799, 14236, 12455],
];
function row(label: string, actual: number, prior: number, budget: number): Row {
  return [label, actual, prior, actual - prior, pct(Math.round(((actual - prior) / prior) * 10000) / 10000), budget, pct(Math.round((actual / budget) * 10000) / 10000)];
}
const total = FUNDS.reduce((t, f) => [t[0], t[1] + f[1], t[2] + f[2], t[3] + f[3]], ['合计', 0, 0, 0] as [string, number, number, number]);
const HEADER: Row = ['险种', '栏目一', '栏目二', '栏目三', '栏目四', '栏目五', '栏目六'];
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

  it('finds a transposed digit in an input, and says which relation was inferred from the numbers', () => {
    const rows = [HEADER, ...body()];
    rows[2][1] = 41761; // 机关事业's 本年, 47161 with two digits swapped
    const analysis = analyse(rows);
    const [finding, ...rest] = errors(analysis);
    expect(rest).toEqual([]);
    expect({ cell: a1(finding), expected: finding.expected }).toEqual({ cell: 'C5', expected: '47161' });
    // The 合计 is the words'; the difference in 栏目三 (and the rate after it) the numbers', and the message says so.
    expect(finding.message).toContain('栏目一');
    const inferred = analysis.findings.filter((f) => f.severity === 'info' && f.causedBy);
    expect(inferred.map((f) => a1(f))).toEqual(expect.arrayContaining(['E5']));
    expect(inferred.find((f) => a1(f) === 'E5')!.message).toContain(INFERRED);
  });

  it('finds a rate on the wrong base', () => {
    const rows = [HEADER, ...body()];
    rows[3][4] = pct(-0.6503); // 丙's 增长率 as 增减 ÷ 本年 instead of ÷ 上年 (−39.40%)
    expect(errors(analyse(rows)).map((f) => [a1(f), f.expected])).toEqual([['F6', '-39.40%']]);
  });

  it('finds a 合计 row that left one row out, at each of its amounts, and names the row left out', () => {
    const rows: Row[] = [HEADER, ...FUNDS.map((f) => row(...f))];
    const partial = FUNDS.slice(0, 3).reduce((t, f) => [t[0], t[1] + f[1], t[2] + f[2], t[3] + f[3]], ['合计', 0, 0, 0] as [string, number, number, number]);
    rows.push(row(...partial));
    const found = errors(analyse(rows));
    expect(found.map(a1)).toEqual(['C8', 'D8', 'E8', 'G8']);
    expect(found[0].message).toContain('漏加了该项');
  });

  it('reads a table without any header row the same way', () => {
    const rows = body();
    rows[0][3] = 61869; // 企业职工's 增减 with its sign flipped
    expect(errors(analyse(rows)).map((f) => [a1(f), f.expected])).toEqual([['E3', '-61869']]);
  });

  it('says nothing of the same figures under lines that name nothing of the report (甲…丁, 汇总)', () => {
    const rows = body().map((r, i) => [i < 4 ? `${'甲乙丙丁'[i]}单位` : '汇总', ...r.slice(1)]);
    rows[0][3] = 61869;
    expect(analyse([HEADER, ...rows]).findings).toEqual([]);
    expect(analyse([HEADER, ...rows]).tables).toEqual([]);
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

describe('discovery for a failing line widens only as far as its answer depends', () => {
  // Random blocks of related columns (sums, differences, rates, chained on one another), some cells mistyped: for
  // every column, the discovery aimed at it must give the very replacement the whole block's discovery gives — the
  // first candidate aimed at it whose inputs are not derived columns (what reconcileRelations asks).
  function randomBlock(random: () => number): Literal[][] {
    const rows = 4 + Math.floor(random() * 5);
    const columns: Literal[][] = [];
    const amounts: number[][] = [];
    const int = (n: number) => Math.floor(random() * n);
    const width = 5 + int(9);
    for (let c = 0; c < width; c++) {
      const [a, b] = [amounts[int(amounts.length)], amounts[int(amounts.length)]];
      const kind = amounts.length < 2 ? 'base' : (['base', 'sum', 'difference', 'ratio', 'growth'] as const)[int(5)];
      if (kind === 'base' || a === b) {
        const base = Array.from({ length: rows }, () => 100 + int(90000));
        amounts.push(base);
        columns.push(base);
      } else if (kind === 'sum' || kind === 'difference') {
        const made = a.map((x, r) => (kind === 'sum' ? x + b[r] : x - b[r]));
        amounts.push(made);
        columns.push(made);
      } else {
        columns.push(a.map((x, r) => pct(Math.round(((kind === 'ratio' ? x : x - b[r]) / b[r]) * 10000) / 10000)));
      }
    }
    const table = Array.from({ length: rows }, (_, r) => columns.map((column) => column[r]));
    for (let slips = int(3); slips > 0; slips--) {
      const [r, c] = [int(rows), int(width)];
      if (typeof table[r][c] === 'number') table[r][c] = (table[r][c] as number) + 1 + int(500);
    }
    return table.map((cells, r) => [`行${r}`, ...cells]);
  }

  function replacement(discovery: Discovery, target: number) {
    const derived = new Set(discovery.columns.map((c) => c.candidate.target));
    return discovery.ranked.find((c) => c.candidate.target === target && !derived.has(c.candidate.a) && !derived.has(c.candidate.b)) ?? null;
  }

  it('gives the whole discovery’s answer on 100 random blocks', () => {
    const random = seededRandom(20261129);
    let replaced = 0;
    let narrower = 0;
    for (let n = 0; n < 100; n++) {
      const rows = randomBlock(random);
      const values = new CellValues(workbookOf(sheetFromRows('表', rows)));
      const block = { sheet: '表', rows: rows.map((_, r) => r), cols: rows[0].slice(1).map((_, c) => c + 1) };
      const name = (col: number) => `列${col}`;
      const whole = discoverRelations(block, values, name, { columnsOnly: true });
      block.cols.forEach((col, target) => {
        const aimed = discoverRelations(block, values, name, { columnsOnly: true, wanted: new Set([col]) });
        const expected = replacement(whole, target);
        expect(replacement(aimed, target)).toEqual(expected);
        if (expected) replaced++;
        if (aimed.ranked.length > 0 && aimed.ranked.length < whole.ranked.length) narrower++;
      });
    }
    // The generator must make both cases common: replacements to find, and aimed discoveries smaller than the whole.
    expect(replaced).toBeGreaterThan(150);
    expect(narrower).toBeGreaterThan(300);
  });
});
