import { readLabel } from '../../../src/core/vocabulary';

/** What a header or label says, dimension by dimension: the words, not the position, decide. */
describe('readLabel', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['2020年 预算数', { year: 2020, scenario: 'budget' }],
    ['2020年完成数', { year: 2020, scenario: 'actual' }],
    ['2019年完成数', { year: 2019, scenario: 'actual' }],
    ['上年⏎结余'.replace('⏎', '\n'), { account: 'openingBalance' }],
    ['上年完成数', { scenario: 'actual', period: 'prior' }],
    ['本 年 收 入', { period: 'current', account: 'income' }],
    ['基金收入', { account: 'income' }],
    ['完成\n预算', { derivation: 'executionRate' }],
    ['增长率(%)', { derivation: 'growthRate', percent: true }],
    ['较上年增长', { derivation: 'change' }],
    ['增加', { derivation: 'change' }],
    ['年初预算数', { scenario: 'budget', budgetKind: 'initial' }],
    ['全年预算数', { scenario: 'budget', budgetKind: 'adjusted' }],
    ['本年收支结余', { account: 'netBalance' }],
    ['2020年年末结余决算数', { year: 2020, account: 'closingBalance', scenario: 'actual' }],
    ['一、企业职工基本养老保险基金收入', { fund: 'enterprisePension', account: 'income', numbering: 'chinese' }],
    ['其中: 保险费收入', { account: 'premiumIncome', ofWhich: true }],
    ['利息收入', { account: 'interestIncome' }],
    ['全区社会保险基金收入合计', { total: true, account: 'income' }],
    ['社会保险基金本年收支结余', { wholeFund: true, account: 'netBalance' }],
    ['合　计', { total: true }],
    ['合计：', { total: true }],
    ['小计', { subtotal: true }],
    ['养老保险小计', { group: 'pension', subtotal: true }],
    ['基本医疗保险', { group: 'medical' }],
    ['基本养老金支出', { account: 'pensionBenefit' }],
    ['职工基本医疗保险(含生育)', { fund: 'employeeMedical', includes: ['maternity'] }],
    ['其中：生育保险', { fund: 'maternity', ofWhich: true }],
    ['机关事业单位\n养老(元)', { fund: 'publicSectorPension', scale: 1 }],
    ['金额（万元）', { scale: 10000 }],
    ['单位：万元、%', { note: true, scale: 10000 }],
    ['基金收入小计', { account: 'income' }],
    ['收入对比分析', { account: 'income' }],
    ['增幅%', { derivation: 'growthRate', percent: true }],
    ['企业职工养老保险参保人数', { fund: 'enterprisePension', notMoney: true }],
    ['失业保险待遇支出', { account: 'benefitExpenditure' }],
    ['一、失业保险基金支出', { fund: 'unemployment', account: 'expenditure' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(readLabel(text)).toMatchObject(expected);
  });

  it('says nothing of words it does not know', () => {
    for (const text of ['险种', '项 目', '栏目一', 'A']) expect(readLabel(text).known).toBe(false);
  });

  it('takes a fund named inside an account line’s words for the kind of line, not whose it is', () => {
    expect(readLabel('失业保险金支出').fund).toBeUndefined();
    expect(readLabel('工伤保险待遇支出').fund).toBeUndefined();
    expect(readLabel('城乡居民基本医疗保险基金收入').fund).toBe('residentMedical');
  });

  it('takes 上年结余 for a balance, not last year’s figure, and 完成预算 for a rate, not a budget', () => {
    expect(readLabel('上年结余').period).toBeUndefined();
    expect(readLabel('完成预算').scenario).toBeUndefined();
  });

  it('takes a grouping’s 合计 for its line, not the table’s 合计; 小计 before a line’s words too', () => {
    expect(readLabel('养老保险合计')).toMatchObject({ group: 'pension', subtotal: true });
    expect(readLabel('养老保险合计').total).toBeUndefined();
    expect(readLabel('合计').total).toBe(true);
    expect(readLabel('基金收入合计')).toMatchObject({ account: 'income', total: true });
    expect(readLabel('小计基金支出')).toMatchObject({ account: 'expenditure', subtotal: true });
  });

  it('reads a title with its unit in brackets, the grouping it is about, and 预算执行情况 as no budget', () => {
    expect(readLabel('2020年某县养老保险基金收入明细表（单位：亿元）')).toMatchObject({ title: true, group: 'pension', account: 'income', scale: 100000000, year: 2020 });
    expect(readLabel('2020年某县养老保险基金收入明细表（单位：亿元）').note).toBeUndefined();
    expect(readLabel('社会保险基金预算执行情况表').scenario).toBeUndefined();
    expect(readLabel('2020年社会保险基金预算收支明细表').scenario).toBe('budget');
    expect(readLabel('单位：万元')).toMatchObject({ note: true, scale: 10000 });
  });
});
