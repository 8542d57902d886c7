import type Decimal from 'decimal.js';
import { cellKey, sameCell, type CellRef } from '../grid/address';
import { Dec, roundHalfUp } from '../numeric/decimal';
import { numberWithValue, type NumberValue } from '../values/parseCellValue';
import { CellMap } from '../grid/CellMap';
import { addendInterval } from './addendInterval';
import type { CellValues } from './CellValues';
import { evaluateRelation } from './evaluateRelation';
import { relationStatus } from './relationStatus';
import { eachRelationCell, isBound, relationCells, type Relation, type Term } from './Relation';
import { FormulaLinks } from './formulaLinks';

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
  /** A figure right only with a wrong one: the correction it follows (figuresThatFollow). */
  follows?: CellRef;
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
export function findRootCauses(relations: Relation[], values: CellValues, unblamable: Unblamable = () => false, unwrittenCopies: CellMap<number> = new CellMap()): RootCauseResult {
  const errorRelations = relations.filter((r) => r.severity === 'error');
  // Each cell's relations (by index: one as a number, most cells have no more; several as a list).
  const byCell = new CellMap<number | number[]>();
  const cells: CellRef[] = [];
  errorRelations.forEach((relation, i) =>
    eachRelationCell(relation, (ref) => {
      const at = byCell.get(ref);
      if (at === undefined) {
        byCell.set(ref, i);
        cells.push(ref);
      } else if (typeof at === 'number') {
        if (at !== i) byCell.set(ref, [at, i]);
      } else if (at[at.length - 1] !== i) at.push(i);
    }),
  );
  const relationsAt = (ref: CellRef): Relation[] => {
    const at = byCell.get(ref);
    return at === undefined ? [] : typeof at === 'number' ? [errorRelations[at]] : at.map((i) => errorRelations[i]);
  };
  const search: Search = { relationsAt, values, unblamable, unwrittenCopies, links: values.hasFormulas() ? new FormulaLinks(cells, values) : null };
  // A correction repairs only the broken relations that share its cell (or a formula that follows it), so the broken
  // relations linked by shared cells are searched together, each group on its own: the work follows the size of a
  // table's breaks, never the size of the workbook (relations that hold link nothing here).
  const broken = errorRelations.filter((r) => relationStatus(r, values) === 'violated');
  const groups = new UnionFind(broken.length);
  const firstAt = new CellMap<number>();
  const link = (ref: CellRef, i: number) => {
    const at = firstAt.get(ref);
    if (at === undefined) firstAt.set(ref, i);
    else if (at !== i) groups.join(at, i);
  };
  broken.forEach((relation, i) =>
    eachRelationCell(relation, (ref) => {
      link(ref, i);
      for (const input of search.links?.inputsOf(ref) ?? []) link(input, i);
    }),
  );
  const causes: RootCause[] = [];
  const violated = new Set<Relation>();
  for (const group of groups.sets(broken)) {
    // The search takes out of `open` what its corrections repair; what is left, no one correction explains.
    const open = new Set(group);
    causes.push(...searchGroup(open, search));
    for (const relation of open) violated.add(relation);
  }
  causes.push(...figuresThatFollow(causes, search));

  const unexplained = [...violated].flatMap((relation) => {
    if (relationStatus(relation, values) !== 'violated') return [];
    const evaluation = evaluateRelation(relation, values);
    if (evaluation.status !== 'violated') return [];
    const decimals = evaluation.stated.decimals;
    return [{ relation, expected: roundHalfUp(evaluation.point, decimals), stated: evaluation.stated }];
  });
  values.clearTrials();
  return { causes, unexplained };
}

/** What the search works with: each cell's relations, the values, the cells never blamed, the formulas. */
interface Search {
  relationsAt: (ref: CellRef) => Relation[];
  values: CellValues;
  unblamable: Unblamable;
  /** Figures repeated exactly in copies not written as relations (believeLines): a correction breaks each copy. */
  unwrittenCopies: CellMap<number>;
  links: FormulaLinks | null;
  /** The broken relations each cell is the target of, as the values stand this round (see sharesSuspect). */
  brokenTargets?: CellMap<Relation[]>;
}

/**
 * The greedy search within one group; repaired relations leave `violated`, trial values stay set for the caller.
 * Where corrections tie, each is followed to the end of the search (in a group small enough) and the one that
 * leaves the fewest errors is taken: a 合计 that exceeds its wrong total ties with the wrong total, but only the
 * total's correction lets the 小计 formulas it follows explain the rest.
 */
