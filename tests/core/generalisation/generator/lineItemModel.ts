import Decimal from 'decimal.js';
import { SEED_TABLES, type FundId } from './figures';
import { D, type Dec } from './fundBalanceModel';
import type { Rng } from './random';

/**
 * A 决算收入表 or 决算支出表 as numbers, before any layout: the 合计 line with its own 其中 lines, then one line
 * per fund, each with its 其中 lines (保险费收入, 财政补贴收入 / 社会保险待遇支出). A 其中 line is part of the
 * line above it, never an addend of the 合计. Shown values are the rounding of true values to the cent.
 */
export type LineColumn = 'budget' | 'prior' | 'actual' | 'change';
export const AMOUNT_COLUMNS: readonly LineColumn[] = ['budget', 'prior', 'actual'];

/** Column sets of county 决算表: the figure alone, with its budget, or with last year's and the change. */
export const LINE_COLUMN_SETS: LineColumn[][] = [['actual'], ['budget', 'actual'], ['prior', 'actual', 'change']];

export const PART_WORDS = {
  income: ['保险费收入', '财政补贴收入'],
  expenditure: ['社会保险待遇支出'],
} as const;

export interface Line {
  kind: 'total' | 'item' | 'part';
  fund: FundId | null;
  /** The part's word (保险费收入…); '' for totals and items. */
  part: string;
  /** Index of the line a part belongs to. */
  parent: number;
  shown: Map<LineColumn, Dec>;
}

export interface LineItemModel {
  flow: 'income' | 'expenditure';
  columns: LineColumn[];
  /** lines[0] is the 合计, then its 其中 lines, then each fund's line followed by its 其中 lines. */
  lines: Line[];
  year: number;
}

export interface LineItemOptions {
  /** The 合计 has its own 其中 lines (Σ of the funds' 其中 lines of the same word). */
  totalParts: boolean;
  /** True figures carry 0.4 of a cent the report does not show, so each 合计 lands 0.01–0.03 above Σ shown. */
  roundingTraps: boolean;
}

const cent = new D('0.01');

export function buildLineItemModel(rng: Rng, options: LineItemOptions): LineItemModel {
  const seed = rng.pick(SEED_TABLES);
  const flow = rng.pick(['income', 'expenditure'] as const);
  const columns = rng.pick(LINE_COLUMN_SETS);
  const words = PART_WORDS[flow];
  const hidden = options.roundingTraps ? cent.mul(0.4) : new D(0);
  // True values (shown + hidden digits) of each fund's line and parts, per amount column.
  const funds = seed.funds.map((f) => {
    const actual = new D(flow === 'income' ? f.income.actual : f.expenditure.actual).plus(rng.int(0, 99) / 100);
    const line = new Map<LineColumn, Dec>();
    line.set('actual', actual);
    line.set('budget', actual.mul(0.9 + rng.float() * 0.2).toDecimalPlaces(2));
    line.set('prior', actual.mul(0.8 + rng.float() * 0.4).toDecimalPlaces(2));
    const parts = words.map((_, k) => {
      const share = k === 0 ? 0.5 + rng.float() * 0.3 : 0.05 + rng.float() * 0.15;
      return new Map(AMOUNT_COLUMNS.map((c) => [c, line.get(c)!.mul(share).toDecimalPlaces(2).plus(hidden)] as [LineColumn, Dec]));
    });
    for (const c of AMOUNT_COLUMNS) line.set(c, line.get(c)!.plus(hidden));
    return { fund: f.fund, line, parts };
  });
  const sumOf = (maps: Map<LineColumn, Dec>[]) => new Map(AMOUNT_COLUMNS.map((c) => [c, maps.reduce((s, m) => s.plus(m.get(c)!), new D(0))] as [LineColumn, Dec]));
  const lines: Line[] = [];
  const add = (kind: Line['kind'], fund: FundId | null, part: string, parent: number, truth: Map<LineColumn, Dec>) => {
    lines.push({ kind, fund, part, parent, shown: shownOf(truth, columns) });
    return lines.length - 1;
  };
  add('total', null, '', -1, sumOf(funds.map((f) => f.line)));
  if (options.totalParts) words.forEach((word, k) => add('part', null, word, 0, sumOf(funds.map((f) => f.parts[k]))));
  for (const f of funds) {
    const at = add('item', f.fund, '', -1, f.line);
    words.forEach((word, k) => add('part', f.fund, word, at, f.parts[k]));
  }
  return { flow, columns, lines, year: seed.source.includes('2019') ? 2019 : 2020 };
}

/** The shown values of a line from its true amounts: each rounded to the cent, and the change from the truths. */
function shownOf(truth: Map<LineColumn, Dec>, columns: LineColumn[]): Map<LineColumn, Dec> {
  const shown = new Map<LineColumn, Dec>();
  for (const c of columns) {
    const value = c === 'change' ? truth.get('actual')!.minus(truth.get('prior')!) : truth.get(c)!;
    shown.set(c, value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  }
  return shown;
}

/** Recompute a line's 增减 from its shown amounts (after a mistake changed them on purpose). */
export function rederiveLine(line: Line): void {
  if (line.shown.has('change')) line.shown.set('change', line.shown.get('actual')!.minus(line.shown.get('prior')!));
}
