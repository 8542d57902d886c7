/**
 * Header words, as data. Each role lists the words counties use for it; the first role whose word appears in a
 * header wins, so more specific roles (rates) come before the words they contain (预算, 增长).
 * A user's new synonym is one more string in one of these lists.
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

export const ROLE_SYNONYMS: [MeasureRole, string[]][] = [
  ['executionRate', ['完成预算', '预算完成率', '执行预算', '预算执行率', '执行率', '完成率', '预算完成']],
  ['growthRate', ['增长率', '增幅', '增减率', '增减%', '增减幅度', '同比增长', '增长%', '增长幅度', '同比增减%', '增速']],
  ['change', ['增减额', '较上年增减', '增加额', '增加', '增减', '增长额', '增长', '同比增减', '减少']],
  ['openingBalance', ['上年结余', '年初滚存结余', '年初结余', '年初累计结余', '上年滚存结余', '上年末结余', '期初结余']],
  ['netBalance', ['当期结余', '本年收支结余', '本年结余', '当年结余', '本期结余', '收支结余']],
  ['closingBalance', ['累计结余', '年末滚存结余', '滚存结余', '年末累计结余', '年末结余', '期末结余']],
  ['budget', ['调整预算数', '年初预算数', '全年预算数', '预算数', '预算']],
  ['prior', ['上年完成数', '上年执行数', '上年决算数', '上年同期', '上年数', '上年实际', '上年']],
  ['actual', ['本年完成数', '完成数', '执行数', '决算数', '本年数', '本年实际', '实际数', '本年', '当年']],
];

/** Column groups of a fund balance table. */
export type Flow = 'income' | 'expenditure' | 'balance';

export const FLOW_SYNONYMS: [Flow, string[]][] = [
  ['income', ['基金收入', '收入']],
  ['expenditure', ['基金支出', '支出']],
  ['balance', ['基金结余', '结余', '滚存']],
];

/**
 * Header words of a 绩效自评表 (scores and indicators): a table headed so lists funds in its 项目资金 block, but it
 * is the self-evaluation's to check, not a balance table.
 */
export const SELF_EVALUATION_HEADER_WORDS = ['分值', '得分', '指标值', '实际完成值', '一级指标', '三级指标'];

/** Words that mark the header cell above a column of fund names. */
export const FUND_AXIS_WORDS = ['险种', '项目', '基金名称', '险种名称'];

export function roleOf(header: string): MeasureRole | null {
  const text = header.replace(/\s+/g, '');
  for (const [role, words] of ROLE_SYNONYMS) if (words.some((w) => text.includes(w))) return role;
  return null;
}

export function flowOf(header: string): Flow | null {
  const text = header.replace(/\s+/g, '');
  for (const [flow, words] of FLOW_SYNONYMS) if (words.some((w) => text.includes(w))) return flow;
  return null;
}

/** The four-digit year a header names (`2020年完成数` → 2020), or null. */
export function yearOf(header: string): number | null {
  const withCharacter = /(?:19|20)\d{2}(?=\s*年)/.exec(header);
  if (withCharacter) return Number(withCharacter[0]);
  // A header cell holding just the year, as a number or text (`2020`).
  const bare = /(?:^|\s)((?:19|20)\d{2})(?=\s|$)/.exec(header);
  return bare ? Number(bare[1]) : null;
}
