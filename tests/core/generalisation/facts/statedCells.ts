import type Decimal from 'decimal.js';
import type { GridCell } from '../../../../src/core';
import { Dec } from '../../../../src/core/numeric/decimal';
import { groupThousands } from '../generator/cellForms';
import type { Rng } from '../generator/random';
import type { Realities } from './factWords';

/**
 * A figure as written in a cell: the fact it states, the value and decimals the core must read from it (an
 * amount in the table's unit, a rate as a fraction), the factor to 万元, and how it is typed. Mistakes change
 * `value` (and `decimals`, for a bare number); `emit` turns it into the grid cell.
 */
export interface StatedCell {
  /** `Sheet!A1`. */
  key: string;
  sheet: string;
  row: number;
  col: number;
  table: number;
  fact: string;
  rate: boolean;
  value: Decimal;
  decimals: number;
  /** Multiplies an amount in the table's unit into 万元; 1 for rates. */
  factor: Decimal;
  hidden: boolean;
  form: CellForm;
  formula?: FormulaSpec;
  /** A formula's result from its inputs as stored (Excel's cached value, before the format rounds it). */
  cached?: Decimal;
}

export type CellForm =
  | { kind: 'number'; numberFormat: string }
  | { kind: 'text'; grouped: boolean }
  | { kind: 'negative'; style: 'paren' | 'fullMinus' | 'triangle' }
  | { kind: 'rateFraction'; numberFormat: string }
  | { kind: 'rateText' }
  | { kind: 'ratePoints'; numberFormat: string }
  /** A bare number in a General cell, as a person types over a formatted one. */
  | { kind: 'bare' };

/** A formula over other cells of its table, by key; rendered to A1 text when written. */
export type FormulaSpec =
  | { kind: 'sum'; refs: string[] }
  | { kind: 'average'; refs: string[] }
  | { kind: 'diff'; a: string; b: string }
  | { kind: 'add'; a: string; b: string }
  | { kind: 'ratio'; num: string; den: string }
  | { kind: 'growth'; actual: string; prior: string };

const zeros = (n: number) => (n > 0 ? '.' + '0'.repeat(n) : '');

/** How an amount is typed under the value realities; `numeric` keeps it a number (a formula reads it). */
export function amountForm(rng: Rng, value: Decimal, decimals: number, realities: Realities, numeric: boolean): CellForm {
  if (realities.has('negativeForms') && value.isNegative() && rng.chance(0.7)) {
    const formats = [`#,##0${zeros(decimals)};(#,##0${zeros(decimals)})`, `_(* #,##0${zeros(decimals)}_);_(* (#,##0${zeros(decimals)});_(* "-"??_);_(@_)`, `0${zeros(decimals)};[Red]"△"0${zeros(decimals)}`, `#,##0${zeros(decimals)};[红色]-#,##0${zeros(decimals)}`];
    if (numeric || rng.chance(0.5)) return { kind: 'number', numberFormat: rng.pick(formats) };
    return { kind: 'negative', style: rng.pick(['paren', 'fullMinus', 'triangle'] as const) };
  }
  if (realities.has('textNumbers') && !numeric && rng.chance(0.5)) return { kind: 'text', grouped: rng.chance(0.7) };
  return { kind: 'number', numberFormat: rng.pick([`#,##0${zeros(decimals)}`, `0${zeros(decimals)}`]) };
}

/** How a rate is typed: a percent-formatted fraction, `5.72%` text, or points under a header that says %. */
export function rateForm(rng: Rng, decimals: number, realities: Realities, pointsAllowed: boolean, numeric: boolean): CellForm {
  const fraction: CellForm = { kind: 'rateFraction', numberFormat: `0${zeros(decimals - 2)}%` };
  if (!realities.has('percentForms') || numeric) return fraction;
  const forms: CellForm[] = [fraction, { kind: 'rateText' }];
  if (pointsAllowed) forms.push({ kind: 'ratePoints', numberFormat: `0${zeros(decimals - 2)}` });
  return rng.pick(forms);
}

/** The grid cell for a stated figure; a formula's is its cached value under the column's format. */
export function emit(cell: StatedCell, formulaText?: string): GridCell {
  if (cell.formula && cell.cached && formulaText !== undefined) {
    const numberFormat = cell.form.kind === 'number' || cell.form.kind === 'rateFraction' ? cell.form.numberFormat : cell.rate ? `0${zeros(cell.decimals - 2)}%` : `#,##0${zeros(cell.decimals)}`;
    return { value: Number(cell.cached.toPrecision(15)), numberFormat, formula: formulaText };
  }
  const v = cell.value;
  const d = cell.decimals;
  switch (cell.form.kind) {
    case 'number':
      return { value: v.toNumber(), numberFormat: cell.form.numberFormat };
    case 'bare':
      return { value: v.toNumber() };
    case 'text': {
      const fixed = v.toFixed(d);
      return { value: cell.form.grouped ? groupThousands(fixed) : fixed };
    }
    case 'negative': {
      const magnitude = v.abs().toFixed(d);
      if (!v.isNegative()) return { value: groupThousands(magnitude) };
      if (cell.form.style === 'paren') return { value: `(${groupThousands(magnitude)})` };
      return { value: `${cell.form.style === 'fullMinus' ? '－' : '△'}${magnitude}` };
    }
    case 'rateFraction':
      return { value: v.toNumber(), numberFormat: cell.form.numberFormat };
    case 'rateText':
      return { value: `${v.mul(100).toFixed(d - 2)}%` };
    case 'ratePoints':
      return { value: Number(v.mul(100).toFixed(d - 2)), numberFormat: cell.form.numberFormat };
  }
}

/** Decimals a General cell shows for a value: its shortest form (Excel's General, for the figures drawn here). */
export function bareDecimals(value: Decimal): number {
  return Math.max(0, new Dec(value.toNumber()).decimalPlaces());
}

/** Round half up, as Excel's formats and ROUND do. */
export function shown(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
}
