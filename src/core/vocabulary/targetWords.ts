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

/** An actual saying nothing of the kind happened (`无`, `未发生`): a count or rate of 0 under a ceiling. */
export const NOTHING_HAPPENED_WORDS: readonly string[] = ['无', '没有', '零', '未发生', '无发生', '均未发生', '没有发生', '无此类情况'];

/**
 * Degrees of a qualitative judgement, strongest first. A different degree is a different claim (`较满意` is not
 * `满意`, `逐步提高` is not `稳步提高`): only the same words meet a qualitative target; any other wording goes to
 * a person (财预〔2020〕10号).
 */
export const QUALITATIVE_LEVELS: readonly string[] = ['非常满意', '满意', '较满意', '基本满意', '不满意', '显著提高', '明显提高', '稳步提高', '逐步提高', '有所提高', '较上年提高', '建立健全', '达到', '完成'];
