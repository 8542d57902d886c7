import type { GridCell } from '../../../src/core';
import { analyseWorkbook } from '../../../src/core';
import { seededRandom, sheetFromRows, withCell, workbookOf } from '../../helpers/grid';
import { BAZHOU, CLEAN, amountCell, rateCell, totalOf, verdict, type CountyFund } from './countyTables';

/**
 * Issue 7 item 2: header words as people type them. Each seed picks, for every column, one of the wordings the
 * issue lists, typed with spaces, full-width spaces or line breaks and perhaps a unit; fund names abbreviated and
 * in any order; the total as 总计 / 合计 / 合　计. The table must read clean, and a transposed digit in one fund's
 * 完成数 must be the one error, at that cell.
 */
const WORDS = {
  budget: ['预算数', '年初预算数', '调整预算数', '全年预算数'],
  actual: ['本年决算数', '本期数', '当年数', '本年执行数', '完成数'],
  prior: ['上年决算数', '上年同期', '上年数'],
  change: ['同比增减', '增减额', '增加'],
  growth: ['增幅', '同比增长', '增长率', '增减%'],
  execution: ['预算执行率', '预算完成率', '预算执行%', '执行进度', '完成预算'],
  opening: ['年初滚存结余', '上年结余'],
  net: ['本年收支结余', '当期结余'],
  closing: ['年末滚存结余', '累计结余'],
  total: ['总计', '合计', '合　计', '合 计'],
};
const SHORT_NAMES: Record<string, string[]> = {
  企业职工基本养老保险: ['企业职工养老', '企业职工基本养老保险', '企业养老保险'],
  机关事业单位基本养老保险: ['机关养老', '机关事业单位养老保险'],
  工伤保险: ['工伤', '工伤保险'],
  失业保险: ['失业', '失业保险'],
};

type Row = (string | number | null | GridCell)[];

function typed(word: string, random: () => number): string {
  const chars = [...word];
  switch (Math.floor(random() * 4)) {
    case 0:
      return word;
    case 1:
      return chars.join(' ');
    case 2:
      return chars.join('\u3000');
    default:
      return `${chars.slice(0, 2).join('')}\n${chars.slice(2).join('')}`;
  }
}

interface Case {
  rows: Row[];
  /** Where 机关养老's 基金收入 完成数 stands. */
  target: [number, number];
  describe: string;
}

function makeCase(seed: number): Case {
  const random = seededRandom(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const unit = (word: string, rate: boolean) => (random() < 0.4 ? `${word}${rate ? pick(['(%)', '（%）']) : pick(['（万元）', '(万元)'])}` : word);
  const ratesInPoints = random() < 0.5;
  const rateHeader = (word: string) => (ratesInPoints ? `${word}(%)` : unit(word, true));
  const flowHeaders = [
    unit(pick(WORDS.budget), false),
    unit(pick(WORDS.actual), false),
    unit(pick(WORDS.prior), false),
    unit(pick(WORDS.change), false),
    rateHeader(pick(WORDS.growth)),
    rateHeader(pick(WORDS.execution)),
  ].map((w) => typed(w, random));
  const expenditureHeaders = flowHeaders.map((h) => h);
  const header: Row[] = [
    [typed('险种', random), typed('基金收入', random), null, null, null, null, null, typed('基金支出', random), null, null, null, null, null, typed('基金结余', random), null, null],
    [null, ...flowHeaders, ...expenditureHeaders, ...[WORDS.opening, WORDS.net, WORDS.closing].map((w) => typed(pick(w), random))],
  ];
  const order = [...BAZHOU].sort(() => random() - 0.5);
  const total = totalOf(BAZHOU, typed(pick(WORDS.total), random));
  const totalFirst = random() < 0.5;
  const lines = totalFirst ? [total, ...order] : [...order, total];
  const rate = (value: number) => (ratesInPoints ? rateCell(value, 'points') : rateCell(value, 'fraction'));
  const flow = (x: CountyFund['income']) => [amountCell(x.budget), amountCell(x.actual), amountCell(x.prior), amountCell(x.actual - x.prior), rate((x.actual - x.prior) / x.prior), rate(x.actual / x.budget)];
  const body = lines.map((f): Row => {
    const net = f.income.actual - f.expenditure.actual;
    const label = f === total ? f.label : pick(SHORT_NAMES[f.label]);
    return [label, ...flow(f.income), ...flow(f.expenditure), amountCell(f.opening), amountCell(net), amountCell(f.opening + net)];
  });
  const rows = [...header, ...body];
  const targetRow = header.length + lines.indexOf(BAZHOU[1]);
  return { rows, target: [targetRow, 2], describe: `seed ${seed}: ${JSON.stringify(header[1])}, ${JSON.stringify(body.map((r) => r[0]))}` };
}

const SEEDS = Array.from({ length: 60 }, (_, i) => 7000 + i);

describe('header words as people type them', () => {
  it.each(SEEDS)('seed %i: read clean', (seed) => {
    const { rows, describe } = makeCase(seed);
    const workbook = workbookOf(sheetFromRows('表', rows));
    const analysis = analyseWorkbook(workbook);
    expect([describe, analysis.tables.map((t) => t.kind), verdict(workbook)]).toEqual([describe, ['fund-balance'], CLEAN]);
  });

  it.each(SEEDS)('seed %i: a transposed digit in 机关养老’s 基金收入 完成数 is the one error', (seed) => {
    const { rows, target, describe } = makeCase(seed);
    const [row, col] = target;
    const workbook = withCell(workbookOf(sheetFromRows('表', rows)), '表', row, col, { value: 41761, numberFormat: '0' });
    expect([describe, verdict(workbook)]).toEqual([describe, { errors: [[`C${row + 1}`, '47161']], warnings: [] }]);
  });
});
