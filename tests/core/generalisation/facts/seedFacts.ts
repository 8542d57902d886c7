import { SEED_TABLES, type SeedFund, type SeedTable } from '../generator/figures';
import type { AccountId, Flow, FundId } from './factModel';

/**
 * The seeds' figures as the fact generator's raw material: the three tables of ../generator/figures.ts, the
 * 区本级 2020 report (seed 003, whose figures are in its paragraphs: 收入 and 支出 per fund with their growth and
 * budget completion, 累计结余), funds the seeds give in their text only (哈密's 医疗 funds, seed 004), and the
 * shares of each account line in a fund's 收入 and 支出 as the seeds' paragraphs break them down.
 */
/** A seed fund, with 生育保险 among the funds. */
export type FactSeedFund = Omit<SeedFund, 'fund'> & { fund: FundId };

export interface FactSeed {
  table: SeedTable;
  place: string;
  year: number;
}

/** 区本级 2020 (seed 003): 收入/支出 as stated; 上年 and 预算 from the stated growth and completion; 上年结余 = 累计结余 − 当期结余. */
const QUBENJI_2020: SeedTable = {
  source: 'qubenji-2020',
  decimals: 0,
  funds: [
    { fund: 'enterprisePension', income: { budget: 2637255, actual: 3138333, prior: 2879205 }, expenditure: { budget: 1982942, actual: 1854899, prior: 1353941 }, opening: 9307379 },
    { fund: 'publicSectorPension', income: { budget: 584294, actual: 584294, prior: 372162 }, expenditure: { budget: 489150, actual: 478059, prior: 401730 }, opening: 59859 },
    { fund: 'workInjury', income: { budget: 3890, actual: 4201, prior: 5263 }, expenditure: { budget: 6926, actual: 5769, prior: 6160 }, opening: 45218 },
    { fund: 'unemployment', income: { budget: 19600, actual: 22736, prior: 19268 }, expenditure: { budget: 16244, actual: 10049, prior: 16959 }, opening: 198707 },
  ],
};

export const FACT_SEEDS: FactSeed[] = [
  { table: SEED_TABLES[0], place: '巴州', year: 2020 },
  { table: SEED_TABLES[1], place: '哈密市', year: 2019 },
  { table: SEED_TABLES[2], place: '岳普湖县', year: 2020 },
  { table: QUBENJI_2020, place: '自治区本级', year: 2020 },
];

/**
 * Funds a case may add to a seed's so that groupings mean something (养老 of two or three funds, 医疗 of two):
 * 哈密 2019's 职工医疗（含生育） and 城乡居民医疗 (seed 004's text: 收入 75381 and 26773, 支出 66545 and 24624, with
 * their 上年 and completion), 岳普湖's 城乡居民养老 (seed 002), and a 生育保险 fund at the scale of the other two.
 * Figures are relative to 哈密's scale and multiplied by the seed's own when added.
 */
export const SUPPLEMENT: Record<'employeeMedical' | 'residentMedical' | 'residentPension' | 'maternity', FactSeedFund> = {
  employeeMedical: { fund: 'employeeMedical', income: { budget: 68037, actual: 75381, prior: 69097 }, expenditure: { budget: 63142, actual: 66545, prior: 67539 }, opening: 77612 },
  residentMedical: { fund: 'residentMedical', income: { budget: 26576, actual: 26773, prior: 29625 }, expenditure: { budget: 22276, actual: 24624, prior: 25579 }, opening: 16346 },
  residentPension: { fund: 'residentPension', income: { budget: 3960, actual: 4145.35, prior: 3871 }, expenditure: { budget: 2889.39, actual: 2684.22, prior: 2513 }, opening: 9908.77 },
  maternity: { fund: 'maternity', income: { budget: 2950, actual: 3104, prior: 2876 }, expenditure: { budget: 2710, actual: 2868, prior: 2542 }, opening: 4120 },
};

/** 哈密 2019's 企业养老 收入 (122288), the scale SUPPLEMENT is written at. */
export const SUPPLEMENT_SCALE = 122288;

type Share = [AccountId, number, number];

/**
 * Each line's share of its flow, as a range drawn per case; 其他收入 / 其他支出 take what is left, so the lines add
 * up to the fund's figure exactly. From seed 000 (巴州: 企业养老 收入 204813 = 190327 + 6158 + 3943 + 2265 + 2120),
 * seed 004 (哈密, with 上下级往来) and seed 003 (区本级, with 委托投资收益).
 */
const PENSION: Record<Flow, Share[]> = {
  income: [
    ['premium', 0.45, 0.9],
    ['subsidy', 0.03, 0.4],
    ['interest', 0.005, 0.04],
    ['transferIn', 0.005, 0.03],
  ],
  expenditure: [
    ['benefits', 0.9, 0.97],
    ['transferOut', 0.005, 0.03],
  ],
};
const MEDICAL: Record<Flow, Share[]> = {
  income: [
    ['premium', 0.5, 0.95],
    ['subsidy', 0.02, 0.4],
    ['interest', 0.005, 0.02],
  ],
  expenditure: [
    ['benefits', 0.93, 0.99],
    ['transferOut', 0.002, 0.01],
  ],
};
const OTHER: Record<Flow, Share[]> = {
  income: [
    ['premium', 0.75, 0.95],
    ['interest', 0.01, 0.05],
  ],
  expenditure: [['benefits', 0.4, 0.97]],
};

export function lineShares(fund: FundId, withTransfers: boolean, withInvestment: boolean): Record<Flow, Share[]> {
  const base = fund.endsWith('Pension') ? PENSION : fund.endsWith('Medical') || fund === 'maternity' ? MEDICAL : OTHER;
  const income = [...base.income];
  const expenditure = [...base.expenditure];
  if (fund === 'enterprisePension' && withInvestment) income.push(['investment', 0.05, 0.2]);
  if (withTransfers && fund !== 'residentMedical' && fund !== 'employeeMedical') {
    income.push(['grantFromAbove', 0.05, 0.15], ['remittedFromBelow', 0.03, 0.1]);
    expenditure.push(['grantToBelow', 0.03, 0.12], ['remittedToAbove', 0.03, 0.1]);
  }
  return { income, expenditure };
}

/** The partial 其中 lines of 待遇支出 per fund and their share of it (基本养老金支出 242555 of 253548 in 巴州). */
export function benefitParts(fund: FundId): Share[] {
  if (fund.endsWith('Pension')) return [
    ['basicPension', 0.9, 0.96],
    ['funeral', 0.02, 0.05],
  ];
  if (fund === 'unemployment') return [['unemploymentBenefit', 0.3, 0.6]];
  return [];
}
