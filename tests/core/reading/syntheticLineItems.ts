import type { GridCell, SheetGrid, WorkbookGrid } from '../../../src/core';
import { seededRandom, sheetFromRows, workbookOf } from '../../helpers/grid';

/** Test data: a consistent 决算收入表 / 支出表 / 结余表 trio built from random whole-cent amounts. */

export const FUND_LABELS = [
  '企业职工基本养老保险基金',
  '机关事业单位基本养老保险基金',
  '城乡居民基本养老保险基金',
  '城镇职工基本医疗保险基金',
  '城乡居民基本医疗保险基金',
  '工伤保险基金',
  '失业保险基金',
  '生育保险基金',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

type Row = (string | number | null | GridCell)[];

export interface SyntheticOptions {
  seed: number;
  /** How many funds the county runs (the first n of FUND_LABELS). */
  funds?: number;
  /** Where each table starts on its sheet. */
  at?: { row: number; col: number };
  /** List the 结余表's funds in reverse order. */
  reverseBalance?: boolean;
  /** Write amounts as text (`1,234.50`) instead of formatted numbers. */
  asText?: boolean;
  /** Put a second column (预算数) before the 决算数 column. */
  budgetColumn?: boolean;
}

interface FundFigures {
  label: string;
  fee: number;
  subsidy: number;
  other: number;
  benefit: number;
  otherSpending: number;
  opening: number;
}

export function syntheticLineItems(options: SyntheticOptions): WorkbookGrid {
  const random = seededRandom(options.seed);
  const cents = (max: number) => Math.floor(random() * max * 100);
  const fundCount = options.funds ?? 5;
  const figures = (): FundFigures[] =>
    FUND_LABELS.slice(0, fundCount).map((label) => ({
      label,
      fee: cents(20000),
      subsidy: cents(9000),
      other: cents(300),
      benefit: cents(15000),
      otherSpending: cents(3000),
      opening: cents(30000),
    }));
  // One set of figures per value column, each consistent on its own.
  const sets = options.budgetColumn ? [figures(), figures()] : [figures()];
  const headers = options.budgetColumn ? ['项 目', '2021年预算数', '2021年决算数'] : ['项 目', '2021年决算数'];
  const amount = (c: number): GridCell => (options.asText ? { value: formatText(c) } : { value: c / 100, numberFormat: '#,##0.00' });
  const line = (label: string, value: (funds: FundFigures[]) => number): Row => [label, ...sets.map((funds) => amount(value(funds)))];
  const total = (each: (f: FundFigures) => number) => (funds: FundFigures[]) => funds.reduce((n, f) => n + each(f), 0);
  const one = (i: number, each: (f: FundFigures) => number) => (funds: FundFigures[]) => each(funds[i]);
  const income = (f: FundFigures) => f.fee + f.subsidy + f.other;
  const spending = (f: FundFigures) => f.benefit + f.otherSpending;
  const net = (f: FundFigures) => income(f) - spending(f);
  const closing = (f: FundFigures) => f.opening + net(f);
  const labels = sets[0];

  const incomeRows: Row[] = [
    ['2021年某县社会保险基金决算收入表'],
    [null, '单位：万元'],
    headers,
    line('全县社会保险基金收入合计', total(income)),
    line('其中：保险费收入', total((f) => f.fee)),
    line('财政补贴收入', total((f) => f.subsidy)),
    ...labels.flatMap((f, i) => [
      line(`${NUMERALS[i]}、${f.label}收入`, one(i, income)),
      line('其中：保险费收入', one(i, (g) => g.fee)),
      line('财政补贴收入', one(i, (g) => g.subsidy)),
    ]),
  ];
  const spendingRows: Row[] = [
    ['2021年某县社会保险基金决算支出表'],
    [null, '单位：万元'],
    headers,
    line('全县社会保险基金支出合计', total(spending)),
    line('其中：社会保险待遇支出', total((f) => f.benefit)),
    ...labels.flatMap((f, i) => [line(`${NUMERALS[i]}、${f.label}支出`, one(i, spending)), line('其中：社会保险待遇支出', one(i, (g) => g.benefit))]),
  ];
  const order = labels.map((_, i) => i);
  if (options.reverseBalance) order.reverse();
  const balanceRows: Row[] = [
    ['2021年某县社会保险基金决算结余表'],
    [null, '单位：万元'],
    headers,
    line('社会保险基金本年收支结余', total(net)),
    ...order.map((i, n) => line(`${NUMERALS[n]}、${labels[i].label}本年收支结余`, one(i, net))),
    line('某县社会保险基金年末累计结余', total(closing)),
    ...order.map((i, n) => line(`${NUMERALS[n]}、${labels[i].label}年末累计结余`, one(i, closing))),
  ];
  const at = options.at ?? { row: 0, col: 0 };
  return workbookOf(sheetFromRows('收入', incomeRows, at), sheetFromRows('支出', spendingRows, at), sheetFromRows('结余', balanceRows, at));
}

/** `1,234.50` from a count of cents, as staff type it. */
export function formatText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** Every cell of a sheet holding a number (stored or typed), as sheet coordinates. */
export function numericCells(sheet: SheetGrid): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const { row, col, value: v } of sheet.cells) {
    if (typeof v === 'number' || (typeof v === 'string' && /^-?[\d,]+\.\d+$/.test(v))) out.push({ row, col });
  }
  return out;
}
