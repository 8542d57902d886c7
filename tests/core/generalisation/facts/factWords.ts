import type { Rng } from '../generator/random';
import { FUND_LABELS } from '../generator/figures';
import { ROLE_WORDS, typed as typedWord } from '../generator/words';
import type { Reality } from '../generator/realities';
import { varies } from './assignments';
import type { AccountId, FactSet, Flow, FundNodeId, Measure, Series } from './factModel';
import type { FactReality } from './factRealities';
import type { TableSpec } from './tableSpec';

/**
 * The words a county clerk writes for each member of each dimension (seeds 000–004 and the old generator's
 * lists), and the titles and sheet names that state a table's fixed dimensions.
 */
export type Realities = Set<FactReality>;

export const typed = (rng: Rng, word: string, realities: Realities): string => typedWord(rng, word, realities as unknown as Set<Reality>);

const FUND_NAMES: Record<string, string[]> = {
  ...FUND_LABELS,
  maternity: ['生育保险', '生育'],
};
const NUMBERS = '一二三四五六七八九十';

/** A fund node's label: a name (full or short), a 小计, the 合计, or `其中：生育保险`. */
export function fundLabel(rng: Rng, id: FundNodeId, realities: Realities, where: 'row' | 'col' | 'heading' = 'row', index = 0): string {
  let word: string;
  switch (id) {
    case 'total':
      word = realities.has('totalLabels') ? rng.pick(['总计', '合　计', '全县合计', '社会保险基金合计', '合计：']) : '合计';
      break;
    case 'pensionSubtotal':
      word = realities.has('subtotalsFirst') ? rng.pick(['养老保险小计', '养老保险（小计）']) : rng.pick(['小计', '养老保险小计']);
      break;
    case 'medicalSubtotal':
      word = realities.has('subtotalsFirst') ? rng.pick(['医疗保险小计', '医疗保险（小计）']) : rng.pick(['小计', '医疗保险小计']);
      break;
    case 'maternityOfWhich':
      word = rng.pick(['其中：生育保险', '其中：生育', '其中:生育保险']);
      break;
    default: {
      const names = FUND_NAMES[id];
      word = realities.has('fundAbbreviations') ? rng.pick(names.slice(1)) : names[0];
      // Where 生育保险 is a fund of its own, 职工医疗 cannot say it includes it: the 合计 would count it twice.
      if (id === 'employeeMedical' && realities.has('maternitySeparate')) word = word.replace(/[（(]含生育(保险)?[)）]/, '');
      if (where === 'heading') word = `${NUMBERS[index]}、${word}`;
    }
  }
  return typed(rng, word, realities);
}

export function fundFullName(id: FundNodeId): string {
  return id === 'total' ? '社会保险' : id === 'pensionSubtotal' ? '养老保险' : id === 'medicalSubtotal' ? '医疗保险' : (FUND_NAMES[id] ?? ['生育保险'])[0].replace(/（含生育）$/, '');
}

const MEASURE_WORDS: Record<Measure | 'balance', string[]> = {
  income: ['基金收入', '收入', '社会保险基金收入'],
  expenditure: ['基金支出', '支出', '社会保险基金支出'],
  net: ['当期结余', '本年收支结余', '本年结余'],
  opening: ['上年结余', '年初滚存结余', '年初结余'],
  closing: ['累计结余', '年末滚存结余', '滚存结余'],
  balance: ['基金结余', '结余'],
};

/** A measure's label; `nested` under a fund or series, not the report-wide `社会保险基金收入`. */
export function measureLabel(rng: Rng, measure: string, realities: Realities, nested = false): string {
  const words = MEASURE_WORDS[measure as Measure | 'balance'].filter((w) => !nested || !w.startsWith('社会保险基金'));
  return typed(rng, realities.has('headerSynonyms') ? rng.pick(words) : words[0], realities);
}

export const flowWord = (flow: Flow) => (flow === 'income' ? '收入' : '支出');

const ACCOUNT_WORDS: Record<AccountId, string[]> = {
  all: [],
  premium: ['保险费收入', '社会保险费收入'],
  subsidy: ['财政补贴收入', '财政补助收入'],
  interest: ['利息收入'],
  investment: ['委托投资收益'],
  transferIn: ['转移收入'],
  grantFromAbove: ['上级补助收入'],
  remittedFromBelow: ['下级上解收入'],
  otherIncome: ['其他收入'],
  benefits: ['社会保险待遇支出', '待遇支出'],
  basicPension: ['基本养老金支出'],
  funeral: ['丧葬抚恤补助', '丧葬抚恤金支出'],
  unemploymentBenefit: ['失业保险金支出'],
  transferOut: ['转移支出'],
  grantToBelow: ['补助下级支出'],
  remittedToAbove: ['上解上级支出'],
  otherExpenditure: ['其他支出'],
};

/**
 * An account line's label. `ofWhich` style: the first line `其中：保险费收入`, the others plain (岳普湖's 决算表);
 * `numbered`: `1.保险费收入`, and a partial line under 待遇支出 as `其中：基本养老金支出`. The flow's own line is
 * `基金收入合计` (or, heading a fund's block, `一、企业职工基本养老保险基金收入`).
 */
