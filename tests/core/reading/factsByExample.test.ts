import { analyseWorkbook, type GridCell } from '../../../src/core';
import { a1, key, sheetFromRows, withCell, workbookOf } from '../../helpers/grid';

/**
 * Issue 18's own examples: figures read as facts (whose, which flow, which year, what unit), so the relations come
 * from what the figures are, whatever the layout, and each message names the facts as a person would.
 */
type Row = (string | number | null | GridCell)[];
const pct = (value: number): GridCell => ({ value, numberFormat: '0.00%' });
const errors = (rows: Row[][], names = ['表']) =>
  analyseWorkbook(workbookOf(...rows.map((r, i) => sheetFromRows(names[i], r)))).findings.filter((f) => f.severity === 'error');

const SEVEN: [string, number, number][] = [
  ['企业职工基本养老保险', 204813, 259666],
  ['机关事业单位基本养老保险', 47161, 51463],
  ['城乡居民基本养老保险', 8812, 6231],
  ['职工基本医疗保险', 30112, 28101],
  ['城乡居民基本医疗保险', 22431, 21877],
  ['工伤保险', 4326, 8858],
  ['失业保险', 12799, 15002],
];

describe('the plainest 收支余情况表', () => {
  // 项目 | 基金收入 | 基金支出 | 当期结余: the headers name flows only, no measure; the figures are this year's.
  const table = (incomeExtra: number): Row[] => {
    const total = SEVEN.reduce((t, [, i, e]) => [t[0] + i, t[1] + e], [0, 0]);
    return [
      ['2020年社会保险基金收支余情况表'],
      ['项目', '基金收入', '基金支出', '当期结余'],
      ...SEVEN.map(([name, i, e]): Row => [name, i, e, i - e]),
      ['合计', total[0] + incomeExtra, total[1], total[0] - total[1]],
    ];
  };

  it('is clean as it should be', () => {
    expect(analyseWorkbook(workbookOf(sheetFromRows('表', table(0)))).findings).toEqual([]);
  });

  it('finds a 合计 基金收入 500 more than its funds, at that cell, naming the funds', () => {
    const [found, ...rest] = errors([table(500)]);
    expect(rest).toEqual([]);
    expect([a1(found), found.expected]).toEqual(['B10', '330454']);
    expect(found.message).toMatch(/^合计 2020年收入 ≠ 企业职工养老 \+ 机关事业养老 \+ 城乡居民养老 \+ 职工医疗 等 7 项之和/);
  });
});

describe('hierarchy sums at every level', () => {
  const rows: Row[] = [
    ['险种', '本年收入'],
    ['企业职工基本养老保险', 204813],
    ['机关事业单位基本养老保险', 47161],
    ['城乡居民基本养老保险', 8812],
    ['养老保险小计', 260786],
    ['工伤保险', 4326],
    ['失业保险', 12799],
    ['合计', 277911],
  ];

  it('reads a clean table of funds, a grouping’s 小计 and the 合计 over the 小计', () => {
    expect(analyseWorkbook(workbookOf(sheetFromRows('表', rows)))).toMatchObject({ findings: [] });
  });

  it('names a 小计 that leaves out a fund by the funds it should sum', () => {
    const broken = errors([rows.map((r, i) => (i === 4 ? ['养老保险小计', 251974] : r))]);
    expect(broken.map((f) => [a1(f), f.expected])).toEqual([['B5', '260786']]);
    expect(broken[0].message).toContain('养老保险小计 本年收入 ≠ 企业职工养老 + 机关事业养老 + 城乡居民养老');
  });

  it('finds a 合计 that counts the 小计 and its funds', () => {
    const broken = errors([rows.map((r, i) => (i === 7 ? ['合计', 277911 + 260786] : r))]);
    expect(broken.map((f) => [a1(f), f.expected])).toEqual([['B8', '277911']]);
    expect(broken[0].message).toContain('合计 本年收入 ≠ 养老保险小计 + 工伤 + 失业');
  });
});

