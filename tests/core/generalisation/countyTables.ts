import { analyseWorkbook, type Analysis, type GridCell, type WorkbookGrid } from '../../../src/core';
import { a1, key } from '../../helpers/grid';

/**
 * Building blocks for tables as other counties lay them out. Figures are bazhou-2020's four funds (seed 000),
 * with 当期结余 = 收入 − 支出 so that a clean table is clean under every relation, warnings included.
 */
export interface Flow3 {
  budget: number;
  actual: number;
  prior: number;
}

export interface CountyFund {
  label: string;
  income: Flow3;
  expenditure: Flow3;
  opening: number;
}

export const BAZHOU: CountyFund[] = [
  { label: '企业职工基本养老保险', income: { budget: 198731, actual: 204813, prior: 266682 }, expenditure: { budget: 261523, actual: 259666, prior: 240681 }, opening: 307480 },
  { label: '机关事业单位基本养老保险', income: { budget: 48784, actual: 47161, prior: 49980 }, expenditure: { budget: 51103, actual: 51463, prior: 47129 }, opening: 5124 },
  { label: '工伤保险', income: { budget: 4123, actual: 4326, prior: 7139 }, expenditure: { budget: 8561, actual: 8858, prior: 12625 }, opening: 16691 },
  { label: '失业保险', income: { budget: 12455, actual: 12799, prior: 14236 }, expenditure: { budget: 13799, actual: 15002, prior: 12232 }, opening: 40751 },
];

export function totalOf(funds: CountyFund[], label: string): CountyFund {
  const add = (pick: (f: CountyFund) => number) => funds.reduce((s, f) => s + pick(f), 0);
  const flow = (pick: (f: CountyFund) => Flow3): Flow3 => ({
    budget: add((f) => pick(f).budget),
    actual: add((f) => pick(f).actual),
    prior: add((f) => pick(f).prior),
  });
  return { label, income: flow((f) => f.income), expenditure: flow((f) => f.expenditure), opening: add((f) => f.opening) };
}

/** The measures of a 收支余情况表, in bazhou's column order. */
export type MeasureKey =
  | 'iBudget' | 'iActual' | 'iPrior' | 'iChange' | 'iGrowth' | 'iExec'
  | 'eBudget' | 'eActual' | 'ePrior' | 'eChange' | 'eGrowth' | 'eExec'
  | 'opening' | 'net' | 'closing';

export const STANDARD: MeasureKey[] = [
  'iBudget', 'iActual', 'iPrior', 'iChange', 'iGrowth', 'iExec',
  'eBudget', 'eActual', 'ePrior', 'eChange', 'eGrowth', 'eExec',
  'opening', 'net', 'closing',
];

export type RateStyle = 'fraction' | 'text' | 'points';

export interface CellStyle {
  /** Rates: stored fractions formatted `0.00%`, typed text `-23.20%`, or percentage points under a `(%)` header. */
  rate?: RateStyle;
  rateDecimals?: number;
  /** Amounts in 亿元 with two decimals instead of whole 万元. */
  yi?: boolean;
  /** Amounts typed as text with full-width digits. */
  fullWidthText?: boolean;
}

export function measureValue(f: CountyFund, key: MeasureKey): number {
  const flow = key.startsWith('i') ? f.income : f.expenditure;
  const net = f.income.actual - f.expenditure.actual;
  switch (key) {
    case 'opening': return f.opening;
    case 'net': return net;
    case 'closing': return f.opening + net;
    default: {
      const role = key.slice(1);
      if (role === 'Budget') return flow.budget;
      if (role === 'Actual') return flow.actual;
      if (role === 'Prior') return flow.prior;
      if (role === 'Change') return flow.actual - flow.prior;
      if (role === 'Growth') return (flow.actual - flow.prior) / flow.prior;
      return flow.actual / flow.budget;
    }
  }
}

export function isRateKey(key: MeasureKey): boolean {
  return key.endsWith('Growth') || key.endsWith('Exec');
}

const FULL_WIDTH = '０１２３４５６７８９';

export function fullWidth(text: string): string {
  return text.replace(/\d/g, (d) => FULL_WIDTH[Number(d)]).replace(/-/g, '－').replace(/\./g, '．');
}

export function rateCell(value: number, style: RateStyle = 'fraction', decimals = 2): GridCell {
  const points = Number((value * 100).toFixed(decimals));
  if (style === 'fraction') return { value: points / 100, numberFormat: `0${decimals ? '.' + '0'.repeat(decimals) : ''}%` };
  if (style === 'points') return { value: points, numberFormat: `0${decimals ? '.' + '0'.repeat(decimals) : ''}` };
  return { value: `${points.toFixed(decimals)}%` };
}

export function amountCell(value: number, style: CellStyle = {}): GridCell {
  const shown = style.yi ? (value / 10000).toFixed(2) : String(value);
  if (style.fullWidthText) return { value: fullWidth(shown) };
  return style.yi ? { value: Number(shown), numberFormat: '0.00' } : { value, numberFormat: '0' };
}

export function cellFor(f: CountyFund, key: MeasureKey, style: CellStyle = {}): GridCell {
  const value = measureValue(f, key);
  return isRateKey(key) ? rateCell(value, style.rate, style.rateDecimals) : amountCell(value, style);
}

export function fundRow(f: CountyFund, keys: MeasureKey[], style: CellStyle = {}): GridCell[] {
  return keys.map((key) => cellFor(f, key, style));
}

export const errorsOf = (analysis: Analysis) => analysis.findings.filter((f) => f.severity === 'error');

/** Errors as `[cell, expected]`, and warnings as cells, the two things a user acts on. */
export function verdict(workbook: WorkbookGrid): { errors: [string, string | null][]; warnings: string[] } {
  const analysis = analyseWorkbook(workbook);
  return {
    errors: errorsOf(analysis).map((f) => [f.at.sheet === workbook.sheets[0].name ? a1(f) : key(f), f.expected]),
    warnings: analysis.findings.filter((f) => f.severity === 'warning').map((f) => a1(f)),
  };
}

export const CLEAN = { errors: [], warnings: [] };
