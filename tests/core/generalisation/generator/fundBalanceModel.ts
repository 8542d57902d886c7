import Decimal from 'decimal.js';
import type { Rng } from './random';
import { SEED_TABLES, type FundId, type SeedTable } from './figures';

/**
 * A 收支余情况表 as numbers, before any layout: one row per fund plus the 合计 row, one value per measure, each
 * shown value the rounding of a true value. Mistakes change shown values; layouts decide where and how each is
 * written. Keys follow tests/core/generalisation/countyTables.ts.
 */
export type InputKey = 'iBudget' | 'iActual' | 'iPrior' | 'eBudget' | 'eActual' | 'ePrior' | 'opening';
export type DerivedKey = 'iChange' | 'iGrowth' | 'iExec' | 'eChange' | 'eGrowth' | 'eExec' | 'net' | 'closing';
export type MeasureKey = InputKey | DerivedKey;

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const RATE_KEYS: readonly MeasureKey[] = ['iGrowth', 'iExec', 'eGrowth', 'eExec'];
export const INPUT_KEYS: readonly InputKey[] = ['iBudget', 'iActual', 'iPrior', 'eBudget', 'eActual', 'ePrior', 'opening'];
export const isRate = (key: MeasureKey) => RATE_KEYS.includes(key);
export const flowOfKey = (key: MeasureKey): 'income' | 'expenditure' | 'balance' =>
  key === 'opening' || key === 'net' || key === 'closing' ? 'balance' : key.startsWith('i') ? 'income' : 'expenditure';

/** Column sets counties use; each keeps every input in at least two relations, so a wrong input can be told apart. */
export const COLUMN_SETS: MeasureKey[][] = [
  ['iBudget', 'iActual', 'iPrior', 'iChange', 'iGrowth', 'iExec', 'eBudget', 'eActual', 'ePrior', 'eChange', 'eGrowth', 'eExec', 'opening', 'net', 'closing'],
  ['iActual', 'iPrior', 'iChange', 'iGrowth', 'eActual', 'ePrior', 'eChange', 'eGrowth', 'opening', 'net', 'closing'],
  ['iBudget', 'iActual', 'iPrior', 'iChange', 'iGrowth', 'iExec', 'eBudget', 'eActual', 'ePrior', 'eChange', 'eGrowth', 'eExec'],
];

export interface ModelRow {
  /** null: the 合计 row. */
  fund: FundId | null;
  /** A `其中：生育保险` row: part of the 职工医疗保险（含生育） row above it, not an addend of the 合计. */
  ofWhich?: boolean;
  /** Shown values; null where the report writes "not applicable". */
  shown: Map<MeasureKey, Dec | null>;
}

export interface FundBalanceModel {
  source: string;
  keys: MeasureKey[];
  /** Fund rows, then the 合计 row (layouts decide where it is written). */
  rows: ModelRow[];
  unit: '元' | '万元' | '亿元';
  amountDecimals: number;
  /** Decimals of a rate as a fraction (4: 12.34%). */
  rateDecimals: number;
  year: number;
}

export interface ModelOptions {
  keys: MeasureKey[];
  unit: FundBalanceModel['unit'];
  /** Inputs carry hidden digits that round down, so 合计 land 0.01–0.03 off Σ of the shown items. */
  roundingTraps: boolean;
  /** One fund has no budget: its 预算数 and 完成预算 are written as not applicable. */
  notApplicable: boolean;
  /**
   * One fund's 增长率 lands exactly on a half (x.xx5%) when computed from the shown amounts, while the true
   * figures behind them round it down: either shown rate is right.
   */
  ratioTrap: boolean;
  /** A `其中：生育保险` row under 职工基本医疗保险（含生育） (a 职工医疗 row is added when the seed has none). */
  ofWhichRow?: boolean;
}

const SCALE: Record<FundBalanceModel['unit'], { factor: number; decimals: number | null }> = {
  元: { factor: 10000, decimals: 2 },
  万元: { factor: 1, decimals: null },
  亿元: { factor: 0.0001, decimals: 4 },
};

type Truth = Map<MeasureKey, Dec | null>;

