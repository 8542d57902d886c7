/**
 * The account lines of a social-insurance fund and their hierarchy, as the fund's financial rules define them:
 * 财社〔2017〕144号《社会保险基金财务制度》, chapters 基金收入, 基金支出 and 基金结余, and the line items of the
 * 社会保险基金决算报表 that follow it. Each line knows its parent, so a 收入 line is checked against the sum of its
 * parts and a 其中 part against its line, whatever table or sentence the figures come from. A county's new word
 * for a line is one more string in `words`.
 */

export type AccountId =
  | 'income'
  | 'premiumIncome'
  | 'subsidyIncome'
  | 'collectiveSubsidyIncome'
  | 'interestIncome'
  | 'investmentIncome'
  | 'transferIncome'
  | 'higherLevelSubsidyIncome'
  | 'lowerLevelRemittanceIncome'
  | 'otherIncome'
  | 'expenditure'
  | 'benefitExpenditure'
  | 'pensionBenefit'
  | 'medicalBenefit'
  | 'funeralBenefit'
  | 'unemploymentBenefit'
  | 'injuryBenefit'
  | 'maternityBenefit'
  | 'jobStabilisationSubsidy'
  | 'appraisalExpenditure'
  | 'injuryPreventionExpenditure'
  | 'skillSubsidy'
  | 'transferExpenditure'
  | 'lowerLevelSubsidyExpenditure'
  | 'higherLevelRemittanceExpenditure'
  | 'otherExpenditure'
  | 'openingBalance'
  | 'netBalance'
  | 'closingBalance';

export interface AccountLine {
  id: AccountId;
  /** The name the rules give the line. */
  name: string;
  /** The name after a period in a message (`2020年收入`), where shorter than `name`. */
  short?: string;
  /** The line it is a part of; null for 收入, 支出 and the three balances. */
  parent: AccountId | null;
  /** Words that name the line in a header or a label (matched after normalisation, longest first). */
  words: readonly string[];
  /** A flow cannot be negative (a part is then at most its line); a balance or a change can. */
  flow: boolean;
}

