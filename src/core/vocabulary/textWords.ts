/**
 * The words the report's text puts around its figures (issue 19): the units a figure is written in, the words that
 * say which way a figure moved (增加 / 减少, 增长 / 下降), that a rate is of the budget (完成年度预算的), that a
 * figure is last year's (较上年), and the words after which a figure is no fact of the fund (a target, a per-person
 * figure, a date). Read by src/core/reportText; the account lines, funds and measures are the tables' own words
 * (readLabel).
 */

/** What a figure's unit makes it: money in a scale, a rate, a change of rates in points, or a count. */
export type TextUnitKind = 'money' | 'percent' | 'points' | 'count';

export interface TextUnit {
  kind: TextUnitKind;
  /** 元 = 1, 万元 = 10⁴, 亿元 = 10⁸; a count's own factor (万人 = 10⁴); 1 otherwise. */
  scale: number;
}

/** Units written after a figure, longest first where one begins another. */
export const TEXT_UNITS: Readonly<Record<string, TextUnit>> = {
  亿元: { kind: 'money', scale: 100000000 },
  万元: { kind: 'money', scale: 10000 },
  千元: { kind: 'money', scale: 1000 },
  元: { kind: 'money', scale: 1 },
  个百分点: { kind: 'points', scale: 1 },
  '%': { kind: 'percent', scale: 1 },
  '％': { kind: 'percent', scale: 1 },
  万人次: { kind: 'count', scale: 10000 },
  万人: { kind: 'count', scale: 10000 },
  人次: { kind: 'count', scale: 1 },
  人: { kind: 'count', scale: 1 },
  名: { kind: 'count', scale: 1 },
  户: { kind: 'count', scale: 1 },
  个月: { kind: 'count', scale: 1 },
};

/** Words that say a figure went up (its change and rate are positive) or down. */
export const RISE_WORDS: readonly string[] = ['增加', '增长', '上升', '提高', '增收', '多支', '多收', '上涨', '增幅'];
export const FALL_WORDS: readonly string[] = ['减少', '下降', '降低', '下滑', '减收', '少支', '少收', '下跌', '降幅'];
/** The figure did not move: its change is 0. */
export const FLAT_WORDS: readonly string[] = ['持平'];

/** A rate of the budget: `完成年度预算的103.47%`, `完成全年预算242932万元的99.84%` (the budget given before 的). */
export const EXECUTION_WORDS: readonly string[] = [
  '完成年度预算',
  '完成全年预算',
  '完成预算',
  '完成年初预算',
  '完成调整预算',
  '预算执行率',
  '预算完成率',
  '执行率',
  '完成率',
];

/** Last year's figure of the subject: `较上年70995人增加2719人`. */
export const PRIOR_WORDS: readonly string[] = ['较上年', '比上年', '较去年', '比去年', '上年同期', '去年同期', '较上年同期', '比上年同期', '上年', '去年'];

/**
 * Words just before a figure (or right after it) that make it no fact of the fund's accounts: a target (95%以上),
 * an average or a per-person amount (月人均2789元), a standard, a date. Such a figure is left alone.
 */
export const NOT_A_FACT_BEFORE: readonly string[] = [
  // A gap between two figures (支出高于收入 215.65 万元), not either of them.
  '高于',
  '低于',
  '超过',
  '超出',
  '多于',
  '少于',
  '人均',
  '平均',
  '标准',
  '目标',
  '不低于',
  '不少于',
  '不超过',
  '控制在',
  '达到',
  '至',
  '每月',
  '每年',
  '提高到',
  '调整幅度',
  '比例',
  '占比',
  '约',
];
export const NOT_A_FACT_AFTER: readonly string[] = ['以上', '以下', '以内', '左右', '至', '—', '-', '~', '～', '日', '号', '年'];

/**
 * Words that open a line other than the account line they contain: `转移基本养老金支出` is a transfer of pensions,
 * not the 基本养老金支出 itself. A figure whose words begin so is left alone unless they name a transfer line.
 */
