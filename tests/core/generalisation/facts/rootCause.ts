import type Decimal from 'decimal.js';
import { Dec } from '../../../../src/core/numeric/decimal';
import { formulaOf, formulaRefs } from './formulas';
import { cellsOf, type CellRelation, type Term } from './relations';
import type { FormulaSpec } from './statedCells';

/**
 * The generator's own judge: interval rounding (a figure shown with d decimals stands for ±½·10⁻ᵈ, propagated
 * through + − ÷) and the root-cause search as README's "Root cause" describes it — the cell whose correction
 * repairs the most broken relations while breaking none that hold, ties to the relation's target; what no
 * single correction explains is reported at its target. From it a case learns which cells the core must
 * report, and the groups of cells any of which it may report instead.
 */
export interface CellValue {
  value: Decimal;
  decimals: number;
  /** To 万元 (amounts); 1 for rates. */
  factor: Decimal;
  hidden: boolean;
  /** A formula follows its inputs: under a trial correction it gives what Excel would recalculate. */
  formula?: FormulaSpec;
}
export type Values = Map<string, CellValue>;

export type Status = 'holds' | 'violated' | 'skipped';

interface Interval {
  lo: Decimal;
  hi: Decimal;
}

const HALF = new Map<number, Decimal>();
function half(decimals: number): Decimal {
  let h = HALF.get(decimals);
  if (!h) HALF.set(decimals, (h = new Dec(10).pow(-decimals).div(2)));
  return h;
}

const INTERVALS = new WeakMap<CellValue, Interval>();
const ONE = new Dec(1);

function interval(v: CellValue): Interval {
  let i = INTERVALS.get(v);
  if (!i) {
    const h = half(v.decimals);
    i = v.factor.eq(ONE) ? { lo: v.value.minus(h), hi: v.value.plus(h) } : { lo: v.value.minus(h).mul(v.factor), hi: v.value.plus(h).mul(v.factor) };
    INTERVALS.set(v, i);
  }
  return i;
}

function sumOf(terms: Term[], values: Values): Interval | null {
  let lo = new Dec(0);
  let hi = new Dec(0);
  for (const t of terms) {
    const v = values.get(t.key);
    if (!v) return null;
    const i = interval(v);
    if (t.sign === 1) {
      lo = lo.plus(i.lo);
      hi = hi.plus(i.hi);
    } else {
      lo = lo.minus(i.hi);
      hi = hi.minus(i.lo);
    }
  }
  return { lo, hi };
}

/** Floats bound the decimal answer: only a relation within a hair of its edge is settled in decimals. */
const FLOATS = new WeakMap<CellValue, [number, number]>();
function floatInterval(v: CellValue): [number, number] {
  let f = FLOATS.get(v);
  if (!f) {
    const h = 0.5 * 10 ** -v.decimals;
    const x = v.value.toNumber();
    const k = v.factor.toNumber();
    f = [(x - h) * k, (x + h) * k];
    FLOATS.set(v, f);
  }
  return f;
}

function floatSum(terms: Term[], values: Values): [number, number, number] | null {
  let lo = 0;
  let hi = 0;
  let size = 0;
  for (const t of terms) {
    const v = values.get(t.key);
    if (!v) return null;
    const [a, b] = floatInterval(v);
    size = Math.max(size, Math.abs(a), Math.abs(b));
    if (t.sign === 1) {
      lo += a;
      hi += b;
    } else {
      lo -= b;
      hi -= a;
    }
  }
  return [lo, hi, size];
}

function floatStatus(r: CellRelation, values: Values): Status | null {
  const t = values.get(r.target);
  if (!t) return 'skipped';
  const [tlo, thi] = floatInterval(t);
  let lo: number;
  let hi: number;
  let size = Math.max(Math.abs(tlo), Math.abs(thi));
  const n = floatSum(r.terms, values);
  if (!n) return 'skipped';
  size = Math.max(size, n[2]);
  if (r.kind === 'ratio') {
    const d = floatSum(r.den!, values);
    if (!d) return 'skipped';
    if (Math.abs(d[0]) < 1e-6 * (d[2] + 1) || Math.abs(d[1]) < 1e-6 * (d[2] + 1) || (d[0] <= 0 && d[1] >= 0)) return null;
    const q = [n[0] / d[0], n[0] / d[1], n[1] / d[0], n[1] / d[1]];
    lo = Math.min(...q);
    hi = Math.max(...q);
    size = Math.max(Math.abs(tlo), Math.abs(thi), Math.abs(lo), Math.abs(hi));
  } else {
    lo = n[0];
    hi = n[1];
  }
  const eps = 1e-9 * (1 + size);
  if (r.kind === 'le') {
    const gap = tlo - hi;
    return gap > eps ? 'violated' : gap < -eps ? 'holds' : null;
  }
  const gap = Math.max(lo - thi, tlo - hi);
  return gap > eps ? 'violated' : gap < -eps ? 'holds' : null;
}

