/**
 * What each dimension of a fact is, in words, for docs/checks.md (generated from here, tests/core/facts/readmeFacts.ts)
 * and for a newcomer looking for "where is 增长率". The types are in Fact.ts; the words that name each value are
 * the vocabulary's (src/core/vocabulary/).
 */
export interface DimensionDescription {
  /** The field of `Dimensions`. */
  code: string;
  name: string;
  values: string;
  /** Where a table usually says it, and what is taken when nothing does. */
  readFrom: string;
}

export const DIMENSIONS: readonly DimensionDescription[] = [
  {
    code: 'fund',
    name: '险种 / 合计 (whose)',
    values: 'a fund (`enterprisePension` …), a grouping (`pension`, `medical`), `total`, a line no list names',
    readFrom: 'row labels or column headers (fund names, 合计 / 总计, 养老保险小计, 社会保险基金… among fund lines); a title naming one fund',
  },
  {
    code: 'account',
    name: '项目 (which flow or balance)',
    values: '基金收入 and its parts (保险费收入, 财政补贴收入 …), 基金支出 and its parts (待遇支出 …), 上年结余, 当期结余, 累计结余',
    readFrom: 'group headers (基金收入 over its columns), row labels (一、…基金收入, 其中：利息收入), a title (…收入表); a line that names only a measure (增幅% under 本年收入) takes the account of the line above',
  },
  {
    code: 'scenario',
    name: '预算 / 执行 (budget or actual)',
    values: '`actual` (完成数, 执行数, 决算数), `budget` (预算数; `budgetKind` 年初 or 调整/全年)',
    readFrom: 'headers and labels; `actual` when nothing says',
  },
  {
    code: 'period',
    name: '年度 (which year)',
    values: 'a year',
    readFrom: '`2020年…` anywhere on the axes; 本年 / 上年 against the table’s report year (the latest year it names, else the title’s, else the workbook’s)',
  },
  {
    code: 'derivation',
    name: '金额 / 增减 / 比率 (what kind of figure)',
    values: '`amount`, `change` (增减额), `growthRate` (增长率), `executionRate` (完成预算), `share` (占…的, with the whole it is of), `monthsPayable` (可支付月数), `unknown` (a header no word describes)',
    readFrom: 'headers and labels; `amount` where they name a measure, `unknown` where they name none (the numbers may tell: relation discovery)',
  },
  {
    code: 'scale',
    name: '单位 (in what unit)',
    values: '元 1, 万元 10⁴, 亿元 10⁸; none for a rate',
    readFrom: '单位：万元 above or beside the table, a title (…（亿元）), a header (金额（万元）); a row label’s own unit is only a warning',
  },
];
