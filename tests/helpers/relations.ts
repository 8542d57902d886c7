import type { CellRef } from '../../src/core';
import { minus, plus, type Relation } from '../../src/core/relations/Relation';

/**
 * Relations written by hand, for tests of the relation engine alone (evaluation, rounding, the root-cause search).
 * The product writes its fund-table relations from facts (src/core/catalogue); these only give the same shapes.
 */
export const relations = {
  /** 合计 = Σ parts. */
  sum: (target: CellRef, parts: CellRef[], description = '合计 ≠ 各项之和'): Relation => ({ rule: 'sum', severity: 'error', target, numerator: parts.map(plus), emptyAsZero: true, description }),
  /** 增加 = 本年 − 上年. */
  change: (target: CellRef, actual: CellRef, prior: CellRef): Relation => ({ rule: 'change', severity: 'error', target, numerator: [plus(actual), minus(prior)], description: '增加额 ≠ 本年 − 上年' }),
  /** 增长率 = (本年 − 上年) ÷ 上年. */
  growthRate: (target: CellRef, actual: CellRef, prior: CellRef, fillFormat = '0.00%'): Relation => ({
    rule: 'growthRate',
    severity: 'error',
    target,
    numerator: [plus(actual), minus(prior)],
    denominator: [plus(prior)],
    description: '增长率 ≠ (本年 − 上年) ÷ 上年',
    fillFormat,
  }),
  /** 完成预算 = 本年 ÷ 预算. */
  executionRate: (target: CellRef, actual: CellRef, budget: CellRef, fillFormat = '0.00%'): Relation => ({
    rule: 'executionRate',
    severity: 'error',
    target,
    numerator: [plus(actual)],
    denominator: [plus(budget)],
    description: '完成预算 ≠ 本年完成数 ÷ 预算数',
    fillFormat,
  }),
  /** 累计结余 = 上年结余 + 当期结余. */
  closingBalance: (target: CellRef, opening: CellRef, net: CellRef): Relation => ({
    rule: 'closingBalance',
    severity: 'error',
    target,
    numerator: [plus(opening), plus(net)],
    description: '累计结余 ≠ 上年结余 + 当期结余',
  }),
  /** 当期结余 = 收入 − 支出, as an error (the 决算 tables' 结余 across sheets). */
  netBalance: (target: CellRef, income: CellRef, expenditure: CellRef): Relation => ({
    rule: 'netBalance',
    severity: 'error',
    target,
    numerator: [plus(income), minus(expenditure)],
    description: '本年收支结余 ≠ 收入 − 支出',
  }),
  /** A 其中 part at most its line. */
  ofWhich: (target: CellRef, parent: CellRef): Relation => ({ rule: 'ofWhich', severity: 'error', target, numerator: [plus(parent)], comparison: 'atMost', description: '“其中”项大于其所属项目' }),
};
