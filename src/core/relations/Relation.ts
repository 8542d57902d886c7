import type { CellRef } from '../grid/address';
import type { RuleName } from '../report/types';

/** One addend of a linear combination of cells. */
export interface Term {
  ref: CellRef;
  sign: 1 | -1;
}

/**
 * An arithmetic rule between cells: `target = Σnumerator / Σdenominator` (or `target ≤ Σnumerator` for 其中).
 * Every relation FundCheck checks — sums, changes, growth and execution rates, balances — has this shape,
 * which is what lets one evaluator and one root-cause search serve them all.
 */
export interface Relation {
  rule: RuleName;
  severity: 'error' | 'warning';
  target: CellRef;
  numerator: Term[];
  denominator?: Term[];
  /** `atMost`: target ≤ Σnumerator (a 其中 part); `atLeast`: target ≥ Σnumerator (a line and its parts). */
  comparison?: 'equal' | 'atMost' | 'atLeast';
  /** An addend left empty counts as 0 (sums over funds a county does not run). */
  emptyAsZero?: boolean;
  /** Chinese description of the rule, e.g. `合计 ≠ 各险种之和`. */
  description: string;
  /** Number format for the target when FundCheck fills it. */
  fillFormat?: string;
  /** The target is stated in other units than the ratio: 100 for rates typed as percentage points (23.20 for 23.20%). */
  factor?: number;
  /**
   * Addends typed exactly as shown are exact, not rounded (see addendInterval.ts): a 总分 sums the rounded 得分,
   * so seven of them may not hide a 0.02 gap behind ±0.005 each. Amounts in 万元 keep the rounding tolerance.
   */
  exactAddends?: boolean;
  /** The owner of the table plans this target's fill itself (e.g. a 总分 that waits for policy scores). */
  noFill?: boolean;
  /**
   * A 合计's rate: the same rate of the lines it sums. A 合计's rate comes from its own amounts; one that equals the
   * average (or the sum) of these was made the wrong way, and the message says so.
   */
  ratesOfParts?: CellRef[];
  /**
   * The same figure written twice by hand from the same figures (two sentences of a report): one true value rounds
   * to one string of digits, so the two must be equal where they show the same decimals. Two tables may each
   * compute a rate from their own rounded amounts, so between tables their intervals need only meet.
   */
  typedTwice?: boolean;
}

/** A bound (≤ or ≥) rather than an equality: never filled, and reported with its sign. */
export function isBound(relation: Relation): boolean {
  return relation.comparison === 'atMost' || relation.comparison === 'atLeast';
}

export function relationCells(relation: Relation): CellRef[] {
  return [relation.target, ...relation.numerator.map((t) => t.ref), ...(relation.denominator ?? []).map((t) => t.ref)];
}

/** Each of the relation's cells, target first, as relationCells lists them, with no array made: for the loops over every relation. */
export function eachRelationCell(relation: Relation, visit: (ref: CellRef) => void): void {
  visit(relation.target);
  for (const term of relation.numerator) visit(term.ref);
  if (relation.denominator) for (const term of relation.denominator) visit(term.ref);
}

export function plus(ref: CellRef): Term {
  return { ref, sign: 1 };
}

export function minus(ref: CellRef): Term {
  return { ref, sign: -1 };
}

/**
 * The 自评表's relations (its reader writes them from its layout; the fund tables' come from facts, see
 * src/core/catalogue/relationCatalogue.ts).
 */
export const relations = {
  /** 自评表: 执行率 = 全年执行数 ÷ 全年预算数; filled by the table under the scoring policy, not from here. */
  fundsExecutionRate(target: CellRef, actual: CellRef, budget: CellRef, fillFormat: string): Relation {
    return {
      rule: 'executionRate',
      severity: 'error',
      target,
      numerator: [plus(actual)],
      denominator: [plus(budget)],
      description: '执行率 ≠ 全年执行数 ÷ 全年预算数',
      fillFormat,
      noFill: true,
    };
  },
  /** 自评表: 得分 ≤ 分值. */
  scoreAboveWeight(score: CellRef, weight: CellRef): Relation {
    return { rule: 'scoreAboveWeight', severity: 'error', target: score, numerator: [plus(weight)], comparison: 'atMost', description: '得分高于分值', noFill: true };
  },
  /**
   * 自评表: the 总分 row's 分值 (or 得分) = Σ of the column. An empty part leaves the sum unjudged (a 得分 still to be
   * filled), it does not count as 0; 分值 and 得分 typed as shown are exact addends, since the policy sums the
   * rounded 得分. The table fills its 总分 itself, under the policy.
   */
  scoreSheetTotal(rule: 'weightTotal' | 'scoreTotal', target: CellRef, parts: CellRef[]): Relation {
    const description = rule === 'weightTotal' ? '总分的分值 ≠ 各项分值之和' : '总分的得分 ≠ 各项得分之和';
    return { rule, severity: 'error', target, numerator: parts.map(plus), description, noFill: true, exactAddends: true };
  },
} as const;

/**
 * A copy of `relation` with `changes`: its description stays as it was made (a getter that names the facts only
 * when a message needs it is not run by the copy, as a spread would run it).
 */
export function relationWith(relation: Relation, changes: Partial<Relation>): Relation {
  return Object.assign(Object.create(Object.getPrototypeOf(relation), Object.getOwnPropertyDescriptors(relation)) as Relation, changes);
}
