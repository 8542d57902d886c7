import {
  ACCOUNT_LINES,
  FUND_ABBREVIATIONS,
  FUND_NAMES,
  MEASURE_WORDS,
  identifyFund,
  isNoteOrFooter,
  isPlaceholder,
  isTotalLabel,
  mentionsReportWord,
  normaliseWord,
  readLabel,
  unitOfLine,
  type FundId,
} from '../../../src/core/vocabulary';
import { mentionsReportWord as exported } from '../../../src/core';

/** A word as people type it: spaces between the characters, a full-width space, a line break. */
function typedVariants(word: string): string[] {
  const chars = [...word];
  return [word, chars.join(' '), chars.join('\u3000'), `${chars.slice(0, 2).join('')}\n${chars.slice(2).join('')}`, ` ${word} `];
}

describe('the vocabulary matcher', () => {
  it('normalises spaces, full-width forms and line breaks once, the same for every recogniser', () => {
    expect(normaliseWord('合　计')).toBe('合计');
    expect(normaliseWord('本 年 收 入')).toBe('本年收入');
    expect(normaliseWord('基金\r\n收入')).toBe('基金收入');
    expect(normaliseWord('金额（万元）')).toBe('金额(万元)');
    expect(normaliseWord('－１２３')).toBe('-123');
  });

  it('reads every measure word as its dimensions, however it is spaced, and with a unit inside', () => {
    for (const { dims, words } of MEASURE_WORDS) {
      for (const word of words) {
        for (const typed of [...typedVariants(word), `${word}（万元）`]) {
          const label = readLabel(typed);
          // 上年 of a change or a rate is its base, not the figure's period (较上年增长).
          const expected = label.derivation === 'change' || label.derivation === 'growthRate' ? { ...dims, period: undefined } : dims;
          expect([typed, { scenario: label.scenario, budgetKind: label.budgetKind, period: label.period, derivation: label.derivation }]).toEqual([
            typed,
            { scenario: undefined, budgetKind: undefined, period: undefined, derivation: undefined, ...expected },
          ]);
        }
      }
    }
  });

  it('reads every account line’s words as that line', () => {
    for (const { id, words } of ACCOUNT_LINES) for (const word of words) for (const typed of typedVariants(word)) expect([typed, readLabel(typed).account]).toEqual([typed, id]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['本年决算数', { scenario: 'actual', period: 'current' }],
    ['本期数', { scenario: 'actual', period: 'current' }],
    ['当年数', { scenario: 'actual', period: 'current' }],
    ['完成数', { scenario: 'actual' }],
    ['上年决算数', { scenario: 'actual', period: 'prior' }],
    ['上年同期', { scenario: 'actual', period: 'prior' }],
    ['同比增减', { derivation: 'change' }],
    ['增减额', { derivation: 'change' }],
    ['同比增长额', { derivation: 'change' }],
    ['增幅', { derivation: 'growthRate' }],
    ['同比增长', { derivation: 'growthRate' }],
    ['增长率(%)', { derivation: 'growthRate', percent: true }],
    ['增减%', { derivation: 'growthRate' }],
    ['预算执行率', { derivation: 'executionRate' }],
    ['预算执行（%）', { derivation: 'executionRate' }],
    ['执行进度', { derivation: 'executionRate' }],
    ['年初滚存结余', { account: 'openingBalance' }],
    ['年末滚存结余', { account: 'closingBalance' }],
    ['本年收支结余', { account: 'netBalance' }],
    ['预算执行数', { scenario: 'actual' }],
    ['基 金 收 入', { account: 'income' }],
    ['本年支出', { account: 'expenditure', period: 'current' }],
  ])('reads the header %s (the wordings of issue 7)', (header, dims) => {
    expect(readLabel(header)).toMatchObject(dims);
  });

  it('reads nothing of a header that names no dimension', () => {
    for (const header of ['金额（万元）', '险种', '备注', '']) expect(readLabel(header).known).toBe(false);
  });

  it('reads every fund name and every abbreviation as its fund, in any spacing', () => {
    for (const [fund, name] of Object.entries(FUND_NAMES) as [FundId, string][]) {
      for (const typed of typedVariants(name)) expect([typed, identifyFund(typed)]).toEqual([typed, fund]);
      for (const short of FUND_ABBREVIATIONS[fund]) expect([short, identifyFund(short)]).toEqual([short, fund]);
    }
  });

  it('reads 合计 / 总计 as totals and 小计 as a subtotal, spaced or not', () => {
    for (const label of ['合计', '合　计', '总 计', '全州合计', '合计：', '（一）合计']) expect([label, isTotalLabel(label), readLabel(label).total]).toEqual([label, true, true]);
    for (const label of ['小计', '小 计', '养老保险小计']) expect([label, readLabel(label).subtotal]).toEqual([label, true]);
    expect(isTotalLabel('小计')).toBe(false);
  });

  it('tells notes, unit lines and signatures from data', () => {
    for (const text of ['注：本表数据来源于决算', '注1：…', '说明:', '单位：万元', '单位：万元、%', '填报单位：巴州社保中心', '填表人：', '审核人', '负责人：张三', '附件1']) {
      expect([text, isNoteOrFooter(text)]).toEqual([text, true]);
    }
    for (const text of ['机关事业单位养老保险', '注册人数', '合计', '企业职工基本养老保险']) expect([text, isNoteOrFooter(text)]).toEqual([text, false]);
    expect(unitOfLine('单位：万元、%')).toBe('万元');
    expect(unitOfLine('单位：元')).toBe('元');
    expect(unitOfLine('填报单位：巴州社保中心')).toBeNull();
  });

  it('knows the placeholders for "not applicable"', () => {
    for (const text of ['—', '-', '－', '无', 'N/A', '', '  ']) expect([text, isPlaceholder(text)]).toEqual([text, true]);
    for (const text of ['0', '无锡', '合计']) expect([text, isPlaceholder(text)]).toEqual([text, false]);
  });

  it('says which texts mention a report word, for the reader that trims huge sheets', () => {
    for (const text of ['企业职工基本养老保险', '合 计', '2020年预算数', '一、基本养老金', '其中：中央调剂', '三级指标', '得分', '单位：万元', '基金收入']) {
      expect([text, exported(text)]).toEqual([text, true]);
    }
    for (const text of ['张三', 'ABC公司', '2020-01-05', '编号', '']) expect([text, mentionsReportWord(text)]).toEqual([text, false]);
  });
});
