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

/** Relation constructors, one per rule: the catalogue of what FundCheck checks. */
export const relations = {
  /** 合计 = Σ parts. */
  sum(target: CellRef, parts: CellRef[], description = '合计 ≠ 各项之和', fillFormat?: string): Relation {
    return { rule: 'sum', severity: 'error', target, numerator: parts.map(plus), emptyAsZero: true, description, fillFormat };
  },
  /** 增加 = 本年 − 上年. */
  change(target: CellRef, actual: CellRef, prior: CellRef, fillFormat?: string): Relation {
    return { rule: 'change', severity: 'error', target, numerator: [plus(actual), minus(prior)], description: '增加额 ≠ 本年 − 上年', fillFormat };
  },
  /** 增长率 = (本年 − 上年) / 上年. */
  growthRate(target: CellRef, actual: CellRef, prior: CellRef, fillFormat = '0.00%'): Relation {
    return {
      rule: 'growthRate',
      severity: 'error',
      target,
      numerator: [plus(actual), minus(prior)],
      denominator: [plus(prior)],
      description: '增长率 ≠ (本年 − 上年) ÷ 上年',
      fillFormat,
    };
  },
  /** 完成预算 = 本年 / 预算. */
  executionRate(target: CellRef, actual: CellRef, budget: CellRef, fillFormat = '0.00%'): Relation {
    return {
      rule: 'executionRate',
      severity: 'error',
      target,
      numerator: [plus(actual)],
      denominator: [plus(budget)],
      description: '完成预算 ≠ 本年完成数 ÷ 预算数',
      fillFormat,
    };
  },
  /** 累计结余 = 上年结余 + 当期结余. */
  closingBalance(target: CellRef, opening: CellRef, net: CellRef, fillFormat?: string): Relation {
    return {
      rule: 'closingBalance',
      severity: 'error',
      target,
      numerator: [plus(opening), plus(net)],
      description: '累计结余 ≠ 上年结余 + 当期结余',
      fillFormat,
    };
  },
  /** 当期结余 = 本年收入 − 本年支出: only a warning, since many reports leave 上下级往来 out of 收入/支出 alone. */
  netBalance(target: CellRef, income: CellRef, expenditure: CellRef, fillFormat?: string): Relation {
    return {
      rule: 'netBalance',
      severity: 'warning',
      target,
      numerator: [plus(income), minus(expenditure)],
      description: '当期结余 ≠ 本年收入 − 本年支出（若上下级往来只计入结余，可忽略）',
      fillFormat,
    };
  },
  /** A 其中 sub-item is part of its parent: sub-item ≤ parent. */
  ofWhich(target: CellRef, parent: CellRef): Relation {
    return { rule: 'ofWhich', severity: 'error', target, numerator: [plus(parent)], comparison: 'atMost', description: '“其中”项大于其所属项目' };
  },
  /** The total's 其中:X = Σ each item's 其中:X (e.g. 保险费收入 of all funds). */
  ofWhichSum(target: CellRef, parts: CellRef[], fillFormat?: string): Relation {
    return {
      rule: 'ofWhichSum',
      severity: 'error',
      target,
      numerator: parts.map(plus),
      emptyAsZero: true,
      description: '“其中”合计 ≠ 各险种“其中”之和',
      fillFormat,
    };
  },
  /** 自评表: 执行率 = 全年执行数 ÷ 全年预算数; filled by the table under the scoring policy, not from here. */
  fundsExecutionRate(target: CellRef, actual: CellRef, budget: CellRef, fillFormat: string): Relation {
    return { ...relations.executionRate(target, actual, budget, fillFormat), description: '执行率 ≠ 全年执行数 ÷ 全年预算数', noFill: true };
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
  /** 结余表's 本年收支结余 = 收入表 − 支出表, for one fund (or the total) across tables. */
  crossSheetBalance(target: CellRef, income: CellRef, expenditure: CellRef, fillFormat?: string): Relation {
    return {
      rule: 'crossSheetBalance',
      severity: 'error',
      target,
      numerator: [plus(income), minus(expenditure)],
      description: '本年收支结余 ≠ 收入 − 支出',
      fillFormat,
    };
  },
} as const;
