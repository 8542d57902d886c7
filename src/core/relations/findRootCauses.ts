import type Decimal from 'decimal.js';
import { cellKey, sameCell, type CellRef } from '../grid/address';
import { Dec, roundHalfUp } from '../numeric/decimal';
import { numberWithValue, type NumberValue } from '../values/parseCellValue';
import { CellMap } from '../grid/CellMap';
import { addendInterval } from './addendInterval';
import type { CellValues } from './CellValues';
import { evaluateRelation } from './evaluateRelation';
import { relationStatus } from './relationStatus';
import { eachRelationCell, relationCells, type Relation, type Term } from './Relation';

const ZERO = new Dec(0);
const ONE = new Dec(1);

/** One wrong cell: correcting it to `expected` repairs every relation in `repairs`. */
export interface RootCause {
  cell: CellRef;
  stated: NumberValue;
  expected: Decimal;
  /** The relation the error is reported under (one whose target is the cell, when there is one). */
  relation: Relation;
  /** Relations that break only because of this cell. */
  repairs: Relation[];
}

export interface RootCauseResult {
  causes: RootCause[];
  /** Broken relations no single correction explains: each is reported against its own target. */
  unexplained: { relation: Relation; expected: Decimal; stated: NumberValue }[];
}

/** A cell that may never be blamed: one a reader of the table does not see (a hidden row, column or sheet). */
export type Unblamable = (ref: CellRef) => boolean;

/**
 * Greedy search for the cells whose correction repairs the most broken relations while breaking none that hold.
 * A wrong 合计 in hami-2019 breaks both the sum and the 执行预算% computed from it; correcting the 合计 repairs
 * both, so the 合计 is the error and the rate is its consequence.
 */
export function findRootCauses(relations: Relation[], values: CellValues, unblamable: Unblamable = () => false): RootCauseResult {
  const errorRelations = relations.filter((r) => r.severity === 'error');
  // Each cell's relations (by index: one as a number, most cells have no more; several as a list).
  const byCell = new CellMap<number | number[]>();
  errorRelations.forEach((relation, i) =>
    eachRelationCell(relation, (ref) => {
      const at = byCell.get(ref);
      if (at === undefined) byCell.set(ref, i);
      else if (typeof at === 'number') {
        if (at !== i) byCell.set(ref, [at, i]);
      } else if (at[at.length - 1] !== i) at.push(i);
    }),
  );
  const relationsAt = (ref: CellRef): Relation[] => {
    const at = byCell.get(ref);
    return at === undefined ? [] : typeof at === 'number' ? [errorRelations[at]] : at.map((i) => errorRelations[i]);
  };
  // A correction repairs only the broken relations that share its cell, so the broken relations linked by shared
  // cells are searched together, each group on its own: the work follows the size of a table's breaks, never the
  // size of the workbook (relations that hold, such as the same fact stated in many copies, link nothing here).
  const broken = errorRelations.filter((r) => relationStatus(r, values) === 'violated');
  const groups = new UnionFind(broken.length);
  const firstAt = new CellMap<number>();
  broken.forEach((relation, i) =>
    eachRelationCell(relation, (ref) => {
      const at = firstAt.get(ref);
      if (at === undefined) firstAt.set(ref, i);
      else if (at !== i) groups.join(at, i);
    }),
  );
  const causes: RootCause[] = [];
  const violated = new Set<Relation>();
  for (const group of groups.sets(broken)) {
    // The search takes out of `open` what its corrections repair; what is left, no one correction explains.
    const open = new Set(group);
    causes.push(...searchGroup(open, relationsAt, values, unblamable));
    for (const relation of open) violated.add(relation);
  }

  const unexplained = [...violated].flatMap((relation) => {
    if (relationStatus(relation, values) !== 'violated') return [];
    const evaluation = evaluateRelation(relation, values);
    if (evaluation.status !== 'violated') return [];
    const decimals = evaluation.stated.decimals;
    return [{ relation, expected: roundHalfUp(evaluation.point, decimals), stated: evaluation.stated }];
  });
  for (const cause of causes) values.setTrial(cause.cell, null);
  return { causes, unexplained };
}

