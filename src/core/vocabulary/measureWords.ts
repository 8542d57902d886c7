/**
 * The header words of the amount tables (收支余情况表, 收支分析表, 决算表), as data. A county's new word is one
 * more string here; the README's synonym table is tested against these lists.
 */
export type MeasureRole =
  | 'executionRate'
  | 'growthRate'
  | 'change'
  | 'openingBalance'
  | 'netBalance'
  | 'closingBalance'
  | 'budget'
  | 'prior'
  | 'actual';

export interface RoleWords {
  role: MeasureRole;
  /** The word the README shows for the role. */
  name: string;
  words: readonly string[];
}

/**
 * Header words by role. A header takes the role of the first entry one of whose words it contains, so entries
 * holding longer words come before the words they contain (增长额 before 增长率's 同比增长, 上年结余 before 上年).
 */
export const MEASURE_ROLE_WORDS: readonly RoleWords[] = [
  { role: 'change', name: '增加', words: ['同比增长额', '同比增减额', '比上年增长额'] },
  { role: 'actual', name: '本年完成数', words: ['预算执行数', '预算完成数'] },
  {
    role: 'executionRate',
    name: '完成预算',
    words: ['完成预算', '预算完成率', '预算完成%', '执行预算', '预算执行率', '预算执行%', '执行率', '完成率', '预算完成', '执行进度', '完成进度'],
  },
  {
    role: 'growthRate',
    name: '增长率',
    words: ['增长率', '增幅', '增减率', '增减%', '增减幅度', '同比增长', '增长%', '增长幅度', '同比增减%', '增速', '比上年增长%'],
  },
  {
    role: 'change',
    name: '增加',
    words: ['增减额', '较上年增减', '比上年增减', '增加额', '增加', '增减', '增长额', '增长', '同比增减', '减少', '增减变动'],
  },
  {
    role: 'openingBalance',
    name: '上年结余',
    words: ['上年结余', '年初滚存结余', '年初结余', '年初累计结余', '上年滚存结余', '上年末结余', '上年末滚存结余', '期初结余'],
  },
  { role: 'netBalance', name: '当期结余', words: ['当期结余', '本年收支结余', '本年结余', '当年结余', '本期结余', '收支结余'] },
  { role: 'closingBalance', name: '累计结余', words: ['累计结余', '年末滚存结余', '滚存结余', '年末累计结余', '年末结余', '期末结余'] },
  { role: 'budget', name: '预算数', words: ['调整预算数', '调整后预算数', '年初预算数', '全年预算数', '预算数', '预算'] },
  { role: 'prior', name: '上年完成数', words: ['上年完成数', '上年执行数', '上年决算数', '上年同期', '上年数', '上年实际', '上年'] },
  {
    role: 'actual',
    name: '本年完成数',
    words: ['本年完成数', '本年决算数', '本年执行数', '完成数', '执行数', '决算数', '本年数', '本期数', '当年数', '本年实际', '实际数', '本年', '当年', '本期'],
  },
];

/** Of two budgets in one group, the one these words name is the budget the year is judged by. */
export const ADJUSTED_BUDGET_WORDS: readonly string[] = ['调整', '全年'];

/** Column groups of a balance table. */
export type Flow = 'income' | 'expenditure' | 'balance';

export interface FlowWords {
  flow: Flow;
  name: string;
  words: readonly string[];
}

/** Group headers (基金收入 over six columns); the first flow one of whose words a header contains. */
export const FLOW_WORDS: readonly FlowWords[] = [
  { flow: 'income', name: '基金收入', words: ['基金收入', '收入'] },
  { flow: 'expenditure', name: '基金支出', words: ['基金支出', '支出'] },
  { flow: 'balance', name: '基金结余', words: ['基金结余', '结余', '滚存', '结存'] },
];

/** Headers that say a line is in percentage points (`增长率(%)`, `百分比`). */
export const PERCENT_WORDS: readonly string[] = ['%', '百分'];
