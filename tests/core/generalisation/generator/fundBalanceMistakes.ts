import Decimal from 'decimal.js';
import { D, INPUT_KEYS, isRate, rederive, type Dec, type FundBalanceModel, type MeasureKey, type ModelRow } from './fundBalanceModel';
import type { Rng } from './random';

/** The mistakes staff make in a 收支余情况表, each with the cells it makes wrong (the root-cause group). */
export const FUND_BALANCE_MISTAKES = [
  'digitTransposition',
  'decimalShift',
  'signFlip',
  'totalLeavesOutFund',
  'totalCountsOfWhich',
  'rateWrongBase',
  'closingNotCarried',
] as const;
export type FundBalanceMistake = (typeof FUND_BALANCE_MISTAKES)[number];

/** A model cell: row index into model.rows, and the measure. */
export interface ModelCell {
  row: number;
  key: MeasureKey;
}

/** Apply the mistake to the model's shown values; the cells now wrong, or null when this model offers no place for it. */
export function injectFundBalanceMistake(rng: Rng, model: FundBalanceModel, mistake: FundBalanceMistake): ModelCell[] | null {
  const totalRow = model.rows.length - 1;
  // A 其中 row is in no 合计, so its 预算数 and 上年结余 are each in one relation only (完成预算, 累计结余): a wrong one
  // cannot be told from a wrong rate or balance, and the mistakes leave them alone.
  const loneInput = (row: ModelRow, key: MeasureKey) => row.ofWhich === true && (key === 'iBudget' || key === 'eBudget' || key === 'opening');
  const cells = (filter: (row: ModelRow, key: MeasureKey, index: number) => boolean): ModelCell[] =>
    model.rows.flatMap((row, index) => model.keys.filter((key) => row.shown.get(key) && !loneInput(row, key) && filter(row, key, index)).map((key) => ({ row: index, key })));
  const set = (cell: ModelCell, value: Dec) => model.rows[cell.row].shown.set(cell.key, value);
  const get = (cell: ModelCell) => model.rows[cell.row].shown.get(cell.key)!;

  switch (mistake) {
    case 'digitTransposition': {
      // A swap in the last places may hide inside the rates' rounding, leaving only a sum that cannot say which
      // addend is wrong: swaps that move the value by at least 1% (and ten units) can be told apart.
      const visible = (c: ModelCell) => transpositions(get(c), model.amountDecimals).filter((v) => v.minus(get(c)).abs().gte(Decimal.max(get(c).abs().div(100), unit(model).mul(10))));
      const candidates = cells((_, key) => !isRate(key)).filter((c) => visible(c).length > 0);
      if (!candidates.length) return null;
      const cell = rng.pick(candidates);
      set(cell, rng.pick(visible(cell)));
      return [cell];
    }
    case 'decimalShift': {
      const candidates = cells((_, key) => INPUT_KEYS.includes(key as never)).filter((c) => get(c).abs().gte(10));
      if (!candidates.length) return null;
      const cell = rng.pick(candidates);
      set(cell, get(cell).mul(10));
      return [cell];
    }
    case 'signFlip': {
      const candidates = cells((_, key) => /Change|Growth|^net$/.test(key)).filter((c) => !get(c).isZero());
      if (!candidates.length) return null;
      const cell = rng.pick(candidates);
      set(cell, get(cell).neg());
      return [cell];
    }
    case 'totalLeavesOutFund':
    case 'totalCountsOfWhich': {
      // The 合计 leaves out one fund, or adds the 其中 row as if it were a fund of its own.
      const addends = model.rows.slice(0, totalRow).filter((row) => !row.ofWhich);
      const part = model.rows.findIndex((row) => row.ofWhich);
      if (mistake === 'totalCountsOfWhich' && part < 0) return null;
      const odd = mistake === 'totalLeavesOutFund' ? model.rows.indexOf(rng.pick(addends)) : part;
      const total = model.rows[totalRow];
      for (const key of INPUT_KEYS) {
        if (!model.keys.includes(key)) continue;
        const rows = mistake === 'totalLeavesOutFund' ? addends.filter((row) => row !== model.rows[odd]) : [...addends, model.rows[odd]];
        total.shown.set(key, sumShown(rows, key));
      }
      const before = new Map(model.rows[odd].shown);
      rederive(model, total);
      // A fund whose value is within the rounding of the sum (±½ unit per addend) leaves that 合计 consistent.
      const tolerance = unit(model).mul(addends.length + 1).div(2);
      const wrong = model.keys.filter((key) => !isRate(key) && before.get(key) && before.get(key)!.abs().gt(tolerance));
      return wrong.length ? wrong.map((key) => ({ row: totalRow, key })) : null;
    }
    case 'rateWrongBase': {
      const candidates = cells((row, key) => key === 'iGrowth' || key === 'eGrowth').filter((c) => {
        const p = c.key[0];
        return model.rows[c.row].shown.get(`${p}Actual` as MeasureKey) && far(wrongBase(model, c), get(c), model.rateDecimals);
      });
      if (!candidates.length) return null;
      const cell = rng.pick(candidates);
      set(cell, wrongBase(model, cell));
      return [cell];
    }
    case 'closingNotCarried': {
      const candidates = cells((_, key, index) => key === 'closing' && index !== totalRow).filter((c) => {
        const net = model.rows[c.row].shown.get('net');
        return net && net.abs().gte(new D(10).pow(2 - model.amountDecimals));
      });
      if (!candidates.length) return null;
      const cell = rng.pick(candidates);
      set(cell, model.rows[cell.row].shown.get('opening')!);
      return [cell];
    }
  }
}

function sumShown(rows: ModelRow[], key: MeasureKey): Dec {
  return rows.reduce((sum, row) => sum.plus(row.shown.get(key) ?? 0), new D(0));
}

/** 增长率 over the wrong base: 增加 ÷ 本年 instead of ÷ 上年. */
function wrongBase(model: FundBalanceModel, cell: ModelCell): Dec {
  const row = model.rows[cell.row].shown;
  const p = cell.key[0];
  const actual = row.get(`${p}Actual` as MeasureKey)!;
  const prior = row.get(`${p}Prior` as MeasureKey)!;
  return actual.minus(prior).div(actual).toDecimalPlaces(model.rateDecimals);
}

/** Whether two shown rates differ by more than rounding could explain. */
function far(a: Dec, b: Dec, decimals: number): boolean {
  return a.minus(b).abs().gt(new D(10).pow(-decimals).mul(5));
}

function unit(model: FundBalanceModel): Dec {
  return new D(10).pow(-model.amountDecimals);
}

/** The value with two adjacent different digits swapped, for each such pair (a leading zero is never made). */
export function transpositions(value: Dec, decimals: number): Dec[] {
  const text = value.abs().toFixed(decimals);
  const out: Dec[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (!/\d/.test(text[i]) || !/\d/.test(text[i + 1]) || text[i] === text[i + 1] || (i === 0 && text[1] === '0')) continue;
    const swapped = new D(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2));
    out.push(value.isNegative() ? swapped.neg() : swapped);
  }
  return out;
}