/** The lines, parents before their parts. */
export const ACCOUNT_LINES: readonly AccountLine[] = [
  { id: 'income', name: '基金收入', short: '收入', parent: null, words: ['基金收入', '收入', '总收入', '基金总收入'], flow: true },
  {
    id: 'premiumIncome',
    name: '社会保险费收入',
    parent: 'income',
    words: ['社会保险费收入', '保险费收入', '养老保险费收入', '医疗保险费收入', '失业保险费收入', '工伤保险费收入', '生育保险费收入', '缴费收入', '基本养老保险费收入', '基本医疗保险费收入', '保费收入', '征缴收入'],
    flow: true,
  },
  { id: 'subsidyIncome', name: '财政补贴收入', parent: 'income', words: ['财政补贴收入', '财政补助收入'], flow: true },
  { id: 'collectiveSubsidyIncome', name: '集体补助收入', parent: 'income', words: ['集体补助收入'], flow: true },
  { id: 'interestIncome', name: '利息收入', parent: 'income', words: ['利息收入'], flow: true },
  { id: 'investmentIncome', name: '委托投资收益', parent: 'income', words: ['委托投资收益', '投资收益'], flow: true },
  { id: 'transferIncome', name: '转移收入', parent: 'income', words: ['转移收入'], flow: true },
  { id: 'higherLevelSubsidyIncome', name: '上级补助收入', parent: 'income', words: ['上级补助收入'], flow: true },
  { id: 'lowerLevelRemittanceIncome', name: '下级上解收入', parent: 'income', words: ['下级上解收入'], flow: true },
  { id: 'otherIncome', name: '其他收入', parent: 'income', words: ['其他收入'], flow: true },
  { id: 'expenditure', name: '基金支出', short: '支出', parent: null, words: ['基金支出', '支出', '总支出', '基金总支出'], flow: true },
  {
    id: 'benefitExpenditure',
    name: '社会保险待遇支出',
    parent: 'expenditure',
    words: ['社会保险待遇支出', '待遇支出', '基本医疗保险待遇支出', '工伤保险待遇支出', '失业保险待遇支出', '生育保险待遇支出', '养老保险待遇支出'],
    flow: true,
  },
  { id: 'pensionBenefit', name: '基本养老金支出', parent: 'benefitExpenditure', words: ['基本养老金支出', '基本养老金', '养老金支出'], flow: true },
  { id: 'medicalBenefit', name: '医疗待遇支出', parent: 'benefitExpenditure', words: ['医疗待遇支出', '医疗费用支出', '统筹基金支出', '个人账户支出', '医疗补助金'], flow: true },
  { id: 'funeralBenefit', name: '丧葬补助金和抚恤金支出', parent: 'benefitExpenditure', words: ['丧葬补助金和抚恤金', '丧葬抚恤金支出', '丧葬抚恤补助支出', '丧葬补助金支出', '丧葬费支出', '丧葬抚恤补助', '丧葬抚恤金', '丧葬补助金', '丧葬费', '抚恤金'], flow: true },
  { id: 'unemploymentBenefit', name: '失业保险金支出', parent: 'benefitExpenditure', words: ['失业保险金支出', '失业保险金'], flow: true },
  { id: 'injuryBenefit', name: '工伤待遇支出', parent: 'benefitExpenditure', words: ['伤残待遇支出', '工亡待遇支出', '工伤医疗待遇支出', '伤残待遇', '工亡待遇'], flow: true },
  { id: 'maternityBenefit', name: '生育津贴支出', parent: 'benefitExpenditure', words: ['生育津贴支出', '生育津贴'], flow: true },
  { id: 'jobStabilisationSubsidy', name: '稳定岗位补贴支出', parent: 'expenditure', words: ['稳定岗位补贴支出', '稳岗补贴支出', '稳岗返还', '稳定岗位补贴', '稳岗补贴'], flow: true },
  { id: 'appraisalExpenditure', name: '劳动能力鉴定支出', parent: 'expenditure', words: ['劳动能力鉴定支出', '劳动能力鉴定费'], flow: true },
  { id: 'injuryPreventionExpenditure', name: '工伤预防费用支出', parent: 'expenditure', words: ['工伤预防费用支出', '工伤预防费'], flow: true },
  { id: 'skillSubsidy', name: '技能提升补贴支出', parent: 'expenditure', words: ['技能提升补贴支出', '技能提升补贴'], flow: true },
  { id: 'transferExpenditure', name: '转移支出', parent: 'expenditure', words: ['转移支出'], flow: true },
  { id: 'lowerLevelSubsidyExpenditure', name: '补助下级支出', parent: 'expenditure', words: ['补助下级支出'], flow: true },
  { id: 'higherLevelRemittanceExpenditure', name: '上解上级支出', parent: 'expenditure', words: ['上解上级支出'], flow: true },
  { id: 'otherExpenditure', name: '其他支出', parent: 'expenditure', words: ['其他支出', '其他费用'], flow: true },
  {
    id: 'openingBalance',
    name: '年初滚存结余',
    parent: null,
    words: ['上年结余', '年初滚存结余', '年初结余', '年初累计结余', '上年滚存结余', '上年末结余', '上年末滚存结余', '期初结余', '上年累计结余'],
    flow: false,
  },
  { id: 'netBalance', name: '本年收支结余', parent: null, words: ['当期结余', '本年收支结余', '本年结余', '当年结余', '本期结余', '收支结余', '当年收支结余'], flow: false },
  {
    id: 'closingBalance',
    name: '年末滚存结余',
    parent: null,
    words: ['累计结余', '年末滚存结余', '滚存结余', '年末累计结余', '年末结余', '期末结余', '累计结存', '滚存结存'],
    flow: false,
  },
];

/** `结余` alone: the year's 收支结余 beside 收入 and 支出, else which balance it is cannot be told. */
export const BARE_BALANCE_WORDS: readonly string[] = ['基金结余', '结余', '结存', '滚存'];

const BY_ID = new Map(ACCOUNT_LINES.map((line) => [line.id, line]));

export function accountLine(id: AccountId): AccountLine {
  return BY_ID.get(id)!;
}

/** Whether `id` is `ancestor` or one of its parts, at any depth. */
export function isAccountWithin(id: AccountId, ancestor: AccountId): boolean {
  for (let at: AccountId | null = id; at; at = BY_ID.get(at)?.parent ?? null) if (at === ancestor) return true;
  return false;
}

/**
 * 年末滚存结余 = 年初滚存结余 + 本年收支结余, and 本年收支结余 = 收入 − 支出 (第六章 基金结余): the balances are no
 * parts of a line, they follow from the flows. The relations catalogue says how.
 */
export const BALANCE_ACCOUNTS: readonly AccountId[] = ['openingBalance', 'netBalance', 'closingBalance'];
