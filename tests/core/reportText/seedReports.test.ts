import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook, paragraphsOfText, type Finding } from '../../../src/core';

/**
 * The five real reports in ../shared/seeds, checked as text alone. Every finding is listed with the reason it is
 * right, worked out from the sentences (not copied from the tool): a slip the report really has, or a warning
 * where 上下级往来 may explain a 当期结余.
 */
const SEEDS = path.resolve(__dirname, '../../../../shared/seeds');

/** The findings of a report's text checked alone (no workbook). */
function findingsOf(text: string, name = 'r.txt'): Finding[] {
  return analyseWorkbook({ name, sheets: [] }, { documents: [paragraphsOfText(name, text)] }).findings;
}

const seed = (file: string) => fs.readFileSync(path.join(SEEDS, file), 'utf8');

function check(file: string): string[] {
  return findingsOf(seed(file), file)
    .filter((f) => f.severity !== 'info')
    .map(said);
}

/** `error ¶48 5552 万元`: the severity, the paragraph and the figure as written. */
function said(f: Finding): string {
  const t = f.text!;
  return `${f.severity} ¶${t.paragraph} ${t.quote.slice(t.start, t.end)}`;
}

describe('the seed reports, as text alone', () => {
  it('巴州 2020 (000): four 当期结余 that are not 收入 − 支出, one decline stated twice, one 待遇支出 typed twice', () => {
    expect(check('000_f2c12bc729b6a43d.txt')).toEqual([
      // 企业养老: 204813 − 259666 = −54853, not −271483 (a warning: 上下级往来 cannot be ruled out, but it is far off).
      'warning ¶11 -271483 万元',
      // 机关养老: 47161 − 51463 = −4302; 工伤: 4326 − 8858 = −4532; 失业: 12799 − 15002 = −2203.
      'warning ¶13 -4405 万元',
      'warning ¶15 -5717 万元',
      'warning ¶17 -4061 万元',
      // 工伤 支出 fell 3767 to 8858: 3767 ÷ 12625 = 29.837%, stated 29.84% in ¶15 and 29.83% here — one unit apart
      // in the last digit, as a truncation would make it: a warning that the two must agree, not an error.
      'warning ¶45 29.83%',
      // 失业 待遇支出 is 5522 in ¶17 and 5552 here; 1381 ÷ (5522 − 1381) = 33.35% as stated, so 5552 is the slip.
      'error ¶47 5552 万元',
    ]);
  });

  it('巴楚 2020 (001): a 城乡居民养老 budget whose 其中 parts add up to more than it', () => {
    expect(check('001_58b6ddb51ca1d520.txt')).toEqual([
      // 总支出 0.42 亿元，其中：基础性养老金支出 0.41、个人账户养老金支出 0.09、丧葬补助金支出 0.03 亿元 — 0.53 in all.
      'error ¶6 0.42亿元',
    ]);
  });

  it('岳普湖 2020 (002): the 总收入 one cent off, the 滚存结余 in 元 where it is 万元', () => {
    expect(check('002_34cb9511c7a24abb.txt')).toEqual([
      // ¶2 says 总收入 43436.13 万元, ¶24 43436.14 万元 (paragraphs counted without the annex tables' rows).
      'error ¶24 43436.14 万元',
      // ¶2: 年末滚存结余 23541.75 万元; ¶24: 23541.75 元 — the same digits in a unit 10,000 times smaller.
      'error ¶24 23541.75 元',
    ]);
  });

  it('自治区本级 2020 (003): a 保费收入 that grew by more than itself, a 基本养老金支出 typed two ways', () => {
    expect(check('003_5fdf6923caa991cf.txt')).toEqual([
      // 收入 − 支出 of 企业养老 differs from the 当期结余 stated (a warning: 上下级往来 may explain).
      'warning ¶15 2165605 万元',
      // 240470 万元, 较上年增加 690760 万元, 增长 40%: an increase larger than the figure cannot be a 40% growth.
      'error ¶20 40%',
      // 基本养老金支出 1217293 万元 in ¶15, 1217295 万元 in ¶42.
      'error ¶42 1217295万元',
    ]);
  });

  it('哈密 2019 (004): a decline of 994 stated as 1.48% against two bases (one a truncation)', () => {
    expect(check('004_893125d8fe4500cd.txt')).toEqual([
      // 总支出 66545, 减少 994: 994 ÷ 67539 = 1.472%, so 1.47%, not 1.48%.
      'error ¶28 1.48%',
      // 支出 65884, 减少 994: 994 ÷ 66878 = 1.486%, so 1.49% — 1.48% is its truncation: a warning, not an error.
      'warning ¶51 1.48%',
    ]);
  });
});

describe('what kind of slip the message says', () => {
  const messages = (text: string) =>
    findingsOf(text)
      .filter((f) => f.severity === 'error')
      .map((f) => f.message);

  it('the same digits in another unit: the unit was written wrong (岳普湖’s 滚存结余 in 元)', () => {
    expect(messages(seed('002_34cb9511c7a24abb.txt')).filter((m) => m.includes('23541.75'))).toEqual([
      expect.stringMatching(/两处数字相同而单位不同，单位可能写错$/),
    ]);
  });

  it('exactly another fund’s figure and its own not at all: the wrong fund was quoted; a near miss says nothing of it', () => {
    const text = (expenditure: number) =>
      [
        '（三）工伤保险基金',
        '2020年工伤保险基金收入4326万元，支出8858万元。',
        '（四）失业保险基金',
        '2020年失业保险基金收入12799万元，支出15002万元。',
        '（五）小结',
        `2020年工伤保险基金支出${expenditure}万元。`,
      ].join('\n');
    expect(messages(text(15002))).toEqual([expect.stringMatching(/（工伤 2020年支出）：与失业 2020年支出的数字完全相同，可能写错了险种$/)]);
    expect(messages(text(15003))).toEqual([expect.stringMatching(/（工伤 2020年支出）$/)]);
  });
});