/** The greedy search within one group; repaired relations leave `violated`, trial values stay set for the caller. */
function searchGroup(violated: Set<Relation>, relationsAt: (ref: CellRef) => Relation[], values: CellValues, unblamable: Unblamable): RootCause[] {
  const causes: RootCause[] = [];
  while (violated.size > 0) {
    const best = bestCandidate([...violated], relationsAt, violated, values, unblamable);
    if (!best || best.fixed.length - best.broken <= 0) break;
    values.setTrial(best.cell, best.trial);
    for (const relation of best.fixed) violated.delete(relation);
    const own = best.fixed.find((r) => sameCell(r.target, best.cell)) ?? best.fixed[0];
    causes.push({ cell: best.cell, stated: best.stated, expected: best.trial.value, relation: own, repairs: best.fixed });
  }
  return causes;
}

/** Disjoint sets of 0 … n − 1, joined pair by pair (union–find with path halving). */
class UnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  join(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[rootB] = rootA;
  }

  /** The items grouped by set, sets in the order of their first item, items in their own order. */
  sets<T>(items: T[]): T[][] {
    const byRoot = new Map<number, T[]>();
    items.forEach((item, i) => {
      const root = this.find(i);
      const set = byRoot.get(root);
      if (set) set.push(item);
      else byRoot.set(root, [item]);
    });
    return [...byRoot.values()];
  }
}

interface Candidate {
  cell: CellRef;
  stated: NumberValue;
  trial: NumberValue;
  fixed: Relation[];
  broken: number;
  isTarget: boolean;
  exactSource: boolean;
}

function bestCandidate(
  broken: Relation[],
  relationsAt: (ref: CellRef) => Relation[],
  violated: Set<Relation>,
  values: CellValues,
  unblamable: Unblamable,
): Candidate | null {
  let best: Candidate | null = null;
  const tried = new Set<string>();
  // Each broken relation proposes its own correction for each of its cells: a 合计 solved from its sum may
  // repair more than the same 合计 solved from a rate computed with it.
  for (const relation of broken) {
    const solve = relationSolver(relation, values);
    for (const ref of relationCells(relation)) {
      if (unblamable(ref)) continue;
      const candidate = tryCorrection(ref, relation, solve, relationsAt(ref), violated, values, tried);
      if (candidate && better(candidate, best)) best = candidate;
    }
  }
  return best;
}

function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  const scoreA = a.fixed.length - a.broken;
  const scoreB = b.fixed.length - b.broken;
  if (scoreA !== scoreB) return scoreA > scoreB;
  if (a.fixed.length !== b.fixed.length) return a.fixed.length > b.fixed.length;
  // On a tie, blame the derived cell (a 合计, a rate) rather than one of its inputs.
  if (a.isTarget !== b.isTarget) return a.isTarget;
  // The same cell solved from a sum is exact; solved from a rounded rate it is only close.
  return a.exactSource && !b.exactSource;
}

function tryCorrection(
  ref: CellRef,
  source: Relation,
  solve: (ref: CellRef) => Decimal | null,
  involved: Relation[],
  violated: Set<Relation>,
  values: CellValues,
  tried: Set<string>,
): Candidate | null {
  const stated = values.get(ref);
  if (stated.kind !== 'number') return null;
  const solved = solve(ref);
  if (!solved) return null;
  // A figure typed as shown in a sum of such figures (a bare 总分 `86.5`) has no digits hidden by a format: its
  // correction may carry the digits the sum needs (86.49), not only the ones it was typed with.
  const decimals = source.exactAddends && isExact(addendInterval(values, ref)) ? Math.max(stated.decimals, solved.decimalPlaces()) : stated.decimals;
  const trial = numberWithValue(stated, roundHalfUp(solved, decimals));
  if (trial.value.eq(stated.value)) return null;
  const attempt = `${cellKey(ref)}=${trial.value.toString()}`;
  if (tried.has(attempt)) return null;
  tried.add(attempt);
  // A correction that leaves a holding relation uncomputable (a 预算数 solved to 0 under its 完成预算) breaks it too.
  const holding = involved.filter((r) => !violated.has(r) && relationStatus(r, values) === 'holds');
  values.setTrial(ref, trial);
  const fixed: Relation[] = [];
  let broken = 0;
  for (const relation of involved) {
    const status = relationStatus(relation, values);
    if (violated.has(relation) && status === 'holds') fixed.push(relation);
    if (!violated.has(relation) && (status === 'violated' || (status === 'skipped' && holding.includes(relation)))) broken++;
  }
  values.setTrial(ref, null);
  if (fixed.length === 0) return null;
  return { cell: ref, stated, trial, fixed, broken, isTarget: sameCell(source.target, ref), exactSource: !source.denominator };
}