describe('a 合计’s rate comes from the 合计’s own amounts', () => {
  const rate = (a: number, b: number) => pct(Math.round(((a - b) / b) * 10000) / 10000);
  const rows = (totalRate: GridCell): Row[] => [
    ['2022年社会保险基金支出情况表'],
    ['险种', '2022年支出', '2021年支出', '增长率'],
    ['工伤保险', 8858, 12625, rate(8858, 12625)],
    ['失业保险', 15002, 12232, rate(15002, 12232)],
    ['合计', 23860, 24857, totalRate],
  ];

  it('is clean with the 合计’s rate computed from its amounts', () => {
    expect(errors([rows(rate(23860, 24857))])).toEqual([]);
  });

  it('says so where the 合计’s rate is the average of the funds’ rates', () => {
    const averaged = pct(Math.round(((-0.2984 + 0.2265) / 2) * 10000) / 10000);
    const [found, ...rest] = errors([rows(averaged)]);
    expect(rest).toEqual([]);
    expect([a1(found), found.expected]).toEqual(['D5', '-4.01%']);
    expect(found.message).toMatch(/^合计 2022年支出增长率 ≠ .*；合计的比率应按合计金额计算，不应由各项比率平均得出$/);
  });
});

describe('the same fact stated twice', () => {
  const summary: Row[] = [
    ['2020年社会保险基金收支余情况表'],
    [null, null, null, '单位：万元'],
    ['险种', '基金收入', '基金支出', '累计结余'],
    ['企业职工基本养老保险', 204813, 259666, 252627],
    ['机关事业单位基本养老保险', 47161, 51463, 822],
    ['工伤保险', 4326, 8858, 12159],
    ['合计', 256300, 319987, 265608],
  ];
  const detail: Row[] = [
    ['2020年社会保险基金决算结余表'],
    [null, '单位：万元'],
    ['项目', '2020年年末滚存结余'],
    ['社会保险基金年末滚存结余', 265608],
    ['一、企业职工基本养老保险基金', 252627],
    ['二、机关事业单位基本养老保险基金', 822],
    ['三、工伤保险基金', 12159],
  ];

  it('agrees in a summary table and its detail table on another sheet', () => {
    expect(errors([summary, detail], ['收支余情况表', '决算结余表'])).toEqual([]);
  });

  it('names both cells where one copy disagrees', () => {
    const workbook = withCell(workbookOf(sheetFromRows('收支余情况表', summary), sheetFromRows('决算结余表', detail)), '决算结余表', 5, 1, { value: 288 });
    const found = analyseWorkbook(workbook).findings.filter((f) => f.severity === 'error');
    expect(found.map(key)).toEqual(['决算结余表!B6']);
    expect(found[0].message).toContain('同一数字在两处不一致：收支余情况表!D5 与 决算结余表!B6');
  });

  it('agrees between a 万元 table and its 亿元 copy within the shown precision', () => {
    const yi: Row[] = [['2020年社会保险基金收支情况（亿元）'], [null, '单位：亿元'], ['险种', '基金收入'], ['企业职工基本养老保险', 20.48], ['机关事业单位基本养老保险', 4.72], ['工伤保险', 0.43], ['合计', 25.63]];
    expect(errors([summary, yi], ['万元', '亿元'])).toEqual([]);
    const wrong = withCell(workbookOf(sheetFromRows('万元', summary), sheetFromRows('亿元', yi)), '亿元', 4, 1, { value: 4.27 });
    expect(analyseWorkbook(wrong).findings.filter((f) => f.severity === 'error').map(key)).toEqual(['亿元!B5']);
  });
});