export function status(r: CellRelation, values: Values): Status {
  return floatStatus(r, values) ?? decimalStatus(r, values);
}

function decimalStatus(r: CellRelation, values: Values): Status {
  const t = values.get(r.target);
  if (!t) return 'skipped';
  const target = interval(t);
  let computed: Interval | null;
  if (r.kind === 'ratio') {
    const n = sumOf(r.terms, values);
    const d = sumOf(r.den!, values);
    if (!n || !d || (d.lo.lte(0) && d.hi.gte(0))) return 'skipped';
    const q = [n.lo.div(d.lo), n.lo.div(d.hi), n.hi.div(d.lo), n.hi.div(d.hi)];
    computed = { lo: Dec.min(...q), hi: Dec.max(...q) };
  } else computed = sumOf(r.terms, values);
  if (!computed) return 'skipped';
  if (r.kind === 'le') return target.lo.lte(computed.hi) ? 'holds' : 'violated';
  return computed.lo.lte(target.hi) && target.lo.lte(computed.hi) ? 'holds' : 'violated';
}

/** The value of `key` (in its own unit) that makes the relation hold exactly, from the others' stated values. */
function solve(r: CellRelation, key: string, values: Values): Decimal | null {
  const point = (k: string) => {
    const v = values.get(k);
    return v ? v.value.mul(v.factor) : null;
  };
  const side = (terms: Term[]): [Decimal, Decimal] | null => {
    let coefficient = new Dec(0);
    let rest = new Dec(0);
    for (const t of terms) {
      if (t.key === key) coefficient = coefficient.plus(t.sign);
      else {
        const p = point(t.key);
        if (p === null) return null;
        rest = rest.plus(p.mul(t.sign));
      }
    }
    return [coefficient, rest];
  };
  const own = values.get(key)!;
  if (r.kind === 'le') return null;
  if (r.target === key) {
    const n = side(r.terms);
    if (!n) return null;
    if (r.kind !== 'ratio') return n[1].div(own.factor);
    const d = side(r.den!);
    if (!d || d[1].isZero()) return null;
    return n[1].div(d[1]).div(own.factor);
  }
  const target = point(r.target);
  const n = side(r.terms);
  const d = r.kind === 'ratio' ? side(r.den!) : ([new Dec(0), new Dec(1)] as [Decimal, Decimal]);
  if (target === null || !n || !d) return null;
  const divisor = target.mul(d[0]).minus(n[0]);
  if (divisor.isZero()) return null;
  return n[1].minus(target.mul(d[1])).div(divisor).div(own.factor);
}

export interface SearchOptions {
  /** Whether hidden cells may be proposed as corrections (the core may never name them). */
  hiddenCandidates: boolean;
  /** Cells that are never proposed: formulas right given their inputs. */
  fixedCells?: Set<string>;
}

export interface Cause {
  /** The cells tied for the correction: any of them repairs the same relations, breaking none. */
  tied: string[];
  repairs: CellRelation[];
}

export interface SearchResult {
  causes: Cause[];
  /** Relations no single correction repairs: reported at their targets. */
  unexplained: CellRelation[];
  /** Whether tied corrections repaired different relations (the verdict then depends on the tie-break). */
  ambiguous: boolean;
}

/** Relations with the relations of each cell, built once per reading of the catalogue. */
export interface RelationIndex {
  relations: CellRelation[];
  byCell: Map<string, CellRelation[]>;
}

export function indexRelations(relations: CellRelation[]): RelationIndex {
  const byCell = new Map<string, CellRelation[]>();
  for (const r of relations) {
    for (const key of new Set(cellsOf(r))) {
      const list = byCell.get(key);
      if (list) list.push(r);
      else byCell.set(key, [r]);
    }
  }
  return { relations, byCell };
}

/**
 * The greedy root-cause search over the indexed relations (equalities only), from the stated `values`. Only
 * relations through `changed` cells are looked at first: every other one held before the mistake.
 */