function searchGroup(violated: Set<Relation>, search: Search, lookAhead = true): RootCause[] {
  const { values, links } = search;
  const causes: RootCause[] = [];
  while (violated.size > 0) {
    // A relation mended meanwhile (by a correction in another group, through a formula that follows it) is done.
    for (const relation of violated) if (relationStatus(relation, values) === 'holds') violated.delete(relation);
    if (violated.size === 0) break;
    const tied = bestCandidates([...violated], violated, search);
    if (tied.length === 0) break;
    const best = lookAhead && tied.length > 1 && violated.size <= MAX_LOOK_AHEAD ? fewestErrors(tied, violated, search) : tied[0];
    values.setTrial(best.cell, best.trial);
    links?.recalculate(best.followers);
    for (const relation of best.fixed) violated.delete(relation);
    const own = best.fixed.find((r) => sameCell(r.target, best.cell)) ?? best.fixed[0];
    causes.push({ cell: best.cell, stated: best.stated, expected: best.trial.value, relation: own, repairs: best.fixed });
  }
  return causes;
}

/**
 * Figures right only with a wrong one: a 增加 typed as the wrong 合计 less 上年, a copy of the wrong figure. Once the
 * causes are corrected, the relations they held in break; their targets must change too, and are errors of their
 * own that say which correction they follow. (A formula follows by itself; a bound names no one value.)
 */
function figuresThatFollow(causes: RootCause[], search: Search): RootCause[] {
  const { relationsAt, values, unblamable, links } = search;
  const out: RootCause[] = [];
  const corrected = new CellMap<true>();
  for (const cause of causes) corrected.set(cause.cell, true);
  const queue = causes.map((cause) => cause.cell);
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i];
    for (const cell of [from, ...(links?.followers(from) ?? [])]) {
      for (const relation of relationsAt(cell)) {
        const target = relation.target;
        if (sameCell(target, cell) || corrected.has(target) || isBound(relation) || unblamable(target) || links?.inputsOf(target).length) continue;
        if (values.statedStatuses.get(relation) !== 'holds' || relationStatus(relation, values) !== 'violated') continue;
        const stated = values.get(target);
        const solved = relationSolver(relation, values)(target);
        if (stated.kind !== 'number' || !solved) continue;
        const trial = numberWithValue(stated, roundHalfUp(solved, stated.decimals));
        values.setTrial(target, trial);
        links?.recalculate(links.followers(target));
        corrected.set(target, true);
        queue.push(target);
        out.push({ cell: target, stated, expected: trial.value, relation, repairs: [], follows: from });
      }
    }
  }
  return out;
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
  /** The formulas that follow the cell, recalculated with it. */
  followers: CellRef[];
  fixed: Relation[];
  broken: number;
  isTarget: boolean;
  exactSource: boolean;
}

/** A group this small is searched with look-ahead on ties; a larger one (a misread table) greedily. */
const MAX_LOOK_AHEAD = 40;
/** At most this many tied corrections are followed to the end. */
const MAX_TIED = 4;

/**
 * The corrections that repair more than they break, the best first and those tied with it after (same score, as
 * many repairs, the same preference for a derived cell); empty when none repairs more than it breaks.
 */
function bestCandidates(broken: Relation[], violated: Set<Relation>, search: Search): Candidate[] {
  // The values stand still through a round (each trial is taken back), so what is broken is asked once per cell.
  search.brokenTargets = new CellMap();
  const all: Candidate[] = [];
  const tried = new Set<string>();
  // Each broken relation proposes its own correction for each of its cells: a 合计 solved from its sum may
  // repair more than the same 合计 solved from a rate computed with it.
  for (const relation of broken) {
    const solve = relationSolver(relation, search.values);
    for (const ref of relationCells(relation)) {
      if (search.unblamable(ref)) continue;
      const candidate = tryCorrection(ref, relation, solve, violated, tried, search);
      if (candidate && candidate.fixed.length - candidate.broken > 0) all.push(candidate);
    }
  }
  let best: Candidate | null = null;
  for (const candidate of all) if (!best || compare(candidate, best) < 0) best = candidate;
  if (!best) return [];
  return [best, ...all.filter((c) => c !== best && compare(c, best!) === 0 && !sameCell(c.cell, best!.cell))];
}

/** Negative when `a` is the better correction, 0 when they tie. */
function compare(a: Candidate, b: Candidate): number {
  const scoreA = a.fixed.length - a.broken;
  const scoreB = b.fixed.length - b.broken;
  if (scoreA !== scoreB) return scoreB - scoreA;
  if (a.fixed.length !== b.fixed.length) return b.fixed.length - a.fixed.length;
  // On a tie, blame the derived cell (a 合计, a rate) rather than one of its inputs.
  if (a.isTarget !== b.isTarget) return a.isTarget ? -1 : 1;
  // The same cell solved from a sum is exact; solved from a rounded rate it is only close.
  if (a.exactSource !== b.exactSource) return a.exactSource ? -1 : 1;
  return 0;
}

