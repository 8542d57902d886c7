/** The words of 指标值 and 实际完成值: bounds, deadlines, "nothing happened", negations and levels. */

export type BoundOperator = '≥' | '>' | '≤' | '<';

/** Words before a number that make it a bound (longest first within a sign, so 不低于 is not read as 低于). */
export const BOUND_WORDS_BEFORE: readonly [BoundOperator, readonly string[]][] = [
  ['≥', ['≥', '不低于', '不少于', '不小于', '至少', '最低']],
  ['≤', ['≤', '不高于', '不超过', '不大于', '不多于', '最多', '最高', '控制在']],
  ['>', ['>', '大于', '高于', '超过', '多于']],
  ['<', ['<', '小于', '低于', '少于']],
];
/** Words after a number that make it a bound: `95%以上`, `1%以内`. */
export const BOUND_WORDS_AFTER: readonly [BoundOperator, readonly string[]][] = [
  ['≥', ['及以上', '以上', '≥']],
  ['≤', ['及以下', '以下', '以内', '之内', '内', '≤']],
];
/** Spelled-out signs, turned into the sign before parsing. */
export const SIGN_WORDS: readonly [string, readonly string[]][] = [
  ['≥', ['≧', '>=', '=>', '＞=', '大于或等于', '大于等于']],
  ['≤', ['≦', '<=', '=<', '小于或等于', '小于等于']],
];
/** Separators of a range: `95%至105%`, `6—9个月`. */
export const RANGE_WORDS: readonly string[] = ['-', '~', '—', '–', '至', '到'];
/** Words after a number that make it a label, not a quantity (`2020年`, `第3季度`). */
export const NOT_QUANTITY_AFTER: readonly string[] = ['年', '季度'];

/** Deadlines: `每月25日前`, `30个工作日内`, `每月月底前`. */
export const DEADLINE_DAY_UNITS: readonly string[] = ['个工作日', '工作日', '日', '号'];
export const WORKING_DAY = '工作日';
export const CALENDAR_DAY = '日';
export const DEADLINE_BY_WORDS: readonly string[] = ['之前', '以前', '前'];
export const DEADLINE_WITHIN_WORDS: readonly string[] = ['之内', '以内', '内'];
export const END_OF_PERIOD_WORDS: readonly string[] = ['月底', '月末', '季末', '季度末', '年底', '年末'];
/** Filler between a period and its day: `每季度结束后的，15日内`, `于每月25日前`. */
export const PERIOD_FILLER_WORDS: readonly string[] = ['的', '在', '于'];

/**
 * An actual saying nothing of the kind happened (`无`, `未发生`, `零发生`): 0, so within any ceiling; against a
 * target to reach it is left for a person. Compared on the whole text, after the lead words below.
 */
export const NOTHING_HAPPENED_WORDS: readonly string[] = [
  '无', '没有', '零', '未发生', '无发生', '均未发生', '没有发生', '零发生', '未出现', '没有出现', '均未出现', '无此类情况', '无此情况',
];
/** Words before a "nothing happened" that change nothing: `全年未发生`, `本年度零发生`. */
export const NOTHING_HAPPENED_LEAD_WORDS: readonly string[] = ['全年', '全年度', '本年', '本年度', '年内', '年度内', '当年'];

/**
 * Words that make a sentence around a number say something else than the number: `未达到95%` is not 95%. An actual
 * with one of these (bound words such as 不低于 aside) is left for a person.
 */
export const NEGATION_WORDS: readonly string[] = ['未', '没有', '没', '尚未', '不到', '不足', '未能', '无法', '不能'];

/** Counting units of indicators, beside the table units (`UNIT_WORDS`): `0起`, `3例`, `2宗`. */
export const INDICATOR_UNIT_WORDS: readonly string[] = ['起', '例', '宗', '名', '位', '所', '场', '期', '份', '条', '小时', '分钟'];

/** The sign between the two counts of a ratio typed as an actual: `45/50`, `45人/50人`. */
export const RATIO_WORDS: readonly string[] = ['/'];

/** A date's parts: `2020年12月20日`, `12月20号`; the periods of a monthly deadline (`每月25日前`). */
export const DATE_WORDS = { year: '年', month: '月', day: ['日', '号'] } as const;
/** Separators of a date written in figures: `2020.12.20`, `2020-12-20`, `2020/12/20`. */
export const DATE_SEPARATORS: readonly string[] = ['.', '-', '/'];
export const MONTHLY_PERIOD_WORDS: readonly string[] = ['每月', '每个月', '按月', '逐月'];

/**
 * Words of a column of its own that holds one part of a target: its comparison (`≥`, `不低于`, `以上`, `区间`),
 * its direction (正向 / 反向, 越大越好 / 越小越好) or its nature (定量 / 定性). A 指标性质 column may hold any of
 * them; each cell is read by its words, whatever its header. `指标` and punctuation around them are ignored
 * (`正向指标`, `定量（正向）`).
 */
export const EQUAL_WORDS: readonly string[] = ['=', '等于'];
export const RANGE_PART_WORDS: readonly string[] = ['区间', '介于', '之间', '范围'];
export const DIRECTION_WORDS: readonly ['positive' | 'reverse' | 'twoSided', readonly string[]][] = [
  ['positive', ['正向', '越大越好', '越高越好', '越多越好', '高优', '递增']],
  ['reverse', ['反向', '逆向', '负向', '越小越好', '越低越好', '越少越好', '低优', '递减']],
  ['twoSided', ['中性', '适中']],
];
export const NATURE_WORDS: readonly ['quantitative' | 'qualitative', readonly string[]][] = [
  ['quantitative', ['定量']],
  ['qualitative', ['定性']],
];
/** Filler in a part cell: `正向指标`, `定量型`. */
export const PART_FILLER_WORDS: readonly string[] = ['指标', '型', '类'];

/**
 * Degrees of a qualitative judgement, strongest first. A different degree is a different claim (`较满意` is not
 * `满意`, `逐步提高` is not `稳步提高`): only the same words meet a qualitative target; any other wording goes to
 * a person (财预〔2020〕10号).
 */
export const QUALITATIVE_LEVELS: readonly string[] = ['非常满意', '满意', '较满意', '基本满意', '不满意', '显著提高', '明显提高', '稳步提高', '逐步提高', '有所提高', '较上年提高', '建立健全', '达到', '完成'];