describe('layouts read this round (issue 18, from the fact generator’s failures)', () => {
  const clean = (rows: Row[], name = '表') => analyseWorkbook(workbookOf(sheetFromRows(name, rows))).findings;
  const errorCells = (rows: Row[], row: number, col: number, value: GridCell | number, name = '表') =>
    analyseWorkbook(withCell(workbookOf(sheetFromRows(name, rows)), name, row, col, typeof value === 'number' ? { value } : value))
      .findings.filter((f) => f.severity === 'error')
      .map((f) => a1(f));

  // The 合计 on top, then 养老保险小计 before its numbered funds, then the 医疗 funds under their own 小计.
  const subtotalsFirst: Row[] = [
    ['险种', '支出合计', '社会保险待遇支出', '其他支出'],
    ['合计', 54106, 51450, 2656],
    ['养老保险小计', 15843, 14102, 1741],
    ['二、机关事业单位基本养老保险', 13159, 11694, 1465],
    ['三、城乡居民基本养老保险', 2684, 2408, 276],
    ['医疗保险小计', 38263, 37348, 915],
    ['五、职工基本医疗保险（含生育）', 16402, 16019, 383],
    ['六、城乡居民基本医疗保险', 21861, 21329, 532],
  ];

  it('a 合计 above 小计 placed before their numbered funds: clean, and a wrong fund is that fund', () => {
    expect(clean(subtotalsFirst)).toEqual([]);
    expect(errorCells(subtotalsFirst, 3, 1, 13195)).toEqual(['B4']);
  });

  // 其中：生育保险 under 职工医疗（含生育）, with 其中 lines of its own under it.
  const nestedParts: Row[] = [
    ['项目', '本年数'],
    ['三、职工基本医疗保险（含生育）基金支出', 16402],
    ['其中：社会保险待遇支出', 15566],
    ['其他支出', 836],
    ['其中：生育保险基金支出', 2345],
    ['其中：社会保险待遇支出', 2220],
    ['其他支出', 125],
  ];

  it('其中 lines under a 其中 part are that part’s: 生育’s 待遇支出 is no second 待遇支出 of 职工医疗', () => {
    expect(clean(nestedParts)).toEqual([]);
    // 生育's 待遇支出 above 生育's 支出: one of the two is wrong, and nothing is said of 职工医疗's lines.
    const found = errorCells(nestedParts, 5, 1, 2400);
    expect(found).toHaveLength(1);
    expect(['B5', 'B6']).toContain(found[0]);
  });

  // A fund without budget: its line and its 其中：生育保险 left empty above the next fund; a 合计 to fill.
  const emptyLines: Row[] = [
    ['险种', '预算数'],
    ['合计', null],
    ['机关事业单位基本养老保险', 159727],
    ['职工基本医疗保险（含生育）', null],
    ['其中：生育保险', null],
    ['城乡居民基本医疗保险', 144896],
  ];

  it('an empty 合计 or 其中 line heads nothing: the 合计 is filled from the funds', () => {
    const analysis = analyseWorkbook(workbookOf(sheetFromRows('表', emptyLines)));
    expect(analysis.findings).toEqual([]);
    expect(analysis.fills.map((f) => [a1(f), f.value.toString()])).toEqual([['B2', '304623']]);
  });

  it('a title that gives its unit in brackets and names a grouping: its figures are the grouping’s, in that unit', () => {
    const rows: Row[][] = [
      [
        ['2020年某县社会保险基金收支情况表（单位：万元）'],
        ['项目', '企业职工基本养老保险', '机关事业单位基本养老保险', '养老保险小计'],
        ['基金收入', 204813, 47161, 251974],
        ['其中：保险费收入', 120000, 32000, 152000],
      ],
      [['2020年某县养老保险基金收入明细表（单位：亿元）'], ['项目', '本年数'], ['收入合计', 25.1974], ['其中：保险费收入', 15.2]],
    ];
    expect(errors(rows, ['表1', '表2'])).toEqual([]);
    // The 亿元 copy of the 小计's 收入 with two digits swapped: the copy, against the 小计 that its funds confirm.
    const wrong = errors([rows[0], [...rows[1].slice(0, 2), ['收入合计', 25.9174], rows[1][3]]], ['表1', '表2']);
    expect(wrong.map((f) => [key(f), f.rule])).toEqual([['表2!B3', 'sameFact']]);
  });
});

