import type { GridCell, SheetGrid } from '../../src/core';
import { sheetFromRows } from './grid';

/** Header words of one county's table; tests run on several sets to prove the vocabulary is honoured. */
export interface HeaderWords {
  budget: string;
  actual: string;
  prior: string;
  change: string;
  growth: string;
  execution: string;
  opening: string;
  net: string;
  closing: string;
  total: string;
}

export const HEADER_SETS: HeaderWords[] = [
  { budget: '2020年预算数', actual: '2020年完成数', prior: '2019年完成数', change: '增加', growth: '增长率', execution: '完成预算', opening: '上年结余', net: '当期结余', closing: '累计结余', total: '合计' },
  { budget: '调整预算数', actual: '本年完成数', prior: '上年完成数', change: '增减额', growth: '增幅', execution: '预算完成率', opening: '年初滚存结余', net: '本年收支结余', closing: '年末滚存结余', total: '总计' },
  { budget: '预算', actual: '执行数', prior: '上年同期', change: '较上年增减', growth: '增减率', execution: '预算执行率', opening: '年初结余', net: '本年结余', closing: '年末累计结余', total: '合 计' },
  { budget: '年初预算数', actual: '决算数', prior: '上年数', change: '增减', growth: '同比增长', execution: '执行预算%', opening: '上年结余', net: '当期结余', closing: '滚存结余', total: '合计：' },
];

export const FUND_LABELS = ['企业职工基本养老保险', '机关事业单位养老保险', '城乡居民养老保险', '职工基本医疗保险(含生育)', '城乡居民基本医疗保险', '工伤保险', '失业保险'];

export interface FundFigures {
  label: string;
  income: { budget: number; actual: number; prior: number };
  expenditure: { budget: number; actual: number; prior: number };
  opening: number;
}

/** Random but plausible figures in whole 万元, so every derived cell of the table can be computed exactly. */
export function randomFigures(random: () => number, funds: number): FundFigures[] {
  const amount = (scale: number) => Math.round(scale * (0.3 + random()));
  return FUND_LABELS.slice(0, funds).map((label) => {
    const scale = 2000 + Math.round(random() * 200000);
    return {
      label,
      income: { budget: amount(scale), actual: amount(scale), prior: amount(scale) },
      expenditure: { budget: amount(scale), actual: amount(scale), prior: amount(scale) },
      opening: amount(scale),
    };
  });
}

export type RateStyle = 'fraction' | 'text' | 'points';

const n = (value: number, numberFormat = '0'): GridCell => ({ value, numberFormat });

function rateCell(value: number, style: RateStyle): GridCell {
  const rounded = Math.round(value * 10000) / 10000;
  if (style === 'fraction') return { value: rounded, numberFormat: '0.00%' };
  if (style === 'points') return { value: Math.round(value * 10000) / 100, numberFormat: '0.00' };
  return { value: `${(Math.round(value * 10000) / 100).toFixed(2)}%` };
}

function derivedRow(f: FundFigures, style: RateStyle): GridCell[] {
  const flow = (x: FundFigures['income']) => [
    n(x.budget),
    n(x.actual),
    n(x.prior),
    n(x.actual - x.prior),
    rateCell((x.actual - x.prior) / x.prior, style),
    rateCell(x.actual / x.budget, style),
  ];
  const net = f.income.actual - f.expenditure.actual;
  return [...flow(f.income), ...flow(f.expenditure), n(f.opening), n(net), n(f.opening + net)];
}

function totalOf(figures: FundFigures[], label: string): FundFigures {
  const add = (pick: (f: FundFigures) => number) => figures.reduce((s, f) => s + pick(f), 0);
  return {
    label,
    income: { budget: add((f) => f.income.budget), actual: add((f) => f.income.actual), prior: add((f) => f.income.prior) },
    expenditure: { budget: add((f) => f.expenditure.budget), actual: add((f) => f.expenditure.actual), prior: add((f) => f.expenditure.prior) },
    opening: add((f) => f.opening),
  };
}

/** A consistent 收支余情况表 (funds down, two-row grouped header) placed at `at`. */
export function fundsDownTable(name: string, figures: FundFigures[], words: HeaderWords, style: RateStyle, at = { row: 0, col: 0 }): SheetGrid {
  const pct = style === 'points' ? '(%)' : '';
  const roles = [words.budget, words.actual, words.prior, words.change, words.growth + pct, words.execution + pct];
  const rows: (string | number | null | GridCell)[][] = [
    ['社会保险基金收支余情况表'],
    [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, '单位：万元'],
    ['险种', '基金收入', null, null, null, null, null, '基金支出', null, null, null, null, null, '基金结余', null, null],
    [null, ...roles, ...roles, words.opening, words.net, words.closing],
    ...figures.map((f) => [f.label, ...derivedRow(f, style)]),
    [words.total, ...derivedRow(totalOf(figures, words.total), style)],
  ];
  return sheetFromRows(name, rows, at);
}

/** A consistent 收支分析表 (funds across, as in hami-2019) placed at `at`. */
export function fundsAcrossTable(name: string, figures: FundFigures[], years: [number, number], at = { row: 0, col: 0 }): SheetGrid {
  const all = [...figures, totalOf(figures, '合计：')];
  const row = (block: string | null, item: string, pick: (f: FundFigures) => GridCell) => [block, item, ...all.map(pick)];
  const rate = (v: number) => rateCell(v, 'fraction');
  const rows: (string | number | null | GridCell)[][] = [
    [`${years[0]}年社保基金收支分析表`],
    ['险种', null, ...all.map((f) => f.label)],
    row('预算', '基金收入小计', (f) => n(f.income.budget)),
    row(null, '基金支出小计', (f) => n(f.expenditure.budget)),
    row(`${years[0]}年`, '基金收入小计', (f) => n(f.income.actual)),
    row(null, '基金支出小计', (f) => n(f.expenditure.actual)),
    row(`${years[1]}年`, '基金收入小计', (f) => n(f.income.prior)),
    row(null, '基金支出小计', (f) => n(f.expenditure.prior)),
    row('收入对比分析', '增长', (f) => n(f.income.actual - f.income.prior)),
    row(null, '增幅%', (f) => rate((f.income.actual - f.income.prior) / f.income.prior)),
    row(null, '执行预算%', (f) => rate(f.income.actual / f.income.budget)),
    row('支出对比分析', '增长', (f) => n(f.expenditure.actual - f.expenditure.prior)),
    row(null, '增幅%', (f) => rate((f.expenditure.actual - f.expenditure.prior) / f.expenditure.prior)),
    row(null, '执行预算%', (f) => rate(f.expenditure.actual / f.expenditure.budget)),
  ];
  return sheetFromRows(name, rows, at);
}
