import type Decimal from 'decimal.js';
import { isCellError } from '../grid/types';
import { Dec } from '../numeric/decimal';
import type { FormulaCells } from './FormulaCells';
import type { CellRef } from '../grid/address';
import type { Expr } from './parseFormula';

/** The value of a referenced cell that holds something; null when it is not a number FundCheck can know. */
export type InputValue = (ref: CellRef) => Decimal | null;

/**
 * A formula's value from its inputs as Excel stores them (full precision, not as shown), in decimal arithmetic.
 * `input` gives each non-empty referenced cell's value (its stored number, or what its own formula gives).
 * null when it cannot be known without guessing: an input holds text, an error or a boolean, a ROUND's digits
 * are not whole, or a division by zero.
 */
export function evaluateFormula(expr: Expr, values: FormulaCells, input: InputValue = (ref) => storedNumber(values, ref)): Decimal | null {
  try {
    return evaluate(expr, values, input);
  } catch {
    return null;
  }
}

class NotKnown extends Error {}

function evaluate(expr: Expr, values: FormulaCells, input: InputValue): Decimal {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'cell':
      return cellValue(values, expr.ref, input);
    case 'range':
      return sumOfRange(expr, values, input);
    case 'negate':
      return evaluate(expr.operand, values, input).neg();
    case 'binary': {
      const left = evaluate(expr.left, values, input);
      const right = evaluate(expr.right, values, input);
      if (expr.op === '+') return left.plus(right);
      if (expr.op === '-') return left.minus(right);
      if (expr.op === '*') return left.mul(right);
      if (right.isZero()) throw new NotKnown();
      return left.div(right);
    }
    case 'call':
      return call(expr.name, expr.args, values, input);
  }
}

function call(name: 'SUM' | 'ROUND' | 'ABS', args: Expr[], values: FormulaCells, input: InputValue): Decimal {
  const value = (arg: Expr) => evaluate(arg, values, input);
  if (name === 'SUM') return args.reduce((sum, arg) => sum.plus(value(arg)), new Dec(0));
  if (name === 'ABS' && args.length === 1) return value(args[0]).abs();
  if (name === 'ROUND' && args.length === 2) {
    const digits = value(args[1]);
    if (!digits.isInteger()) throw new NotKnown();
    // Excel rounds halves away from zero, as decimal.js's ROUND_HALF_UP does; negative digits round left of the point.
    const scale = new Dec(10).pow(digits.toNumber());
    return value(args[0]).mul(scale).toDecimalPlaces(0, Dec.ROUND_HALF_UP).div(scale);
  }
  throw new NotKnown();
}

/** A range's cells as SUM reads them: empty cells count 0. */
function sumOfRange(range: Extract<Expr, { kind: 'range' }>, values: FormulaCells, input: InputValue): Decimal {
  const view = values.view(range.sheet);
  if (!view) throw new NotKnown();
  let sum = new Dec(0);
  for (const row of view.rows(range.top, range.bottom)) {
    for (const col of view.columnsIn(row, range.left, range.right)) sum = sum.plus(cellValue(values, { sheet: range.sheet, row, col }, input));
  }
  return sum;
}

/** An empty cell counts 0, as in Excel; anything else must be a number FundCheck knows. */
function cellValue(values: FormulaCells, ref: CellRef, input: InputValue): Decimal {
  if (!values.view(ref.sheet)) throw new NotKnown();
  const cell = values.raw(ref);
  if (!cell || ((cell.value === null || cell.value === '') && cell.formula === undefined)) return new Dec(0);
  const value = input(ref);
  if (!value) throw new NotKnown();
  return value;
}

/** A cell's stored number (a formula's cached result), null when it holds no number. */
export function storedNumber(values: FormulaCells, ref: CellRef): Decimal | null {
  const raw = values.raw(ref)?.value;
  return typeof raw === 'number' && !isCellError(raw) ? exactOf(raw) : null;
}

/** A stored double as the 15 significant digits Excel keeps. */
export function exactOf(raw: number): Decimal {
  return new Dec(Number.isInteger(raw) ? String(raw) : String(Number(raw.toPrecision(15))));
}