export const NOT_THE_LINE_PREFIXES: readonly string[] = ['转移', '上解', '补助下级', '调剂', '清算'];

/**
 * `占…的x%`: a share of the whole named between 占 and 的 (工伤预防费用1万元，占工伤保险基金总支出的0.008%); a
 * share whose whole names no account line (占全省的) is left alone.
 */
export const SHARE_OF = /占(?!用)(.*?)(?:的|之)?(?:比重|比例)?(?:为|达)?$/;
/** `累计结余可支付14.2个月`: months of the year's expenditure the balance pays. */
export const MONTHS_PAYABLE_WORDS: readonly string[] = ['可支付', '可支撑', '可保障支付', '能支付', '支付能力'];
/** The unit of months payable. */
export const MONTHS_UNIT = '个月';

/** An amount's words end in its line's own word, with at most a verb after it (基金收入为, 总支出达). */
export const LINE_END = /(收入|支出|结余|收益|费用)(合计|共计|总额|为|达|是|约)?$/;

/** A year written in a sentence (2019年度，…): the sentence's year from there on; 比2020年 is the year compared with. */
export const YEAR_IN_TEXT = /(?<![\d比较与同])((?:19|20)\d\d)\s*年/g;

/** A year a report names (not a 年度预算 heading's): the report's year is the one it names most. */
export const REPORT_YEAR_IN_TEXT = /(?<!\d)(20\d\d|19\d\d)\s*年(?!度?预算)/g;

/** Opens a list of a line's parts: 其中：…, （含…）. */
export const PARTS_OPENER = /其中|[（(]含/;
/** The 其中 before a part's own words. */
export const OF_WHICH_PREFIX = /^其中[：:]?/;
/** Between a budget and its rate: 完成全年预算 242932 万元【的】99.84%. */
export const BUDGET_RATE_JOINER = /^的?$/;
/** A sentence or words about the budget. */
export const BUDGET_WORD = /预算/;
/** What a count must count to be a fact: people (退休人员, 领取失业金人数). */
export const COUNTED_PEOPLE = /人员|人数/;
/** Words before a count that say where or when, not what is counted (全州离退休人员 → 离退休人员). */
export const COUNT_PLACE_PREFIX = /^(全州|全县|全市|全区|全年|年末|年底|本年|当年)/;
/** Between the funds of a sum of several (养老、工伤、失业基金). */
export const FUND_LIST_SEPARATOR = /[、和及与]/;

/** Heading numbering by level: 一、 (一) 1. (1). */
export const HEADING_NUMBERING: readonly [RegExp, number][] = [
  [/^[一二三四五六七八九十]+[、.．]/, 1],
  [/^[（(][一二三四五六七八九十]+[）)]/, 2],
  [/^\d{1,2}[、.．](?!\d)/, 3],
  [/^[（(]\d{1,2}[）)]/, 4],
];
/** A Word style's name that makes its paragraphs headings (`heading 2`, `标题 2`): its level. */
export const HEADING_STYLE_NAME = /^(?:heading|标题)\s*(\d)$/i;
/** A line ends its sentence: a line that ends otherwise runs on into the next. */
export const SENTENCE_END = /[。；！？!?：:）)」”]$/;
/** Sentence and clause punctuation: a line holding one is text, not a heading. */
export const SENTENCE_MARKS = /[。；]/;
export const CLAUSE_MARKS = /[。；，,：:]/;
/** Splits a paragraph into sentences. */
export const SENTENCE = /[^。；！？!?]+[。；！？!?]?/g;
/** Splits a sentence into clauses. */
export const CLAUSE_BREAK = /[，,；;：:]/;
/** Punctuation that opens a clause or list item (，、：). */
export const CLAUSE_LEAD = /^[，,、：:；\s]+/;
/** A full stop at a line's end: a numbered line ending so is a sentence, not a heading. */
export const SENTENCE_END_MARK = /[。]$/;