function isExact(interval: { lo: Decimal; hi: Decimal } | null): boolean {
  return interval !== null && interval.lo.eq(interval.hi);
}

/**
 * The value of `ref` that makes `relation` hold exactly, from the other cells' stated values.
 * With N = n₁x + n₀ and D = d₁x + d₀ (x the unknown), T = N / D gives x = (n₀ − T·d₀) / (T·d₁ − n₁).
 */
export function solveFor(ref: CellRef, relation: Relation, values: CellValues): Decimal | null {
  return relationSolver(relation, values)(ref);
}

/** A side's terms with their current values, and their sum; `complete` when every term has a value. */
interface SideSum {
  terms: { ref: CellRef; sign: 1 | -1; value: Decimal | null }[];
  total: Decimal;
  complete: boolean;
}

/**
 * solveFor for each cell of one relation, its sums taken once: the part without the unknown (n₀, d₀) is the sum
 * less the unknown's own terms, so solving for every cell of a 合计 of n items is n additions, not n². The values
 * are read when the solver is made; it serves while they stay as they are.
 */
export function relationSolver(relation: Relation, values: CellValues): (ref: CellRef) => Decimal | null {
  const valueOf = (r: CellRef): Decimal | null => {
    const parsed = values.get(r);
    if (parsed.kind === 'number') return parsed.value;
    return parsed.kind === 'empty' && relation.emptyAsZero ? ZERO : null;
  };
  const sideOf = (terms: Term[]): SideSum => {
    let total = ZERO;
    let complete = true;
    const valued = terms.map((term) => {
      const value = valueOf(term.ref);
      if (value === null) complete = false;
      else total = total.plus(term.sign === 1 ? value : value.neg());
      return { ref: term.ref, sign: term.sign, value };
    });
    return { terms: valued, total, complete };
  };
  /** [coefficient of the unknown, the rest] on one side; null when a term other than the unknown has no value. */
  const split = (side: SideSum, ref: CellRef): [Decimal, Decimal] | null => {
    let coefficient = 0;
    let rest = side.total;
    for (const term of side.terms) {
      if (!sameCell(term.ref, ref)) continue;
      coefficient += term.sign;
      // The unknown's own value left the total (it is not part of the rest); a term without one never entered it.
      if (term.value !== null) rest = rest.minus(term.sign === 1 ? term.value : term.value.neg());
    }
    if (!side.complete && side.terms.some((term) => term.value === null && !sameCell(term.ref, ref))) return null;
    return [new Dec(coefficient), rest];
  };
  const numerator = sideOf(relation.numerator);
  const denominator = relation.denominator ? sideOf(relation.denominator) : null;
  const factor = new Dec(relation.factor ?? 1);
  const stated = valueOf(relation.target);
  return (ref) => {
    const n = split(numerator, ref);
    const d = denominator ? split(denominator, ref) : ([ZERO, ONE] as [Decimal, Decimal]);
    if (!n || !d) return null;
    const [n1, n0] = n;
    const [d1, d0] = d;
    if (sameCell(relation.target, ref)) {
      return d0.isZero() ? null : n0.div(d0).mul(factor);
    }
    if (stated === null) return null;
    const target = stated.div(factor);
    const divisor = target.mul(d1).minus(n1);
    if (divisor.isZero()) return null;
    return n0.minus(target.mul(d0)).div(divisor);
  };
}