export function buildModel(rng: Rng, options: ModelOptions, seedTable: SeedTable = rng.pick(SEED_TABLES)): FundBalanceModel {
  const scale = SCALE[options.unit];
  const decimals = Math.max(scale.decimals ?? seedTable.decimals, options.roundingTraps ? 2 : 0);
  const unitValue = new D(10).pow(-decimals);
  const drawn = (base: number, lo: number, hi: number) => base * (lo + rng.float() * (hi - lo));
  const input = (value: number): Dec => {
    const shown = new D(value).mul(scale.factor).toDecimalPlaces(decimals);
    // Hidden digits: the true figure is 0.4 of a unit above what is shown, so every sum of rounded items falls short.
    return options.roundingTraps ? shown.plus(unitValue.mul(0.4)) : shown;
  };
  const withoutBudget = options.notApplicable ? rng.int(0, seedTable.funds.length - 1) : -1;
  const truths: Truth[] = seedTable.funds.map((f, i) => {
    const t: Truth = new Map();
    t.set('iActual', input(f.income.actual));
    t.set('eActual', input(f.expenditure.actual));
    t.set('iBudget', i === withoutBudget ? null : input(f.income.budget ?? drawn(f.income.actual, 0.9, 1.1)));
    t.set('eBudget', i === withoutBudget ? null : input(f.expenditure.budget ?? drawn(f.expenditure.actual, 0.9, 1.1)));
    t.set('iPrior', input(f.income.prior ?? drawn(f.income.actual, 0.8, 1.2)));
    t.set('ePrior', input(f.expenditure.prior ?? drawn(f.expenditure.actual, 0.8, 1.2)));
    t.set('opening', input(f.opening ?? drawn(f.income.actual, 0.5, 2)));
    return t;
  });
  if (options.ratioTrap) setHalfwayGrowth(rng, truths[rng.int(0, truths.length - 1)], decimals);
  const funds: (FundId | null)[] = seedTable.funds.map((f) => f.fund);
  // A share of a figure already in the table's unit, rounded (and given hidden digits) as the inputs are.
  const share = (value: Dec, factor: number) => {
    const shown = value.mul(factor).toDecimalPlaces(decimals);
    return options.roundingTraps ? shown.plus(unitValue.mul(0.4)) : shown;
  };
  const ofWhichAt = options.ofWhichRow ? addOfWhichRow(rng, truths, funds, share) : -1;
  const total: Truth = new Map();
  for (const key of INPUT_KEYS) total.set(key, truths.reduce((sum, t, i) => (i === ofWhichAt ? sum : sum.plus(t.get(key) ?? 0)), new D(0)));
  const rateDecimals = options.ratioTrap ? 4 : rng.pick([4, 4, 3]);
  const rows = [...truths, total].map((t, i): ModelRow => {
    const fund = i < truths.length ? funds[i] : null;
    derive(t);
    const shown = new Map<MeasureKey, Dec | null>();
    for (const key of options.keys) {
      const value = t.get(key) ?? null;
      shown.set(key, value === null ? null : value.toDecimalPlaces(isRate(key) ? rateDecimals : decimals, Decimal.ROUND_HALF_UP));
    }
    return { fund, shown, ...(i === ofWhichAt ? { ofWhich: true } : {}) };
  });
  return { source: seedTable.source, keys: options.keys, rows, unit: options.unit, amountDecimals: decimals, rateDecimals, year: seedTable.source.includes('2019') ? 2019 : 2020 };
}

/**
 * Insert a 生育保险 row, a share of its 职工医疗 row, right after it (adding a 职工医疗 row drawn at the scale of the
 * table's smallest fund when the seed has none); the 合计 is left as it was, since a 其中 row is no addend.
 * The index of the 其中 row.
 */
function addOfWhichRow(rng: Rng, truths: Truth[], funds: (FundId | null)[], share: (value: Dec, factor: number) => Dec): number {
  let parent = funds.indexOf('employeeMedical');
  if (parent < 0) {
    const smallest = truths.reduce((a, b) => (a.get('iActual')!.lt(b.get('iActual')!) ? a : b));
    const medical: Truth = new Map();
    for (const key of INPUT_KEYS) {
      const value = smallest.get(key);
      medical.set(key, value ? share(value, 0.6 + rng.float() * 0.8) : null);
    }
    truths.push(medical);
    funds.push('employeeMedical');
    parent = truths.length - 1;
  }
  const factor = 0.05 + rng.float() * 0.15;
  const part: Truth = new Map();
  for (const key of INPUT_KEYS) {
    const value = truths[parent].get(key);
    part.set(key, value ? share(value, factor) : null);
  }
  truths.splice(parent + 1, 0, part);
  funds.splice(parent + 1, 0, 'employeeMedical');
  return parent + 1;
}

/**
 * 上年 = 2·10^(4−d) and 本年 = 上年 + (2j+1) units give a growth of (2j+1)/20000, a half at the fifth decimal;
 * the true 本年 sits 0.3 of a unit lower, so the true rate rounds down where the shown inputs say up.
 */
function setHalfwayGrowth(rng: Rng, t: Truth, decimals: number): void {
  const unit = new D(10).pow(-decimals);
  const prior = new D(2).mul(new D(10).pow(4 - decimals));
  t.set('iPrior', prior);
  t.set('iActual', prior.plus(unit.mul(2 * rng.int(50, 2000) + 1)).minus(unit.mul(0.3)));
}

function derive(t: Truth): void {
  for (const [p, flow] of [['i', 'income'], ['e', 'expenditure']] as const) {
    void flow;
    const actual = t.get(`${p}Actual`)!;
    const prior = t.get(`${p}Prior`)!;
    const budget = t.get(`${p}Budget`);
    t.set(`${p}Change`, actual.minus(prior));
    t.set(`${p}Growth`, actual.minus(prior).div(prior));
    t.set(`${p}Exec`, budget ? actual.div(budget) : null);
  }
  t.set('net', t.get('iActual')!.minus(t.get('eActual')!));
  t.set('closing', t.get('opening')!.plus(t.get('net')!));
}

/** Recompute one row's derived shown values from its shown inputs (after a mistake changed an input on purpose). */
export function rederive(model: FundBalanceModel, row: ModelRow): void {
  const t: Truth = new Map(row.shown);
  for (const key of INPUT_KEYS) if (!t.has(key)) t.set(key, new D(0));
  derive(t);
  for (const key of model.keys) {
    if (INPUT_KEYS.includes(key as InputKey)) continue;
    const value = t.get(key) ?? null;
    row.shown.set(key, value === null ? null : value.toDecimalPlaces(isRate(key) ? model.rateDecimals : model.amountDecimals, Decimal.ROUND_HALF_UP));
  }
}
