import type Decimal from 'decimal.js';
import { cellKey, type CellRef } from '../grid/address';
import type { FormulaCells } from './FormulaCells';
import { evaluateFormula, exactOf, storedNumber } from './evaluateFormula';
import { parseFormula } from './parseFormula';

/**
 * What a formula cell's cached result says about it:
 * - `uncalculated`: a formula without a cached result (saved without recalculating): nothing to check with;
 * - `stale`: the cached result disagrees with the formula's own inputs: recalculating fixes it;
 * - `consistent`: the cached result is what the formula gives; if it breaks a table relation, the formula is wrong;
 * - `unsupported`: FundCheck cannot recompute this formula, and says nothing about it.
 */
export type FormulaState =
  | { state: 'notFormula' }
  | { state: 'uncalculated' }
  | { state: 'unsupported' }
  | { state: 'stale'; cached: number; computed: Decimal }
  | { state: 'consistent' };

const memo = new WeakMap<FormulaCells, Map<string, FormulaState>>();
const recomputed = new WeakMap<FormulaCells, Map<string, Decimal | null>>();

export function formulaState(ref: CellRef, values: FormulaCells): FormulaState {
  let byCell = memo.get(values);
  if (!byCell) memo.set(values, (byCell = new Map()));
  const key = cellKey(ref);
  let state = byCell.get(key);
  if (!state) byCell.set(key, (state = classify(ref, values)));
  return state;
}

function classify(ref: CellRef, values: FormulaCells): FormulaState {
  const cell = values.raw(ref);
  if (cell?.formula === undefined) return { state: 'notFormula' };
  if (cell.value === null || cell.value === undefined) return { state: 'uncalculated' };
  if (typeof cell.value !== 'number') return { state: 'unsupported' };
  const computed = recompute(ref, values);
  if (!computed) return { state: 'unsupported' };
  return agrees(computed, cell.value) ? { state: 'consistent' } : { state: 'stale', cached: cell.value, computed };
}

/**
 * What a cell holds once the workbook is recalculated: a formula's value from its inputs (their own formulas
 * recomputed first, so a stale 合计 does not make the 增加 computed from it look stale too), a stored number as is.
 * null: not a number, or a formula FundCheck cannot recompute (or a circular one).
 */
function recompute(ref: CellRef, values: FormulaCells): Decimal | null {
  let byCell = recomputed.get(values);
  if (!byCell) recomputed.set(values, (byCell = new Map()));
  const key = cellKey(ref);
  if (byCell.has(key)) return byCell.get(key) ?? null;
  const cell = values.raw(ref);
  if (cell?.formula === undefined) return storedNumber(values, ref);
  byCell.set(key, null);
  const expr = parseFormula(cell.formula, ref.sheet);
  const value = expr && evaluateFormula(expr, values, (input) => recompute(input, values));
  byCell.set(key, value);
  return value;
}

/** Excel computes in binary doubles: a result equal to about 12 significant digits agrees. */
function agrees(computed: Decimal, cached: number): boolean {
  const stored = exactOf(cached);
  return computed.minus(stored).abs().lte(Math.max(stored.abs().toNumber(), 1) * 1e-12);
}
