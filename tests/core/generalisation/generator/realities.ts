/**
 * The realities of hand-made county workbooks the generator draws from (issue 7's lists). Each case takes a
 * random subset; a reality the recognisers cannot handle yet is listed in NOT_YET_SUPPORTED, which the main
 * suite leaves out and notYetSupported.test.ts prints, proves still failing, and allows only to shrink.
 */
export const REALITIES = [
  /** The table starts anywhere on the sheet. */
  'position',
  /** A title row and a `单位：万元` line above the header. */
  'titleAndUnitLine',
  /** `注：…` and `填表人：… 审核人：…` lines under the table. */
  'notesAndFooters',
  /** An empty column inside the table. */
  'spacerColumn',
  /** An empty row between the header and the data. */
  'blankRowUnderHeader',
  /** A second table (another county's figures) under the first, with its own title. */
  'stackedTables',
  /** 基金收入 in one table, 基金支出 and 基金结余 in another under it (当期结余 spans the two). */
  'splitIncomeExpenditure',
  /** With splitIncomeExpenditure: the 支出及结余 table first, the 收入 table after it. */
  'splitBalanceFirst',
  /** With stackedTables or splitIncomeExpenditure: the tables side by side, a blank column or two between them. */
  'sideBySide',
  /** Funds across, measures down. */
  'transposed',
  /** Header words from the wording variants (本期数, 上年同期, 增减额, 增幅, 预算执行率, 年末滚存结余, …). */
  'headerSynonyms',
  /** Spaces inside header words and labels (`本 年 收 入`, `合　计`, `险 种`). */
  'headerSpaces',
  /** Line breaks inside header cells. */
  'headerLineBreaks',
  /** Units inside headers (`完成数（万元）`, `增长率(%)`) instead of a unit line. */
  'headerUnits',
  /** `2020年完成数` / `2019年完成数` instead of 本年 / 上年 words. */
  'yearHeaders',
  /** Amounts in 元 with two decimals (ten digits). */
  'amountsInYuan',
  /** Amounts in 亿元 with four decimals. */
  'amountsInYi',
  /** Negatives as `(1,234)`, `－1234`, `△1234`, or through an accounting number format. */
  'negativeForms',
  /** Rates cell by cell as percent-formatted fractions, `5.72%` text, or points under a `(%)` header. */
  'percentForms',
  /** Amounts typed as text with thousands separators. */
  'textNumbers',
  /** A fund without a budget: its 预算数 and 完成预算 written `—`, `-`, `－` or left blank. */
  'notApplicable',
  /** Funds in any order. */
  'fundOrder',
  /** Short fund names (企业职工养老, 机关养老, 职工医保（含生育）, 城乡居民医保, 工伤, 失业). */
  'fundAbbreviations',
  /** A `其中：生育保险` row under 职工医疗保险（含生育）, half the time right above the 合计. */
  'ofWhichRow',
  /** The 合计 row first instead of last. */
  'totalFirst',
  /** 总计, 合　计, 小计 for the total row. */
  'totalLabels',
  /** Column headers nobody anticipated (`栏目一`, `A`) and unknown row labels: only the numbers tell. */
  'unknownHeaders',
  /** No header row at all: only the numbers tell. */
  'absentHeaders',
] as const;
export type Reality = (typeof REALITIES)[number];

/**
 * Realities the recognisers do not handle yet. The core engineer empties this list; each entry is run by
 * notYetSupported.test.ts, which fails once an entry starts passing (remove it then) and if the list grows.
 */
export const NOT_YET_SUPPORTED: Reality[] = [
];

/** The longest NOT_YET_SUPPORTED may be: lower it whenever an entry is removed. */
export const NOT_YET_SUPPORTED_CEILING = 0;
