import {
  FUND_ABBREVIATIONS,
  FUND_NAMES,
  MEASURE_ROLE_WORDS,
  identifyFund,
  isNoteOrFooter,
  isPlaceholder,
  isShortTotalLabel,
  isSubtotalLabel,
  isTotalLabel,
  measureRoleOf,
  flowOf,
  mentionsReportWord,
  normaliseWord,
  unitOfLine,
  type FundId,
  type MeasureRole,
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

  it('reads every header word of every role, however it is spaced, and with a unit inside', () => {
    for (const { role, words } of MEASURE_ROLE_WORDS) {
      for (const word of words) {
        for (const typed of typedVariants(word)) expect([typed, measureRoleOf(typed)]).toEqual([typed, role]);
        expect(measureRoleOf(`${word}（万元）`)).toBe(role);
      }
    }
  });

  it.each<[string, MeasureRole]>([
    ['本年决算数', 'actual'],
    ['本期数', 'actual'],
    ['当年数', 'actual'],
    ['本年执行数', 'actual'],
    ['完成数', 'actual'],
    ['上年决算数', 'prior'],
    ['上年同期', 'prior'],
    ['上年数', 'prior'],
    ['同比增减', 'change'],
    ['增减额', 'change'],
    ['增加', 'change'],
    ['同比增长额', 'change'],
    ['增幅', 'growthRate'],
    ['同比增长', 'growthRate'],
    ['增长率(%)', 'growthRate'],
    ['增减%', 'growthRate'],
    ['预算执行率', 'executionRate'],
    ['预算完成率', 'executionRate'],
    ['预算执行%', 'executionRate'],
    ['预算执行（%）', 'executionRate'],
    ['执行进度', 'executionRate'],
    ['完成预算', 'executionRate'],
    ['年初滚存结余', 'openingBalance'],
    ['上年结余', 'openingBalance'],
    ['年末滚存结余', 'closingBalance'],
    ['累计结余', 'closingBalance'],
    ['本年收支结余', 'netBalance'],
    ['预算执行数', 'actual'],
  ])('reads the header %s as %s (the wordings of issue 7)', (header, role) => {
    expect(measureRoleOf(header)).toBe(role);
  });

  it('does not read a header that names no role', () => {
    for (const header of ['金额（万元）', '险种', '备注', '']) expect(measureRoleOf(header)).toBeNull();
  });

  it('reads flows from group headers typed with spaces', () => {
    expect(flowOf('基 金 收 入')).toBe('income');
    expect(flowOf('本年支出')).toBe('expenditure');
    expect(flowOf('基金\n结余')).toBe('balance');
  });

  it('reads every fund name and every abbreviation as its fund, in any spacing', () => {
    for (const [fund, name] of Object.entries(FUND_NAMES) as [FundId, string][]) {
      for (const typed of typedVariants(name)) expect([typed, identifyFund(typed)]).toEqual([typed, fund]);
      for (const short of FUND_ABBREVIATIONS[fund]) expect([short, identifyFund(short)]).toEqual([short, fund]);
    }
  });

  it('reads 合计 / 总计 as totals and 小计 as a subtotal, spaced or not', () => {
    for (const label of ['合计', '合　计', '总 计', '全州合计', '合计：', '（一）合计']) {
      expect([label, isTotalLabel(label), isShortTotalLabel(label)]).toEqual([label, true, true]);
    }
    for (const label of ['小计', '小 计', '养老保险小计']) expect([label, isSubtotalLabel(label)]).toEqual([label, true]);
    expect(isTotalLabel('小计')).toBe(false);
    expect(isShortTotalLabel('各项社会保险基金收入预算执行情况合计')).toBe(false);
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
