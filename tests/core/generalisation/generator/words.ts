import type { Reality } from './realities';
import type { Rng } from './random';
import type { MeasureKey } from './fundBalanceModel';

/** The words people type in a 收支余情况表's header, as the generator writes them (issue 7, item 2). */
export type Role = 'budget' | 'actual' | 'prior' | 'change' | 'growth' | 'exec' | 'opening' | 'net' | 'closing';

export function roleOfKey(key: MeasureKey): Role {
  if (key === 'opening' || key === 'net' || key === 'closing') return key;
  const role = key.slice(1).toLowerCase();
  return role === 'growth' || role === 'exec' || role === 'change' || role === 'budget' || role === 'actual' || role === 'prior' ? role : 'actual';
}

/** Bazhou's words: what a table says without the headerSynonyms reality. */
const PLAIN: Record<Role, string> = {
  budget: '预算数',
  actual: '完成数',
  prior: '上年完成数',
  change: '增加',
  growth: '增长率',
  exec: '完成预算',
  opening: '上年结余',
  net: '当期结余',
  closing: '累计结余',
};

export const ROLE_WORDS: Record<Role, string[]> = {
  budget: ['预算数', '年初预算数', '全年预算数', '调整预算数', '预算'],
  actual: ['完成数', '本年决算数', '本期数', '当年数', '本年执行数', '执行数', '决算数', '本年数'],
  prior: ['上年完成数', '上年决算数', '上年同期', '上年数', '上年执行数'],
  change: ['增加', '同比增减', '增减额', '增加额', '增减'],
  growth: ['增长率', '增幅', '同比增长', '增减%'],
  exec: ['完成预算', '预算执行率', '预算完成率', '预算执行%', '执行进度', '完成预算%'],
  opening: ['上年结余', '年初滚存结余', '年初结余'],
  net: ['当期结余', '本年收支结余', '本年结余'],
  closing: ['累计结余', '年末滚存结余', '滚存结余'],
};

export const FLOW_WORDS = {
  income: ['基金收入', '收入', '社会保险基金收入'],
  expenditure: ['基金支出', '支出', '社会保险基金支出'],
  balance: ['基金结余', '结余'],
};

export const AXIS_WORDS = ['险种', '项目', '基金名称'];
export const TOTAL_WORDS = ['合计', '总计', '小计'];
export const UNKNOWN_ROW_LABELS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];
export const NOTES = ['注：本表收入、支出均不含上下级往来。', '注：数据来源于社会保险基金决算报表。'];

/** Header text for one measure column (or row, when transposed), with the realities that touch header words. */
export function headerWord(rng: Rng, key: MeasureKey, realities: Set<Reality>, year: number, unit: string, index: number): string {
  if (realities.has('unknownHeaders')) return rng.pick([`栏目${index + 1}`, `第${index + 1}栏`, String.fromCharCode(65 + index)]);
  const role = roleOfKey(key);
  let word = realities.has('headerSynonyms') ? rng.pick(ROLE_WORDS[role]) : PLAIN[role];
  if (realities.has('yearHeaders') && (role === 'budget' || role === 'actual' || role === 'prior')) {
    word = role === 'budget' ? `${year}年预算数` : role === 'actual' ? `${year}年完成数` : `${year - 1}年完成数`;
  }
  if (realities.has('headerUnits')) {
    const isRate = role === 'growth' || role === 'exec';
    if (isRate && !word.includes('%')) word += rng.pick(['(%)', '（%）']);
    if (!isRate) word += rng.pick([`（${unit}）`, `(${unit})`]);
  }
  return typed(rng, word, realities);
}

/** A word as a person types it: spaces between characters, a line break inside. */
export function typed(rng: Rng, word: string, realities: Set<Reality>): string {
  let out = word;
  if (realities.has('headerSpaces') && rng.chance(0.5)) out = [...out].join(rng.pick([' ', '\u3000', ''])).replace(/ ?([（(%）)]) ?/g, '$1');
  if (realities.has('headerLineBreaks') && out.length >= 4 && rng.chance(0.5)) {
    const at = rng.int(2, out.length - 2);
    out = out.slice(0, at) + '\n' + out.slice(at);
  }
  return out;
}
