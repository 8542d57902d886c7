/** Headers that say a line is in percentage points (`增长率(%)`, `百分比`). */
export const PERCENT_WORDS: readonly string[] = ['%', '百分'];

/**
 * The measure dimensions a header or label names besides the account line (accountWords.ts) and the fund
 * (fundWords.ts): which scenario (预算 or 执行·完成·决算), which period relative to the report's year, and whether
 * the figure is an amount or derived from two (增减额, 增长率, 执行率). Read by `readLabel` (labels.ts): every
 * word found in a text contributes its dimensions, the longest word first, so `上年结余` is a balance and not
 * last year's figure, and `完成预算` a rate and not a budget.
 */
export type Scenario = 'actual' | 'budget';
export type BudgetKind = 'initial' | 'adjusted';
/**
 * `share`: a part's share of a whole (占基金支出的 90%, its whole in `Dimensions.shareOf`); `monthsPayable`: how many
 * months of expenditure the balance pays (累计结余可支付 14.2 个月).
 */
export type Derivation = 'amount' | 'change' | 'growthRate' | 'executionRate' | 'share' | 'monthsPayable';
/** Figures derived as a quotient: they have no unit (万元) of their own, and a 合计's is never the sum of its lines'. */
export const QUOTIENT_DERIVATIONS: ReadonlySet<string> = new Set<Derivation>(['growthRate', 'executionRate', 'share', 'monthsPayable']);

export type RelativePeriod = 'current' | 'prior';

export interface MeasureDimensions {
  scenario?: Scenario;
  budgetKind?: BudgetKind;
  period?: RelativePeriod;
  derivation?: Derivation;
}

export interface MeasureWordEntry {
  /** The word the README shows for the entry. */
  name: string;
  dims: MeasureDimensions;
  words: readonly string[];
}

export const MEASURE_WORDS: readonly MeasureWordEntry[] = [
  { name: '预算数', dims: { scenario: 'budget' }, words: ['预算数', '预算', '预算金额'] },
  { name: '年初预算数', dims: { scenario: 'budget', budgetKind: 'initial' }, words: ['年初预算数', '年初预算'] },
  {
    name: '调整预算数',
    dims: { scenario: 'budget', budgetKind: 'adjusted' },
    words: ['调整预算数', '调整后预算数', '全年预算数', '调整预算', '调整后预算', '全年预算'],
  },
  {
    name: '完成数',
    dims: { scenario: 'actual' },
    words: ['完成数', '执行数', '决算数', '实际数', '预算执行数', '预算完成数', '实际完成数', '实际完成', '决算', '实际', '完成额', '执行额'],
  },
  { name: '本年', dims: { period: 'current' }, words: ['本年', '当年', '本期', '本年度', '当年度'] },
  {
    name: '本年完成数',
    dims: { scenario: 'actual', period: 'current' },
    words: ['本年完成数', '本年决算数', '本年执行数', '本年数', '本期数', '当年数', '本年实际', '本年实际数', '本期完成数', '当年完成数'],
  },
  {
    name: '上年完成数',
    dims: { scenario: 'actual', period: 'prior' },
    words: ['上年完成数', '上年执行数', '上年决算数', '上年同期数', '上年同期', '上年数', '上年实际', '上年实际数', '上年', '上期', '去年', '同期数', '上期数'],
  },
  {
    name: '增减额',
    dims: { derivation: 'change' },
    words: [
      '同比增长额', '同比增减额', '比上年增长额', '增减额', '较上年增减', '比上年增减', '较上年增加', '比上年增加', '较上年增长', '比上年增长',
      '较上年减少', '比上年减少', '同比增加', '同比减少', '增加额', '增加', '增减', '增长额', '增长', '同比增减', '减少', '增减变动', '增减变化', '变动额',
    ],
  },
  {
    name: '增长率',
    dims: { derivation: 'growthRate' },
    words: [
      '增长率', '增幅', '增减率', '增减%', '增减幅度', '同比增长', '增长%', '增长幅度', '同比增减%', '增速', '比上年增长%', '较上年增长%', '比上年增长率',
      '较上年增长率', '同比增长率', '同比增幅', '变动率', '增减比例', '增长比例',
    ],
  },
  { name: '可支付月数', dims: { derivation: 'monthsPayable' }, words: ['可支付月数', '可支付月份', '可支撑月数', '支付月数'] },
  // A title's words for the report on the budget's execution, which holds budgets and actuals alike: no measure.
  { name: '预算执行情况', dims: {}, words: ['预算执行情况', '预算完成情况', '预算收支执行情况', '预算收支完成情况'] },
  {
    name: '执行率',
    dims: { derivation: 'executionRate' },
    words: ['完成预算', '预算完成率', '预算完成%', '执行预算', '预算执行率', '预算执行%', '执行率', '完成率', '预算完成', '执行进度', '完成进度', '完成预算%', '占预算%', '完成比例'],
  },
];
