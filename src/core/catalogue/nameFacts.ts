import type { Dimensions } from '../facts/Fact';
import { columnLetters } from '../grid/address';
import { accountLine, FUND_GROUPS, FUND_SHORT_NAMES, type AccountId, type FundId } from '../vocabulary';

/**
 * Facts named the way a person names them in a message: `养老保险小计 2020年收入`, `合计 本年支出增长率`. A term of a
 * relation is named only by what differs from its target (`企业职工养老 + 机关事业养老`, `2020年 − 2019年`).
 */
const DERIVATION_NAMES: Record<string, string> = { amount: '', change: '增减额', growthRate: '增长率', executionRate: '完成预算比例', share: '占比', monthsPayable: '可支付月数', unknown: '' };
/** Balances by their short names: `2020年当期结余`, not `2020年本年收支结余`. */
const BALANCE_NAMES: Record<string, string> = { balance: '结余', openingBalance: '上年结余', netBalance: '当期结余', closingBalance: '累计结余' };

export function itemName(fund: string): string {
  if (!fund) return '';
  if (fund === 'total') return '合计';
  if (fund in FUND_SHORT_NAMES) return FUND_SHORT_NAMES[fund as FundId];
  const group = FUND_GROUPS.find((g) => g.id === fund);
  if (group) return `${group.name}小计`;
  if (fund.startsWith('subtotal:')) return '小计';
  return fund.replace(/^line:/, '');
}

export function accountName(account: string): string {
  if (!account) return '';
  if (account in BALANCE_NAMES) return BALANCE_NAMES[account];
  if (account.startsWith('line:')) return account.slice(5);
  if (account.startsWith('total:')) return '合计';
  const line = accountLine(account as AccountId);
  if (!line) return account;
  return line.short ?? line.name;
}

export function periodName(period: number): string {
  if (period > 1900) return `${period}年`;
  return period === 0 ? '本年' : period === -1 ? '上年' : `${period}年`;
}

/** The headers of a figure whose measure the vocabulary does not know (`栏目一`), or its column's letter. */
function unnamedName(unnamed: string): string {
  return unnamed
    .split(';')
    .filter(Boolean)
    .map((part) => {
      const [place, header] = part.split(/:(.*)/s);
      return header || (place.startsWith('c') ? `${columnLetters(Number(place.slice(1)))}列` : `第${Number(place.slice(1)) + 1}行`);
    })
    .join(' ');
}

function measureName(dims: Dimensions, withPeriod: boolean): string {
  if (dims.derivation === 'unknown' && dims.unnamed) return `${accountName(dims.account)}${unnamedName(dims.unnamed)}`;
  const scenario = dims.scenario === 'budget' ? '预算' : '';
  if (dims.derivation === 'share' && dims.shareOf) {
    const whole = `${itemName(dims.shareOf.fund)}${accountName(dims.shareOf.account)}`;
    return `${withPeriod ? periodName(dims.period) : ''}${scenario}${accountName(dims.account)}占${whole}的比例`;
  }
  return `${withPeriod ? periodName(dims.period) : ''}${scenario}${accountName(dims.account)}${DERIVATION_NAMES[dims.derivation]}`;
}

/** The whole name of a fact: its line, then period, scenario, account and derivation. */
export function factName(dims: Dimensions): string {
  const item = itemName(dims.fund);
  const measure = measureName(dims, true);
  return [item, measure].filter(Boolean).join(' ');
}

/** A term named by what differs from the target: the line where the lines differ, else the measure. */
export function termName(term: Dimensions, target: Dimensions): string {
  const parts: string[] = [];
  if (term.fund !== target.fund) parts.push(itemName(term.fund));
  const measureDiffers =
    term.account !== target.account || term.period !== target.period || term.scenario !== target.scenario || term.derivation !== target.derivation;
  if (measureDiffers || parts.length === 0) parts.push(measureName(term, term.period !== target.period || term.derivation !== target.derivation || term.account === target.account));
  return parts.filter(Boolean).join(' ') || '本项';
}

/** Up to five terms joined, more summed up by their count. */
export function joinTerms(names: string[], operator: ' + ' | ' − '): string {
  if (names.length <= 5) return names.join(operator);
  return `${names.slice(0, 4).join(operator)} 等 ${names.length} 项之和`;
}
