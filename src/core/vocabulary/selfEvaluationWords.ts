/**
 * The words of a 项目支出绩效自评表 (财预〔2020〕10号 and the variants counties use). Patterns apply to the
 * normalised text (no spaces or line breaks); order matters where one word contains another: 实际完成指标值 is
 * an actual before it is a 指标值.
 */
export type IndicatorColumnRole = 'level1' | 'level2' | 'indicator' | 'actual' | 'target' | 'weight' | 'score' | 'deviationNote';

/**
 * Columns that hold one part of a target or an actual, beside or instead of a 年度指标值 holding `≥95%`: the
 * comparison alone (`≥`), the unit (`%`, `人`), the direction (正向 / 反向) or the nature (定量 / 定性). A cell of
 * any of them is read by its words (a 指标性质 column may hold `≥` or 反向); the header says only that it is a part.
 * A unit column is the target's or the actual's when its header says so (`实际完成值单位`); a bare `单位` belongs
 * to both when it is the only one, else to the value column on its left.
 */
export type IndicatorPartRole = 'comparison' | 'direction' | 'nature' | 'unit' | 'targetUnit' | 'actualUnit';

export type IndicatorHeaderRole = IndicatorColumnRole | IndicatorPartRole;

export const INDICATOR_COLUMN_WORDS: readonly [IndicatorHeaderRole, RegExp][] = [
  // A unit of one side names that side too: before 实际完成 and 指标值.
  ['actualUnit', /^(实际完成值?|实际完成指标值|实际值|完成值)的?(计量|度量)?单位$/],
  ['targetUnit', /^(年度|预期)?(指标值?|目标值?)的?(计量|度量)?单位$/],
  ['level1', /一级指标/],
  ['level2', /二级指标/],
  // `绩效指标` alone names the indicator column; inside a longer label (`年度绩效指标完成情况`) it is the block's.
  ['indicator', /三级指标|指标名称|指标内容|^绩效指标$/],
  ['actual', /实际完成|完成值|实际值|完成情况值/],
  ['target', /指标值|目标值/],
  ['weight', /分值|权重|标准分/],
  // `评分` alone is the score; `评分标准` is a column of rules, not of points.
  ['score', /得分|^(自评)?评分$/],
  ['deviationNote', /偏差|原因分析|改进措施|未完成原因/],
  ['comparison', /比较符号?|运算符|^(指标)?符号$|^(比较)?关系$|^比较方式$/],
  ['direction', /指标方向|^方向$|指标导向|^导向$|^正\/?反向$/],
  ['nature', /指标性质|^性质$|指标属性|^属性$|^定性定量$|^定量定性$|^(定量|定性)[/或]?(定性|定量)$/],
  ['unit', /^(计量|度量|计算)?单位$/],
];

export type FundsColumnRole = 'initialBudget' | 'budget' | 'actual' | 'weight' | 'rate' | 'score';

export const FUNDS_COLUMN_WORDS: readonly [FundsColumnRole, RegExp][] = [
  ['initialBudget', /年初预算/],
  ['rate', /执行率/],
  ['budget', /全年预算|调整后预算|调整预算|预算数/],
  ['actual', /全年执行|执行数|决算数|实际支出/],
  ['weight', /分值|权重/],
  ['score', /得分/],
];

/** The funds block's first row: the total of the funds (年度资金总额), not a 其中 row. */
export const FUNDS_TOTAL_LABEL = /资金总额|资金合计|合计|总计/;

/** The label-value variant (bachu): `预算数：` and `执行数：` each followed by its number. */
export const BUDGET_PAIR_LABEL = /^(全年)?(预算数|预算金额|预算)[:：]?$/;
export const ACTUAL_PAIR_LABEL = /^(全年)?(执行数|执行金额|支出数|实际支出)[:：]?$/;

/**
 * 年度总体目标: the two texts side by side under these headers. The row's label (`年度目标完成情况`) is neither:
 * the achieved header is the one right of 预期目标.
 */
export const GOAL_EXPECTED = /^(年度)?(预期|绩效)目标$/;
export const GOAL_ACHIEVED = /^(实际完成|实际完成目标|实际完成情况|目标实际完成情况|完成情况)$/;

export const PROJECT_NAME_LABEL = /^项目名称$/;
export const SELF_EVALUATION_TITLE = /自评表|绩效评价表/;

/** The last row: 总分 (Σ 分值 and Σ 得分). */
export const SCORE_TOTAL_LABEL = /^(总分|合计|总计|总得分|得分合计|分值合计)$/;

/** Header words that make a table a 自评表's, not a balance table, even when its funds block lists funds. */
export const SELF_EVALUATION_HEADER_WORDS: readonly string[] = ['分值', '得分', '指标值', '实际完成值', '一级指标', '三级指标'];

/** An 实际完成情况 that says the year's goal was reached: `达到了预期目标`, `完成年度目标`. */
export const CLAIMS_GOAL_MET = /(?<!未|没|没有|未能|尚未|不能)(达到|完成|实现)了?(预期|年度|既定|绩效)?(目标|效果)/;
