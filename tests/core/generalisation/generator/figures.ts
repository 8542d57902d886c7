/**
 * Figures from the seed reports' own tables (/work/shared/seeds), as the generator's raw material. Each fund
 * has its 基金收入 / 基金支出 budget, actual and prior amounts and its 上年结余; a figure the seed does not give is
 * null and drawn per case (see fundBalanceModel.ts), so every case is still rooted in a real table's scale.
 */
export type FundId = 'enterprisePension' | 'publicSectorPension' | 'residentPension' | 'employeeMedical' | 'residentMedical' | 'workInjury' | 'unemployment';

export interface SeedFund {
  fund: FundId;
  income: { budget: number | null; actual: number; prior: number | null };
  expenditure: { budget: number | null; actual: number; prior: number | null };
  opening: number | null;
}

export interface SeedTable {
  source: string;
  /** Decimals the seed shows its 万元 amounts with. */
  decimals: number;
  funds: SeedFund[];
}

/** 巴州 2020 收支余情况表 (seed 000), 万元. */
const BAZHOU_2020: SeedTable = {
  source: 'bazhou-2020',
  decimals: 0,
  funds: [
    { fund: 'enterprisePension', income: { budget: 198731, actual: 204813, prior: 266682 }, expenditure: { budget: 261523, actual: 259666, prior: 240681 }, opening: 307480 },
    { fund: 'publicSectorPension', income: { budget: 48784, actual: 47161, prior: 49980 }, expenditure: { budget: 51103, actual: 51463, prior: 47129 }, opening: 5124 },
    { fund: 'workInjury', income: { budget: 4123, actual: 4326, prior: 7139 }, expenditure: { budget: 8561, actual: 8858, prior: 12625 }, opening: 16691 },
    { fund: 'unemployment', income: { budget: 12455, actual: 12799, prior: 14236 }, expenditure: { budget: 13799, actual: 15002, prior: 12232 }, opening: 40751 },
  ],
};

/** 哈密 2019 收支分析表 (seed 004), 万元; the seed gives no 结余 block. */
const HAMI_2019: SeedTable = {
  source: 'hami-2019',
  decimals: 0,
  funds: [
    { fund: 'enterprisePension', income: { budget: 111366, actual: 122288, prior: 114947 }, expenditure: { budget: 124386, actual: 123542, prior: 112034 }, opening: null },
    { fund: 'publicSectorPension', income: { budget: 117195, actual: 103562, prior: 98696 }, expenditure: { budget: 103506, actual: 103772, prior: 97706 }, opening: null },
    { fund: 'workInjury', income: { budget: 5408, actual: 5676, prior: 5784 }, expenditure: { budget: 6107, actual: 6419, prior: 5230 }, opening: null },
    { fund: 'unemployment', income: { budget: 5582, actual: 6037, prior: 6201 }, expenditure: { budget: 4194, actual: 4543, prior: 4542 }, opening: null },
  ],
};

/** 岳普湖 2020 决算收入表 / 支出表 / 结余表 (seed 002), 万元 with two decimals; 上年结余 = 年末累计结余 − 本年收支结余. */
const YUEPUHU_2020: SeedTable = {
  source: 'yuepuhu-2020',
  decimals: 2,
  funds: [
    { fund: 'publicSectorPension', income: { budget: null, actual: 15390.47, prior: null }, expenditure: { budget: null, actual: 13159.54, prior: null }, opening: 7075.1 },
    { fund: 'residentPension', income: { budget: null, actual: 4145.35, prior: null }, expenditure: { budget: null, actual: 2684.22, prior: null }, opening: 9908.77 },
    { fund: 'employeeMedical', income: { budget: null, actual: 9410.12, prior: null }, expenditure: { budget: null, actual: 16402.24, prior: null }, opening: 9085.4 },
    { fund: 'residentMedical', income: { budget: null, actual: 14490.19, prior: null }, expenditure: { budget: null, actual: 21860.67, prior: null }, opening: 8143.02 },
  ],
};

export const SEED_TABLES: SeedTable[] = [BAZHOU_2020, HAMI_2019, YUEPUHU_2020];

/** How reports write each fund: the full name first, then the short forms seen in county workbooks. */
export const FUND_LABELS: Record<FundId, string[]> = {
  enterprisePension: ['企业职工基本养老保险', '企业养老保险', '企业职工养老'],
  publicSectorPension: ['机关事业单位基本养老保险', '机关事业养老（改革）', '机关养老'],
  residentPension: ['城乡居民基本养老保险', '城乡居民养老'],
  employeeMedical: ['职工基本医疗保险（含生育）', '职工医保（含生育）'],
  residentMedical: ['城乡居民基本医疗保险', '城乡居民医保'],
  workInjury: ['工伤保险', '工伤'],
  unemployment: ['失业保险', '失业'],
};
