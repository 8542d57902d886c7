import { analyseWorkbook, type GridCell } from '../../../src/core';
import { INFERRED } from '../../../src/core/discovery/candidates';
import { a1, sheetFromRows, workbookOf } from '../../helpers/grid';

/**
 * The numbers correct the words: a year typed in place of 本年/上年 (the 2020 figures under `2019年完成数`) makes
 * every 增加, 增长率 and 完成预算 fail as the headers read; the relations that hold on the numbers replace them,
 * and an info finding says so. A rate consistently on the wrong base stays a mistake.
 */
type Row = (string | number | null | GridCell)[];
const n = (value: number): GridCell => ({ value, numberFormat: '0' });
const pct = (value: number): GridCell => ({ value, numberFormat: '0.00%' });
const FUNDS: [string, number, number, number][] = [
  ['企业职工基本养老保险', 198731, 204813, 266682],
  ['机关事业单位基本养老保险', 48784, 47161, 49980],
  ['工伤保险', 4123, 4326, 7139],
  ['失业保险', 12455, 12799, 14236],
];
const TOTAL: [string, number, number, number] = ['合计', 264093, 269099, 338037];
const rate = (x: number) => pct(Math.round(x * 10000) / 10000);
const line = ([label, budget, actual, prior]: [string, number, number, number]): Row => [label, n(budget), n(actual), n(prior), n(actual - prior), rate((actual - prior) / prior), rate(actual / budget)];

function analyse(actualHeader: string, priorHeader: string, change: (rows: Row[]) => void = () => undefined) {
  const rows: Row[] = [['险种', '基金收入', null, null, null, null, null], [null, '预算数', actualHeader, priorHeader, '增加', '增长率', '完成预算'], ...[...FUNDS, TOTAL].map(line)];
  change(rows);
  return analyseWorkbook(workbookOf(sheetFromRows('表', rows)));
}

describe('reconciling the words with the numbers', () => {
  it('the table with its years right needs no correction', () => {
    const analysis = analyse('2020年完成数', '2019年完成数');
    expect(analysis.findings).toEqual([]);
  });

  it('years typed the wrong way round: the relations are corrected, each corrected column said so, nothing invented', () => {
    const analysis = analyse('2019年完成数', '2020年完成数');
    expect(analysis.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const notes = analysis.findings.filter((f) => f.rule === 'inferredRelation');
    expect(notes.map(a1).sort()).toEqual(['E3', 'F3', 'G3']);
    expect(notes.every((f) => f.message.includes(INFERRED))).toBe(true);
  });

  it('after the correction a mistake is still found where it is', () => {
    const analysis = analyse('2019年完成数', '2020年完成数', (rows) => {
      rows[3][2] = n(41761); // 机关事业 本年 47161 with two digits swapped
    });
    expect(analysis.findings.filter((f) => f.severity === 'error').map((f) => [a1(f), f.expected])).toEqual([['C4', '47161']]);
  });

  it('a growth rate column on the wrong base on every row stays an error at each rate', () => {
    const analysis = analyse('2020年完成数', '2019年完成数', (rows) => {
      [...FUNDS, TOTAL].forEach(([, , actual, prior], i) => (rows[2 + i][5] = rate((actual - prior) / actual)));
    });
    expect(analysis.findings.filter((f) => f.severity === 'error').map(a1)).toEqual(['F3', 'F4', 'F5', 'F6', 'F7']);
  });
});