describe('a rise larger than the figure it rose to', () => {
  it('is said to be impossible, the rate named over 本年 − 增减额 (自治区本级’s 保费收入)', () => {
    const found = findingsOf(seed('003_5fdf6923caa991cf.txt')).find((f) => f.text?.paragraph === 20 && f.severity === 'error');
    expect(found?.message).toBe(
      '机关事业养老 2020年社会保险费收入增长率 ≠ 2020年社会保险费收入增减额 ÷ (2020年社会保险费收入 − 2020年社会保险费收入增减额)：增减额不小于本年数，上年数不可能为零或为负：增减额或本年数有误',
    );
  });
});

describe('a rate one unit short in its last digit', () => {
  const found = (rate: string) => findingsOf(`2020年工伤保险基金支出8858万元，较上年减少3767万元，下降${rate}。`).filter((f) => f.severity !== 'info');
  it('is a warning (a truncation: 3767 ÷ 12625 = 29.837%), one unit over or more is an error, the rounded one nothing', () => {
    expect(found('29.84%')).toEqual([]);
    expect(found('29.82%').map((f) => [f.severity, f.rule])).toEqual([['error', 'growthRate']]);
    expect(found('29.85%').map((f) => [f.severity, f.rule])).toEqual([['error', 'growthRate']]);
  });
});

describe('a county clerk’s own wording (written by hand, no generator writes it so)', () => {
  const report = (rate: string, other: string) =>
    [
      '某县2021年度社会保险基金支出绩效评价报告',
      '（二）失业保险',
      `本年度失业保险基金总收入为1,286.45万元，比2020年增加了86.45万元，增幅${rate}；基金支出合计1,502.10万元，其中失业保险待遇支出552.20万元、稳岗补贴567.80万元、技能提升补贴支出6.80万元、其他支出${other}万元，比上年增长20.11%，完成年度预算的108.72%。`,
      '失业保险基金支出1,502.10万元，高于收入215.65万元。',
    ].join('\n');
  // The rule and the fact it names; which cell of a 其中 sum is blamed is the root-cause search's tie to break.
  const errors = (text: string) =>
    findingsOf(text)
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.rule} ${f.message.split(/ ≠ | 小于/)[0]}`);

  it('is clean as written: 比2020年 is the year compared with, 支出合计 the fund’s, 高于收入 215.65 a gap, not 收入', () => {
    expect(errors(report('7.20%', '375.30'))).toEqual([]);
  });

  it('finds a wrong rate and a 其中 part too large (稳岗补贴 a part though its words end in no 支出)', () => {
    expect(errors(report('7.30%', '385.30'))).toEqual(['growthRate 失业 2021年收入增长率', 'partsWithinLine 失业 2021年支出']);
  });
});

describe('占…的 and 可支付…个月: a share of a named whole, and the months a balance pays', () => {
  // 待遇支出 8000 of 基金支出 8858: 90.31%; 累计结余 10950 pays 10950 ÷ (8858 ÷ 12) = 14.83 months.
  const report = (share: string, months: string) =>
    `2020年工伤保险基金支出8858万元，其中待遇支出8000万元，占基金支出的${share}。年末累计结余10950万元，可支付${months}个月。`;
  const said = (text: string) => findingsOf(text).map((f) => `${f.severity} ${f.rule} ${f.message.split(' ≠ ')[0]}`);

  it('is silent where both hold, and where the share is rounded from rounded figures (90.3% of 8858 covers 8000)', () => {
    expect(said(report('90.31%', '14.83'))).toEqual([]);
    expect(said(report('90.3%', '14.8'))).toEqual([]);
  });

  it('finds a share against the wrong whole and a month count off by one (a warning: 待遇支出 may be the base)', () => {
    expect(said(report('92.31%', '14.83'))).toEqual(['error share 工伤 2020年社会保险待遇支出占工伤支出的比例']);
    expect(said(report('90.31%', '15.83'))).toEqual(['warning monthsPayable 工伤 2020年累计结余可支付月数']);
  });

  it('reads the part from the words before 占 when they name a line, the whole’s fund from the words after it', () => {
    const text = '2020年全市社会保险基金支出50000万元。工伤保险基金支出8858万元，工伤保险基金支出占全市社会保险基金支出的17.72%。';
    expect(said(text)).toEqual([]);
    expect(said(text.replace('17.72%', '18.72%'))).toEqual(['error share 工伤 2020年支出占合计支出的比例']);
  });

  it('leaves alone a share of a whole with no account line, a target share, and 占用', () => {
    const text = '2020年工伤保险基金支出8858万元，占全省的3.5%，待遇支出占比95%以上，占用资金12万元。';
    expect(findingsOf(text)).toEqual([]);
  });
});
