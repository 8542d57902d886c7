import { normaliseText } from '../values/parseCellValue';

/** The insurance funds (险种) a report lists; see GLOSSARY.md. */
export type FundId =
  | 'enterprisePension'
  | 'publicSectorPension'
  | 'residentPension'
  | 'employeeMedical'
  | 'residentMedical'
  | 'workInjury'
  | 'unemployment'
  | 'maternity';

export const FUND_NAMES: Record<FundId, string> = {
  enterprisePension: '企业职工基本养老保险',
  publicSectorPension: '机关事业单位基本养老保险',
  residentPension: '城乡居民基本养老保险',
  employeeMedical: '职工基本医疗保险',
  residentMedical: '城乡居民基本医疗保险',
  workInjury: '工伤保险',
  unemployment: '失业保险',
  maternity: '生育保险',
};

/**
 * How counties write each fund's name, as ordered tests on the normalised label: the first that matches wins,
 * so `职工基本医疗保险(含生育)` is medical, not maternity. A new spelling is one more pattern here.
 */
const FUND_PATTERNS: [FundId, RegExp][] = [
  ['publicSectorPension', /机关(事业)?(单位)?.*养老|机关养老/],
  // 城镇职工基本养老保险 is the enterprise scheme's older name (机关 was matched above).
  ['enterprisePension', /企业(职工)?.*养老|企业养老|(城镇)?职工.*养老/],
  ['residentPension', /(城乡)?居民.*养老|新农保|城居保/],
  ['residentMedical', /(城乡)?居民.*医疗|居民医保|新农合/],
  ['employeeMedical', /职工.*医疗|城镇职工.*医|职工医保/],
  ['workInjury', /工伤/],
  ['unemployment', /失业/],
  ['maternity', /生育/],
];

/** Strip numbering (`一、`, `1.`, `(三)`), `其中:`, bracketed notes and spaces from a row label. */
export function normaliseLabel(label: string): string {
  return normaliseText(label)
    .replace(/\s+/g, '')
    .replace(/^[(（]?[一二三四五六七八九十\d]+[)）]?[、.．,，:：]?/, '')
    .replace(/^其中[:：]?/, '')
    .replace(/[:：]$/, '');
}

export function identifyFund(label: string): FundId | null {
  const text = normaliseLabel(label).replace(/[(（][^)）]*[)）]/g, (m) => (/含/.test(m) ? '' : m));
  if (!text || text.length > 40) return null;
  for (const [fund, pattern] of FUND_PATTERNS) if (pattern.test(text)) return fund;
  return null;
}

/** 合计 / 总计 rows and columns (not 小计, which in hami-2019 names a measure such as 基金收入小计). */
export function isTotalLabel(label: string): boolean {
  const text = normaliseLabel(label);
  return /^(合计|总计|全部|全区合计|总合计)$/.test(text) || /(合计|总计)$/.test(text) || /^(合计|总计)/.test(text);
}

/** Leading `一、` / `(一)` / `1.` numbering of a line item, or null. */
export function itemNumbering(label: string): string | null {
  const match = /^\s*([(（]?[一二三四五六七八九十]+[)）]?[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))/.exec(normaliseText(label));
  return match ? match[1] : null;
}

export function isOfWhichLabel(label: string): boolean {
  return /^\s*其中/.test(normaliseText(label));
}
