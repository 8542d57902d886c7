import { paragraphsOfText } from '../../../src/core';
import { readFigures } from '../../../src/core/reportText/readFigures';
import { readTextFacts } from '../../../src/core/reportText/readTextFacts';
import { TextPlaces } from '../../../src/core/reportText/textPlaces';

describe('paragraphsOfText', () => {
  it('joins a line that stops mid-sentence with the next, tells headings by their numbering, leaves table cells out', () => {
    const doc = paragraphsOfText(
      'r.txt',
      [
        '一、总体情况',
        '（三）工伤保险基金',
        '2020 年工伤保险基金收入 4326 万元，其中：工伤保险',
        '',
        '费收入 4090 万元。',
        '\t项目名称',
        '\t工伤保险',
        '主要经验及做法',
      ].join('\n'),
    );
    expect(doc.paragraphs.map((p) => [p.number, p.heading ? `H${p.level}` : 'P', p.text])).toEqual([
      [1, 'H1', '一、总体情况'],
      [2, 'H2', '（三）工伤保险基金'],
      [3, 'P', '2020 年工伤保险基金收入 4326 万元，其中：工伤保险费收入 4090 万元。'],
      [4, 'H5', '主要经验及做法'],
    ]);
  });
});

describe('readFigures', () => {
  it('reads each figure with its unit, thousands separators, signs and decimals; a year or a date is no figure', () => {
    const figures = readFigures('2020年基金收入 204,813 万元，当期结余-271483 万元，下降 29.84%，每月25日前，领取 4542 人，共 1.5 亿元');
    expect(figures.map((f) => [f.digits, f.unitText, f.decimals])).toEqual([
      ['204813', '万元', 0],
      ['-271483', '万元', 0],
      ['29.84', '%', 2],
      ['4542', '人', 0],
      ['1.5', '亿元', 1],
    ]);
  });
});

describe('readTextFacts', () => {
  const facts = (text: string) =>
    readTextFacts(paragraphsOfText('r.txt', text), 2020).map(
      (f) =>
        `${f.figure.digits}${f.figure.unitText}=${f.signed} ${f.dims.fund}|${f.dims.account}|${f.dims.scenario}|${f.dims.period}|${f.dims.derivation}${f.partOf !== undefined ? '|part' : ''}`,
    );

  it('reads a fund’s sentence: its amount, its 其中 parts, the change, rate and rate of the budget of the amount', () => {
    expect(
      facts('2020年工伤保险基金收入4326万元，其中：工伤保险费收入4090万元、利息收入151万元，与去年同期相比减少2813万元，下降39.40%，完成全年预算的104.92%。'),
    ).toEqual([
      '4326万元=4326 workInjury|income|actual|2020|amount',
      '4090万元=4090 workInjury|premiumIncome|actual|2020|amount|part',
      '151万元=151 workInjury|interestIncome|actual|2020|amount|part',
      '2813万元=-2813 workInjury|income|actual|2020|change',
      '39.40%=-39.4 workInjury|income|actual|2020|growthRate',
      '104.92%=104.92 workInjury|income|actual|2020|executionRate',
    ]);
  });

  it('after one 其中 part, the change is the part’s; the heading says whose figures a paragraph without a fund gives', () => {
    expect(facts('（三）失业保险基金\n基金总支出15002万元，其中：待遇支出5552万元，较上年增加1381万元，增长33.35%。')).toEqual([
      '15002万元=15002 unemployment|expenditure|actual|2020|amount',
      '5552万元=5552 unemployment|benefitExpenditure|actual|2020|amount|part',
      '1381万元=1381 unemployment|benefitExpenditure|actual|2020|change|part',
      '33.35%=33.35 unemployment|benefitExpenditure|actual|2020|growthRate|part',
    ]);
  });

  it('a budget sentence gives budgets; 较上年 gives last year’s figure; 95%以上, 人均, a policy’s sum are left alone', () => {
    expect(facts('2020年预算失业保险基金支出13799万元，其中：失业保险待遇支出4780万元。满意率95%以上，人均月领取1025元，稳岗返还8050万元。')).toEqual([
      '13799万元=13799 unemployment|expenditure|budget|2020|amount',
      '4780万元=4780 unemployment|benefitExpenditure|budget|2020|amount|part',
    ]);
    expect(facts('2020年全州离退休人员73714人，较上年70995人增加2719人，增长3.83%。')).toEqual([
      '73714人=73714 total||actual|2020|amount',
      '70995人=70995 total||actual|2019|amount',
      '2719人=2719 total||actual|2020|change',
      '3.83%=3.83 total||actual|2020|growthRate',
    ]);
  });

  it('a sum of several funds no list names as one, and a 增加 with nothing stated before it, are left alone', () => {
    expect(facts('2019年养老、工伤、失业基金总收入23.76亿元。全年增加基金支出14261万元。')).toEqual([]);
  });
});

describe('TextPlaces', () => {
  it('names each text cell of a message as its paragraph and figure, A1 never taken for the start of A12', () => {
    const places = new TextPlaces();
    const place = (paragraph: number, figure: string) => ({ document: 'r.txt', paragraph, heading: '', quote: `支出${figure}。`, start: 2, end: 2 + figure.length });
    places.add('r.txt', Array.from({ length: 12 }, (_, i) => place(i + 1, `${i + 100}万元`)));
    const at = { sheet: 'r.txt', row: 11, col: 0 };
    const finding = { at, severity: 'error' as const, rule: 'sameFact' as const, stated: null, expected: null, message: '同一数字在两处不一致：r.txt!A1 与 r.txt!A12', related: [{ sheet: 'r.txt', row: 0, col: 0 }] };
    expect(places.placed(finding).message).toBe('同一数字在两处不一致：第1段“100万元” 与 第12段“111万元”');
  });
});
