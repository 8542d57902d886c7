import type Decimal from 'decimal.js';
import { fromA1, toA1 } from '../../../../src/core';
import { Dec } from '../../../../src/core/numeric/decimal';
import type { Rng } from '../generator/random';
import type { FactSet } from './factModel';
import { relationsOf } from './relations';
import type { WrittenTable } from './renderTable';
import { shown, type FormulaSpec, type StatedCell } from './statedCells';

/**
 * The formulas reality: a table's totals as SUM(…) over their addends, its derived cells as =C5-D5, =E5/D5,
 * =(C5-D5)/D5 …, each with the cached value Excel would store (computed in decimals from the inputs as stored).
 * A cell becomes a formula only where the formula shows what the typed figure showed, so a clean workbook stays
 * clean; a mistake's own formula (a SUM over the wrong rows, an AVERAGE of rates) is set by the mistake.
 */
export function planFormulas(rng: Rng, facts: FactSet, table: WrittenTable): number {
  const sums = rng.chance(0.7);
  const derived = !sums || rng.chance(0.6);
  let count = 0;
  const byKey = new Map(table.cells.map((c) => [c.key, c]));
  for (const cell of table.cells) {
    const relations = relationsOf(facts, cell.fact, (f) => table.byFact.get(f)?.key ?? null);
    let spec: FormulaSpec | null = null;
    for (const r of relations) {
      if (r.target !== cell.key || r.growthForm === 'B') continue;
      if (sums && (r.rule === 'fundSum' || r.rule === 'accountSum') && !r.hasDash) spec = { kind: 'sum', refs: r.terms.map((t) => t.key) };
      if (!derived) continue;
      if (r.rule === 'change' || r.rule === 'net') spec = { kind: 'diff', a: r.terms[0].key, b: r.terms[1].key };
      if (r.rule === 'closing') spec = { kind: 'add', a: r.terms[0].key, b: r.terms[1].key };
      if (r.rule === 'exec') spec = { kind: 'ratio', num: r.terms[0].key, den: r.den![0].key };
      if (r.rule === 'growth') spec = r.terms.length === 1 ? { kind: 'ratio', num: r.terms[0].key, den: r.den![0].key } : { kind: 'growth', actual: r.terms[0].key, prior: r.terms[1].key };
      if (spec) break;
    }
    if (!spec) continue;
    const cached = evaluateFormula(spec, (key) => byKey.get(key) ?? null);
    if (!cached || !shown(cached, cell.decimals).eq(cell.value)) continue;
    cell.formula = spec;
    cell.cached = cached;
    count++;
  }
  return count;
}

/** A formula's result from its inputs as stored: a typed figure as typed, a formula's its own cached value. */
export function evaluateFormula(spec: FormulaSpec, cellAt: (key: string) => StatedCell | null): Decimal | null {
  return formulaOf(spec, (key) => {
    const cell = cellAt(key);
    if (!cell) return null;
    return cell.formula && cell.cached ? cell.cached : cell.value;
  });
}

/** A formula's result from the values its inputs have (null where one has none). */
export function formulaOf(spec: FormulaSpec, v: (key: string) => Decimal | null): Decimal | null {
  const all = (keys: string[]) => {
    const values = keys.map(v);
    return values.every((x) => x !== null) ? (values as Decimal[]) : null;
  };
  switch (spec.kind) {
    case 'sum':
    case 'average': {
      const values = all(spec.refs);
      if (!values) return null;
      const sum = values.reduce((a, b) => a.plus(b), new Dec(0));
      return spec.kind === 'sum' ? sum : sum.div(values.length);
    }
    case 'diff':
    case 'add': {
      const [a, b] = [v(spec.a), v(spec.b)];
      if (!a || !b) return null;
      return spec.kind === 'diff' ? a.minus(b) : a.plus(b);
    }
    case 'ratio': {
      const [n, d] = [v(spec.num), v(spec.den)];
      return n && d && !d.isZero() ? n.div(d) : null;
    }
    case 'growth': {
      const [a, p] = [v(spec.actual), v(spec.prior)];
      return a && p && !p.isZero() ? a.minus(p).div(p) : null;
    }
  }
}

/** Recompute every formula from its inputs (after a mistake changed one), in dependency order. */
export function recalculate(cells: StatedCell[]): void {
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const formulas = cells.filter((c) => c.formula);
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const cell of formulas) {
      const cached = evaluateFormula(cell.formula!, (key) => byKey.get(key) ?? null);
      if (!cached) continue;
      if (!cell.cached || !cached.eq(cell.cached)) changed = true;
      cell.cached = cached;
      cell.value = shown(cached, cell.decimals);
    }
    if (!changed) break;
  }
}

/** The keys a formula reads. */
export function formulaRefs(spec: FormulaSpec): string[] {
  switch (spec.kind) {
    case 'sum':
    case 'average':
      return spec.refs;
    case 'diff':
    case 'add':
      return [spec.a, spec.b];
    case 'ratio':
      return [spec.num, spec.den];
    case 'growth':
      return [spec.actual, spec.prior];
  }
}

/** Every cell whose value follows from `key` through formulas. */
export function dependents(cells: StatedCell[], key: string): Set<string> {
  const out = new Set<string>();
  let frontier = [key];
  while (frontier.length) {
    const next: string[] = [];
    for (const cell of cells) if (cell.formula && !out.has(cell.key) && formulaRefs(cell.formula).some((k) => frontier.includes(k))) {
      out.add(cell.key);
      next.push(cell.key);
    }
    frontier = next;
  }
  return out;
}

/** The formula as Excel text (without `=`), its references in A1 on the same sheet. */
export function formulaText(spec: FormulaSpec): string {
  const a1 = (key: string) => key.slice(key.indexOf('!') + 1);
  switch (spec.kind) {
    case 'sum':
    case 'average': {
      const fn = spec.kind === 'sum' ? 'SUM' : 'AVERAGE';
      const range = contiguous(spec.refs.map(a1));
      if (range) return `${fn}(${range})`;
      return spec.kind === 'sum' ? spec.refs.map(a1).join('+') : `(${spec.refs.map(a1).join('+')})/${spec.refs.length}`;
    }
    case 'diff':
      return `${a1(spec.a)}-${a1(spec.b)}`;
    case 'add':
      return `${a1(spec.a)}+${a1(spec.b)}`;
    case 'ratio':
      return `${a1(spec.num)}/${a1(spec.den)}`;
    case 'growth':
      return `(${a1(spec.actual)}-${a1(spec.prior)})/${a1(spec.prior)}`;
  }
}

/** `C5:C8` when the cells run without a gap along one column or row, in order. */
function contiguous(refs: string[]): string | null {
  if (refs.length < 2) return null;
  const at = refs.map(fromA1);
  const sameCol = at.every((p, i) => p.col === at[0].col && p.row === at[0].row + i);
  const sameRow = at.every((p, i) => p.row === at[0].row && p.col === at[0].col + i);
  return sameCol || sameRow ? `${toA1(at[0].row, at[0].col)}:${toA1(at[at.length - 1].row, at[at.length - 1].col)}` : null;
}
