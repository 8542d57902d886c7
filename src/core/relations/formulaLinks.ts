import type Decimal from 'decimal.js';
import type { CellRef } from '../grid/address';
import { CellMap } from '../grid/CellMap';
import { evaluateFormula, storedNumber } from '../formulas/evaluateFormula';
import { formulaState } from '../formulas/formulaState';
import { parseFormula, type Expr } from '../formulas/parseFormula';
import { numberWithValue } from '../values/parseCellValue';
import type { CellValues } from './CellValues';

/** A formula among the relations' cells: its parsed expression and the cells it reads. */
interface Link {
  ref: CellRef;
  expr: Expr;
  inputs: CellRef[];
}

/**
 * The formulas among the relations' cells, and which cells each reads. A formula is no statement of its own: under
 * a trial correction of one of its inputs (a wrong 合计), it gives what Excel would recalculate (the 增加 `=B7-C7`
 * follows), so the root-cause search neither blames it nor counts it against the correction. Only formulas whose
 * cached result agrees with their inputs follow them; a stale one is its own finding.
 */
export class FormulaLinks {
  private readonly links = new CellMap<Link>();
  private readonly readers = new CellMap<Link[]>();

  constructor(cells: Iterable<CellRef>, private readonly values: CellValues) {
    for (const ref of cells) {
      const raw = values.raw(ref);
      if (raw?.formula === undefined || this.links.has(ref) || formulaState(ref, values).state !== 'consistent') continue;
      const expr = parseFormula(raw.formula, ref.sheet);
      if (!expr) continue;
      const link: Link = { ref, expr, inputs: inputsOf(expr, values) };
      this.links.set(ref, link);
      for (const input of link.inputs) {
        const list = this.readers.get(input);
        if (list) list.push(link);
        else this.readers.set(input, [link]);
      }
    }
  }

  /** The cells a formula cell reads, none for a typed one. */
  inputsOf(ref: CellRef): CellRef[] {
    return this.links.get(ref)?.inputs ?? [];
  }

  /** The formula cells that follow `ref`, directly or through one another, each once, readers before their readers. */
  followers(ref: CellRef): CellRef[] {
    const out: CellRef[] = [];
    const seen = new CellMap<true>();
    seen.set(ref, true);
    const queue = [ref];
    for (let i = 0; i < queue.length; i++) {
      for (const link of this.readers.get(queue[i]) ?? []) {
        if (seen.has(link.ref)) continue;
        seen.set(link.ref, true);
        out.push(link.ref);
        queue.push(link.ref);
      }
    }
    return out;
  }

  /** Set each follower's trial value to what its formula gives from the values as they stand (trials included). */
  recalculate(followers: CellRef[]): void {
    for (const ref of followers) {
      const link = this.links.get(ref)!;
      const stated = this.values.original(ref);
      const value = evaluateFormula(link.expr, this.values, (input) => currentNumber(this.values, input));
      this.values.setTrial(ref, value && stated.kind === 'number' ? numberWithValue(stated, value) : null);
    }
  }
}

function currentNumber(values: CellValues, ref: CellRef): Decimal | null {
  const value = values.get(ref);
  return value.kind === 'number' ? value.value : storedNumber(values, ref);
}

/** Every cell an expression reads: its cells, and the cells of its ranges that hold something. */
function inputsOf(expr: Expr, values: CellValues): CellRef[] {
  switch (expr.kind) {
    case 'number':
      return [];
    case 'cell':
      return [expr.ref];
    case 'range': {
      const view = values.view(expr.sheet);
      if (!view) return [];
      const out: CellRef[] = [];
      for (const row of view.rows(expr.top, expr.bottom)) for (const col of view.columnsIn(row, expr.left, expr.right)) out.push({ sheet: expr.sheet, row, col });
      return out;
    }
    case 'negate':
      return inputsOf(expr.operand, values);
    case 'binary':
      return [...inputsOf(expr.left, values), ...inputsOf(expr.right, values)];
    case 'call':
      return expr.args.flatMap((arg) => inputsOf(arg, values));
  }
}