export function searchRootCauses(index: RelationIndex, values: Values, changed: string[], options: SearchOptions): SearchResult {
  const byCell = index.byCell;
  const touched = new Set(changed.flatMap((k) => byCell.get(k) ?? []));
  const violated = new Set([...touched].filter((r) => status(r, values) === 'violated'));
  const trial = new Map(values);
  const causes: Cause[] = [];
  let ambiguous = false;
  // The formulas that read each cell, and each cell's followers (formulas reading it, directly or not), in order.
  const readers = new Map<string, string[]>();
  for (const [key, v] of values) if (v.formula) for (const ref of formulaRefs(v.formula)) readers.set(ref, [...(readers.get(ref) ?? []), key]);
  const followersOf = (key: string): string[] => {
    const out: string[] = [];
    const seen = new Set([key]);
    for (let i = -1; i < out.length; i++) {
      for (const reader of readers.get(i < 0 ? key : out[i]) ?? []) {
        if (seen.has(reader)) continue;
        seen.add(reader);
        out.push(reader);
      }
    }
    return out;
  };
  const recalculate = (followers: string[]) => {
    for (const key of followers) {
      const cell = trial.get(key)!;
      const value = computeFormula(cell.formula!, trial);
      if (value) trial.set(key, { ...cell, value });
    }
  };
  while (violated.size) {
    type Candidate = { key: string; value: Decimal; fixed: CellRelation[]; broken: number; isTarget: boolean };
    const candidates: Candidate[] = [];
    const tried = new Set<string>();
    for (const r of violated) {
      for (const key of new Set(cellsOf(r))) {
        const stated = trial.get(key);
        if (!stated || (stated.hidden && !options.hiddenCandidates) || options.fixedCells?.has(key)) continue;
        const solved = solve(r, key, trial);
        if (!solved) continue;
        const value = solved.toDecimalPlaces(stated.decimals, Dec.ROUND_HALF_UP);
        if (value.eq(stated.value)) continue;
        const attempt = `${key}=${value.toString()}`;
        if (tried.has(attempt)) continue;
        tried.add(attempt);
        const followers = followersOf(key);
        const involved = [...new Set([key, ...followers].flatMap((k) => byCell.get(k) ?? []))];
        const holding = involved.filter((x) => !violated.has(x) && status(x, trial) === 'holds');
        const before = followers.map((k) => trial.get(k)!);
        trial.set(key, { ...stated, value });
        recalculate(followers);
        const fixed: CellRelation[] = [];
        let broken = 0;
        for (const x of involved) {
          const s = status(x, trial);
          if (violated.has(x) && s === 'holds') fixed.push(x);
          if (!violated.has(x) && (s === 'violated' || (s === 'skipped' && holding.includes(x)))) broken++;
        }
        trial.set(key, stated);
        followers.forEach((k, i) => trial.set(k, before[i]));
        if (fixed.length) candidates.push({ key, value, fixed, broken, isTarget: r.target === key });
      }
    }
    const score = (c: Candidate) => c.fixed.length - c.broken;
    const best = candidates.reduce<Candidate | null>((b, c) => (!b || score(c) > score(b) || (score(c) === score(b) && c.fixed.length > b.fixed.length) || (score(c) === score(b) && c.fixed.length === b.fixed.length && c.isTarget && !b.isTarget) ? c : b), null);
    if (!best || score(best) <= 0) break;
    // Candidates as good as the best that repair the same relations are alternatives for one cause (the tie
    // the core breaks by the target); one that repairs other relations only is another cause, for a later step;
    // one that repairs some of the same and others makes the verdict hang on the order of the search.
    const equal = candidates.filter((c) => score(c) === score(best) && c.fixed.length === best.fixed.length);
    const same = (c: Candidate) => c.fixed.every((x) => best.fixed.includes(x));
    const overlaps = (c: Candidate) => c.fixed.some((x) => best.fixed.includes(x));
    if (equal.some((c) => c.key !== best.key && overlaps(c) && !same(c))) ambiguous = true;
    const tiedCandidates = equal.filter(same);
    trial.set(best.key, { ...trial.get(best.key)!, value: best.value });
    recalculate(followersOf(best.key));
    for (const x of best.fixed) violated.delete(x);
    causes.push({ tied: [...new Set(tiedCandidates.map((c) => c.key))].sort(), repairs: best.fixed });
  }
  return { causes, unexplained: [...violated], ambiguous };
}

/** A formula's value from the cells as they stand in the trial (a formula's own value there is its result). */
function computeFormula(spec: FormulaSpec, values: Values): Decimal | null {
  return formulaOf(spec, (key) => values.get(key)?.value ?? null);
}
