import type { AccountId, Derivation, Scenario } from '../vocabulary';

/**
 * Every relation FundCheck checks among the facts of a workbook, as data (an XBRL calculation linkbase in spirit):
 * a rule names the facts it applies to by their dimensions, and each input by how its dimensions differ from the
 * target's. relationsFromFacts.ts interprets it for every fact, wherever the figures sit. The hierarchy sums and
 * bounds come from each table's outline (a 合计 over its funds, 基金收入 over its 其中 lines); the same fact
 * stated twice is its own rule (sameFact).
 */

/** Which facts a rule is about: the dimensions they must have. */
export interface FactPattern {
  derivation?: Derivation;
  account?: AccountId;
}

/** An input: the target's fact with these dimensions changed (`periodOffset: -1` is the year before). */
export interface TermPattern {
  sign: 1 | -1;
  derivation?: Derivation;
  account?: AccountId;
  scenario?: Scenario;
  periodOffset?: number;
  /** The whole the target is a share of (its `shareOf`) in place of the target's line and account. */
  ofWhole?: true;
}

export type CatalogueRuleName = 'change' | 'growthRate' | 'executionRate' | 'share' | 'monthsPayable' | 'netBalance' | 'closingBalance' | 'openingBalance';

export interface FormulaRule {
  rule: CatalogueRuleName;
  severity: 'error' | 'warning';
  /**
   * Where a warning rule is an error after all: `finalAccounts`, when every figure of it is read in a 决算 table,
   * whose 收入 and 支出 include 上下级往来 by the 决算报表's own definition (elsewhere 当期结余 ≠ 收入 − 支出 is
   * legitimate where 上下级往来 count in the balance only, so it cannot be proven wrong).
   */
  errorWhere?: 'finalAccounts';
  target: FactPattern;
  /** Alternatives, the first whose inputs are all stated is used: 增长率 from 本年 and 上年, else from 增减额. */
  forms: { numerator: TermPattern[]; denominator?: TermPattern[] }[];
  /** The measure in words, for messages: `增减额 = 本年 − 上年`. */
  meaning: string;
  /** A rate, read cell by cell as a fraction or in percentage points. */
  rate?: boolean;
  /** Said after the message when the relation breaks. */
  note?: string;
  /** The target is this many times the quotient (可支付月数 = 累计结余 ÷ 支出 × 12). */
  times?: number;
}

const amount = (sign: 1 | -1, changes: Omit<TermPattern, 'sign' | 'derivation'> = {}): TermPattern => ({ sign, derivation: 'amount', ...changes });

export const RELATION_CATALOGUE: readonly FormulaRule[] = [
  {
    rule: 'change',
    severity: 'error',
    target: { derivation: 'change' },
    forms: [{ numerator: [amount(1), amount(-1, { periodOffset: -1 })] }],
    meaning: '增减额 = 本年 − 上年',
  },
  {
    rule: 'growthRate',
    severity: 'error',
    target: { derivation: 'growthRate' },
    forms: [
      { numerator: [amount(1), amount(-1, { periodOffset: -1 })], denominator: [amount(1, { periodOffset: -1 })] },
      { numerator: [{ sign: 1, derivation: 'change' }], denominator: [amount(1, { periodOffset: -1 })] },
      // 上年 left unsaid (a sentence gives 本年 and its 增减): 上年 = 本年 − 增减.
      { numerator: [{ sign: 1, derivation: 'change' }], denominator: [amount(1), { sign: -1, derivation: 'change' }] },
    ],
    meaning: '增长率 = (本年 − 上年) ÷ 上年',
    rate: true,
  },
  {
    rule: 'executionRate',
    severity: 'error',
    target: { derivation: 'executionRate' },
    forms: [{ numerator: [amount(1, { scenario: 'actual' })], denominator: [amount(1, { scenario: 'budget' })] }],
    meaning: '完成预算 = 完成数 ÷ 预算数',
    rate: true,
  },
  {
    rule: 'share',
    severity: 'error',
    target: { derivation: 'share' },
    forms: [{ numerator: [amount(1)], denominator: [amount(1, { ofWhole: true })] }],
    meaning: '占比 = 部分 ÷ 整体',
    rate: true,
  },
  {
    // Months of the year's whole expenditure the closing balance pays; some units count 待遇支出 only, so a
    // figure that differs is worth a look, not proven wrong.
    rule: 'monthsPayable',
    severity: 'warning',
    target: { derivation: 'monthsPayable' },
    forms: [{ numerator: [amount(1, { account: 'closingBalance' })], denominator: [amount(1, { account: 'expenditure' })] }],
    meaning: '可支付月数 = 累计结余 ÷ (本年支出 ÷ 12)',
    times: 12,
    note: '（按基金支出计算；若按待遇支出计算，可忽略）',
  },
  {
    rule: 'netBalance',
    severity: 'warning',
    errorWhere: 'finalAccounts',
    target: { derivation: 'amount', account: 'netBalance' },
    forms: [{ numerator: [amount(1, { account: 'income' }), amount(-1, { account: 'expenditure' })] }],
    meaning: '当期结余 = 收入 − 支出',
    note: '（若上下级往来只计入结余，可忽略）',
  },
  {
    rule: 'closingBalance',
    severity: 'error',
    target: { derivation: 'amount', account: 'closingBalance' },
    forms: [
      { numerator: [amount(1, { account: 'openingBalance' }), amount(1, { account: 'netBalance' })] },
      { numerator: [amount(1, { account: 'openingBalance' }), amount(1, { account: 'income' }), amount(-1, { account: 'expenditure' })] },
    ],
    meaning: '累计结余 = 上年结余 + 当期结余',
  },
  {
    rule: 'openingBalance',
    severity: 'error',
    target: { derivation: 'amount', account: 'openingBalance' },
    forms: [{ numerator: [amount(1, { account: 'closingBalance', periodOffset: -1 })] }],
    meaning: '上年结余 = 上年的累计结余',
  },
];

/** Derivations whose 合计 is the sum of its parts; a rate never is (a 合计's rate comes from its own amounts). A column
 * whose header names no measure is summed unless it holds rates (rateLikeColumns). */
export const SUMMED_DERIVATIONS: readonly (Derivation | 'unknown')[] = ['amount', 'change', 'unknown'];

/** The rules interpreted from each table's outline, and the one across tables (relationsFromFacts.ts). */
export const HIERARCHY_RULES = {
  sum: {
    meaning: '合计 = 各项之和：一个合计、小计或分组等于它所列各项之和，各层级皆然',
    appliesTo: 'every amount or change of a line that sums others in its table’s outline (合计, 小计, a grouping, a numbered line over its items; over funds, also the 合计’s 其中 lines), whatever axis the lines are on',
  },
  ofWhich: { meaning: '“其中”项不大于其所属项目（只对不会为负的收入、支出金额）', appliesTo: 'every amount of a 其中 part of a flow' },
  partsWithinLine: { meaning: '同一项目下的各“其中”项之和不大于该项目', appliesTo: 'a flow and its 其中 parts that the domain’s lists tell apart' },
  sameFact: {
    meaning: '同一数字（同一险种、项目、年度、口径）在两处出现时，换算为同一单位后须一致',
    appliesTo: 'every fact stated in two tables of one entity (a summary and its detail, two sheets, a 万元 copy and a 亿元 copy), believed only where the two tables agree on most of what they share',
  },
} as const;