describe('one table copied on many sheets (a province’s template)', () => {
  const table = (enterprise: number): Row[] => [
    ['2020年某县社会保险基金收入表'],
    ['项目', '基金收入', '基金支出'],
    ['企业职工基本养老保险', enterprise, 259666],
    ['机关事业单位基本养老保险', 47161, 51463],
    ['工伤保险', 4326, 8858],
  ];

  it('a figure that differs in the sixth copy alone is found there, though the copies typed alike are only counted', () => {
    const sheets = ['表1', '表2', '表3', '表4', '表5', '表6'];
    const found = errors([...sheets.slice(0, 5).map(() => table(204813)), table(204831)], sheets);
    expect(found.map((f) => [key(f), f.rule])).toEqual([['表6!B3', 'sameFact']]);
    expect(errors(sheets.map(() => table(204813)), sheets)).toEqual([]);
  });

  it('copies with a wrong 合计 alike are each blamed, not the first statement the many others repeat', () => {
    // A province's template on eighty sheets, the 合计 wrong alike on every eighth: correcting the first sheet's 合计
    // would mend those ten copies but break its own sum and the sixty-nine copies that agree with it.
    const withTotal = (total: number): Row[] => [...table(204813), ['合计', total, 259666 + 51463 + 8858]];
    const sheets = Array.from({ length: 80 }, (_, i) => `县${i + 1}`);
    const right = 204813 + 47161 + 4326;
    const found = errors(sheets.map((_, i) => withTotal(i % 8 === 7 ? right + 541 : right)), sheets);
    expect(found.map((f) => [key(f), f.rule])).toEqual(sheets.filter((_, i) => i % 8 === 7).map((name) => [`${name}!B6`, 'sum']));
  });
});

describe('a year over its 收入, 支出 and 结余, a grouping’s 合计 (a layout seen on a county’s own workbook)', () => {
  const funds: [string, number, number, number, number][] = [
    ['企业职工基本养老保险', 204813, 259666, 195330, 240681],
    ['机关事业单位基本养老保险', 47161, 51463, 44222, 47129],
    ['城乡居民基本养老保险', 8812, 6231, 8100, 5900],
  ];
  const others: [string, number, number, number, number][] = [
    ['工伤保险', 4326, 8858, 5263, 6160],
    ['失业保险', 12799, 15002, 12000, 11000],
  ];
  const line = ([name, i, e, pi, pe]: [string, number, number, number, number]): Row => [name, i, e, i - e, pi, pe, pi - pe, i - pi];
  const sum = (label: string, rows: Row[]): Row => [label, ...[1, 2, 3, 4, 5, 6, 7].map((k) => rows.reduce((t, r) => t + (r[k] as number), 0))];
  const table = (): Row[] => {
    const pension = sum('养老保险合计', funds.map(line));
    return [
      ['险种', '2020年', null, null, '2019年', null, null, '收入增减'],
      [null, '收入', '支出', '结余', '收入', '支出', '结余', null],
      ...funds.map(line),
      pension,
      ...others.map(line),
      sum('总计', [pension, ...others.map(line)]),
    ];
  };

  it('reads 结余 beside 收入 and 支出 as the year’s 收支结余, and 养老保险合计 as the grouping’s line: clean', () => {
    expect(analyseWorkbook(workbookOf(sheetFromRows('表', table()))).findings).toEqual([]);
  });

  it('a fund’s 2020 收入 ten times too large is that cell, its 结余 and 增减 only follow', () => {
    const rows = table();
    rows[4] = [...rows[4]];
    rows[4][1] = 88120;
    const findings = analyseWorkbook(workbookOf(sheetFromRows('表', rows))).findings;
    expect(findings.filter((f) => f.severity === 'error').map((f) => [a1(f), f.expected])).toEqual([['B5', '8812']]);
    expect(findings.filter((f) => f.severity !== 'error').map((f) => [a1(f), f.severity])).toEqual([
      ['D5', 'info'],
      ['H5', 'info'],
    ]);
  });
});