/** Of tied corrections, the one after which the rest of the search finds the fewest errors (the first on a tie). */
function fewestErrors(tied: Candidate[], violated: Set<Relation>, search: Search): Candidate {
  const { values, links } = search;
  let best = tied[0];
  let fewest = Infinity;
  for (const candidate of tied.slice(0, MAX_TIED)) {
    const mark = values.mark();
    values.setTrial(candidate.cell, candidate.trial);
    links?.recalculate(candidate.followers);
    const rest = new Set([...violated].filter((r) => !candidate.fixed.includes(r)));
    const errors = 1 + searchGroup(rest, search, false).length + rest.size;
    values.rollBack(mark);
    if (errors < fewest) {
      fewest = errors;
      best = candidate;
    }
  }
  return best;
}

function tryCorrection(ref: CellRef, source: Relation, solve: (ref: CellRef) => Decimal | null, violated: Set<Relation>, tried: Set<string>, search: Search): Candidate | null {
  const { values, relationsAt, links } = search;
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
  const followers = links?.followers(ref) ?? [];
  const involved = followers.length ? [...new Set([...relationsAt(ref), ...followers.flatMap(relationsAt)])] : relationsAt(ref);
  // A correction that leaves a holding relation uncomputable (a 预算数 solved to 0 under its 完成预算) breaks it too.
  const holding = new Set(involved.filter((r) => !violated.has(r) && relationStatus(r, values) === 'holds'));
  const before = [ref, ...followers].map((cell) => values.trialAt(cell) ?? null);
  values.setTrial(ref, trial);
  links?.recalculate(followers);
  const fixed: Relation[] = [];
  const newlyBroken: Relation[] = [];
  for (const relation of involved) {
    const status = relationStatus(relation, values);
    if (violated.has(relation) && status === 'holds') fixed.push(relation);
    if (!violated.has(relation) && (status === 'violated' || (status === 'skipped' && holding.has(relation)))) newlyBroken.push(relation);
  }
  [ref, ...followers].forEach((cell, i) => values.setTrial(cell, before[i]));
  if (fixed.length === 0) return null;
  // A relation the correction breaks only because another of its cells is wrong too (a 小计's 其中 lines, each
  // already failing its own sum) costs nothing: correcting that cell mends it.
  let broken = 0;
  for (const relation of newlyBroken) if (!sharesSuspect(relation, ref, search)) broken++;
  for (const cell of [ref, ...followers]) broken += search.unwrittenCopies.get(cell) ?? 0;
  return { cell: ref, stated, trial, followers, fixed, broken, isTarget: sameCell(source.target, ref), exactSource: !source.denominator };
}

/**
 * Whether another cell of `relation` than `ref` is the 合计 (the target) of a broken relation of its own that `ref`
 * takes no part in: a figure that disagrees with its own lines, whatever `ref` is; or a formula that reads one.
 */
function sharesSuspect(relation: Relation, ref: CellRef, search: Search): boolean {
  if (!sameCell(relation.target, ref) && suspect(relation.target, relation, ref, search, MAX_FORMULA_DEPTH)) return true;
  for (const term of relation.numerator) if (!sameCell(term.ref, ref) && suspect(term.ref, relation, ref, search, MAX_FORMULA_DEPTH)) return true;
  for (const term of relation.denominator ?? []) if (!sameCell(term.ref, ref) && suspect(term.ref, relation, ref, search, MAX_FORMULA_DEPTH)) return true;
  return false;
}

/** `cell` disagrees with its own lines apart from `relation` and from `ref`, or is a formula reading such a cell. */
function suspect(cell: CellRef, relation: Relation, ref: CellRef, search: Search, depth: number): boolean {
  for (const r of brokenTargetOf(cell, search)) if (r !== relation && !relationCells(r).some((other) => sameCell(other, ref))) return true;
  if (depth === 0 || !search.links) return false;
  for (const input of search.links.inputsOf(cell)) if (!sameCell(input, ref) && suspect(input, relation, ref, search, depth - 1)) return true;
  return false;
}

/** The broken relations `cell` is the target of, as the values stand this round. */
function brokenTargetOf(cell: CellRef, search: Search): Relation[] {
  const brokenTargets = (search.brokenTargets ??= new CellMap());
  let list = brokenTargets.get(cell);
  if (!list) brokenTargets.set(cell, (list = search.relationsAt(cell).filter((r) => sameCell(r.target, cell) && relationStatus(r, search.values) === 'violated')));
  return list;
}

/** How far back through formulas a suspect figure is looked for (a 合计's 增加 reads the 合计, which reads a 小计). */
const MAX_FORMULA_DEPTH = 3;

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