export function accountLabel(rng: Rng, flow: Flow, id: AccountId, style: TableSpec['accountStyle'], position: { index: number; firstLine: boolean; partial: boolean }, realities: Realities, where: 'row' | 'col'): string {
  // A balance has no account lines: its one line is the balance itself (当期结余, 累计结余).
  if (id === 'all' && flow !== 'income' && flow !== 'expenditure') return measureLabel(rng, flow, realities);
  if (id === 'all') {
    const word = where === 'col' ? rng.pick(['合计', `${flowWord(flow)}合计`]) : rng.pick([`基金${flowWord(flow)}合计`, `${flowWord(flow)}合计`, `社会保险基金${flowWord(flow)}合计`]);
    return typed(rng, word, realities);
  }
  const word = realities.has('headerSynonyms') ? rng.pick(ACCOUNT_WORDS[id]) : ACCOUNT_WORDS[id][0];
  if (where === 'col') return typed(rng, position.partial ? `其中：${word}` : word, realities);
  if (position.partial) return typed(rng, position.firstLine ? `其中：${word}` : word, realities);
  if (style === 'numbered') return typed(rng, `${position.index + 1}.${word}`, realities);
  return typed(rng, position.firstLine ? rng.pick([`其中：${word}`, `其中:${word}`]) : word, realities);
}

/** A series' header: 预算数, 完成数, 上年完成数, 增加, 增长率, 完成预算 or their synonyms, or by year. */
export function seriesLabel(rng: Rng, series: Series, year: number, realities: Realities, unit: string): string {
  const role = series === 'growth' ? 'growth' : series === 'exec' ? 'exec' : series;
  let word = realities.has('headerSynonyms') ? rng.pick(ROLE_WORDS[role]) : { budget: '预算数', actual: '完成数', prior: '上年完成数', change: '增加', growth: '增长率', exec: '完成预算' }[series];
  if (realities.has('yearHeaders')) {
    if (series === 'budget') word = `${year}年预算数`;
    if (series === 'actual') word = rng.pick([`${year}年完成数`, `${year}年`, `${year}年决算数`]);
    if (series === 'prior') word = rng.pick([`${year - 1}年完成数`, `${year - 1}年`, `${year - 1}年决算数`]);
  }
  if (realities.has('headerUnits')) {
    const rate = series === 'growth' || series === 'exec';
    if (rate && !word.includes('%')) word += rng.pick(['(%)', '（%）']);
    if (!rate) word += rng.pick([`（${unit}）`, `(${unit})`]);
  }
  return typed(rng, word, realities);
}

/** The row dimensions' name in the header corner. */
export function cornerLabel(rng: Rng, dim: string, realities: Realities): string {
  const words: Record<string, string[]> = { fund: ['险种', '项目', '基金名称'], account: ['项目', '项 目', '科目'], measure: ['项目', '收支项目'], series: ['项目', '年度'] };
  return typed(rng, rng.pick(words[dim]), realities);
}

/** The title: year, place, and every fixed dimension in words (fund, flow, scenario, account line). */
export function titleText(rng: Rng, facts: FactSet, spec: TableSpec): string {
  const f = spec.fixed;
  const year = f.series === 'prior' ? facts.year - 1 : facts.year;
  const subject = f.fund && f.fund !== 'total' ? `${fundFullName(f.fund)}基金` : rng.pick(['社会保险基金', '社保基金']);
  const a = spec.assignment;
  const flow = f.measure ? flowWord(f.measure as Flow) : '';
  const scenario = f.series === 'budget' ? '预算' : f.series === 'actual' ? rng.pick(['决算', '', '']) : '';
  const what = f.account === 'benefits' ? '待遇支出' : varies(a, 'measure') ? rng.pick(['收支', '收支余', '收支结余']) : flow;
  const kind = varies(a, 'account') ? '明细表' : varies(a, 'series') && spec.cols.concat(spec.rows).some((l) => l.some((m) => m.value === 'budget')) ? rng.pick(['情况表', '执行情况表']) : rng.pick(['情况表', '表']);
  return `${year}年${facts.place}${subject}${scenario}${what}${kind}`;
}

/** A sheet name carrying the fixed dimensions, where the table has no title row (`企业养老收入`, `2019年支出`). */
export function sheetNameOf(rng: Rng, facts: FactSet, spec: TableSpec, index: number): string {
  const f = spec.fixed;
  const parts: string[] = [];
  if (f.series === 'prior') parts.push(`${facts.year - 1}年`);
  else if (rng.chance(0.4)) parts.push(`${facts.year}年`);
  if (f.fund && f.fund !== 'total') parts.push(FUND_NAMES[f.fund]?.[FUND_NAMES[f.fund].length - 1] ?? fundFullName(f.fund));
  if (f.series === 'budget') parts.push('预算');
  if (f.account === 'benefits') parts.push('待遇支出');
  else if (f.measure) parts.push(flowWord(f.measure as Flow));
  if (varies(spec.assignment, 'account')) parts.push('明细');
  if (parts.length === 0 || (parts.length === 1 && /年$/.test(parts[0]))) parts.push(varies(spec.assignment, 'measure') ? '收支情况' : '基金情况');
  return `${parts.join('')}${index > 0 && rng.chance(0.3) ? `(${index + 1})` : ''}`;
}

export const SHEET_NAMES = ['表1', 'Sheet1', '附表1', '收支情况', '基金报表'];
export const NOTES = ['注：本表收入、支出均不含上下级往来。', '注：数据来源于社会保险基金决算报表。', '说明：本表金额按四舍五入填列。'];
