/** The insurance funds (险种) a report lists, and the ways counties write their names; see GLOSSARY.md. */
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
 * How counties write each fund's name, as ordered patterns on the normalised label: the first that matches
 * wins, so `职工基本医疗保险(含生育)` is medical, not maternity. A new spelling is one more alternative here.
 */
export const FUND_PATTERNS: readonly [FundId, RegExp][] = [
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

/** Short forms seen in real tables, each read as its fund (tested, and listed in the README). */
export const FUND_ABBREVIATIONS: Record<FundId, readonly string[]> = {
  enterprisePension: ['企业职工养老', '企业养老保险', '城镇职工基本养老保险'],
  publicSectorPension: ['机关养老', '机关事业单位养老'],
  residentPension: ['城乡居民养老', '居民养老'],
  employeeMedical: ['职工医保（含生育）', '职工基本医疗保险(含生育保险)', '职工医疗'],
  residentMedical: ['城乡居民医保', '居民医疗'],
  workInjury: ['工伤'],
  unemployment: ['失业'],
  maternity: ['生育'],
};

/** A bracket that says one fund includes another (`(含生育)`): the bracket is kept as part of the name. */
export const INCLUDES_WORD = '含';

/** Words of a label that is about a fund but is not a fund line (参保人数, 满意度…). */
export const NOT_A_FUND_LINE: readonly string[] = ['率', '人数', '月数', '满意度', '指标', '人次'];

/** Names of all the funds together, which make an un-numbered label a total (`社会保险基金本年收支结余`). */
export const WHOLE_FUND_WORDS: readonly string[] = ['社会保险基金', '社保基金', '各项保险', '各项社会保险', '基金合计', '基金总计'];

/** Header cells above a column of fund names. */
export const FUND_AXIS_WORDS: readonly string[] = ['险种', '项目', '基金名称', '险种名称'];

/** Groupings of funds a table may subtotal (`养老保险小计`, `医疗保险`): 养老保险 and 医疗保险 as the reports group them. */
export type FundGroupId = 'pension' | 'medical';

export interface FundGroup {
  id: FundGroupId;
  name: string;
  funds: readonly FundId[];
  /** Words that name the group when they name no single fund (`养老保险` but not `企业养老保险`). */
  words: readonly string[];
}

export const FUND_GROUPS: readonly FundGroup[] = [
  { id: 'pension', name: '养老保险', funds: ['enterprisePension', 'publicSectorPension', 'residentPension'], words: ['基本养老保险', '养老保险', '养老'] },
  // 生育保险 is part of 职工医疗 (含生育) since their merger; listed on its own, it stands outside the 医疗保险 小计.
  { id: 'medical', name: '医疗保险', funds: ['employeeMedical', 'residentMedical'], words: ['基本医疗保险', '医疗保险', '医疗'] },
];

/** Short names for messages (`企业职工 + 机关事业 + 城乡居民`). */
export const FUND_SHORT_NAMES: Record<FundId, string> = {
  enterprisePension: '企业职工养老',
  publicSectorPension: '机关事业养老',
  residentPension: '城乡居民养老',
  employeeMedical: '职工医疗',
  residentMedical: '城乡居民医疗',
  workInjury: '工伤',
  unemployment: '失业',
  maternity: '生育',
};
