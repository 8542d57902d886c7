import Decimal from 'decimal.js';
import { analyseWorkbook, paragraphsOfText } from '../../../src/core';
import { seededRandom } from '../../helpers/grid';

/**
 * Seeded reports: a fact set (funds with their 收入 and 支出, 其中 parts, last year's figures, budgets) written as
 * paragraphs in the seeds' styles (each fund's section and a summary that repeats some figures; 与去年同期相比 or 较上年,
 * 下降 or 减少, spaces around numbers or none, thousands separators, 万元 or 亿元 to two decimals), with one slip
 * injected or none (a wrong rate, a rate said the wrong way, a figure restated differently or in the wrong unit,
 * 其中 parts more than their line, a wrong rate of the budget, a part's share of its line (占基金支出的), the months
 * the closing balance pays (可支付…个月, a warning: the base may be 待遇支出 only). A clean case gives no error; a slip is found at its figure (or its group) and nothing else is
 * an error. Rates are computed from the true figures and rounded, so a rate stated from rounded 亿元 figures is a
 * rounding trap the check must accept.
 */
const FUNDS: [string, string[], string[]][] = [
  ['企业职工基本养老保险', ['基本养老保险费收入', '财政补贴收入', '利息收入'], ['基本养老金支出', '丧葬抚恤补助支出']],
  ['机关事业单位基本养老保险', ['基本养老保险费收入', '财政补贴收入'], ['基本养老金支出']],
  ['工伤保险', ['工伤保险费收入', '利息收入'], ['工伤保险待遇支出']],
  ['失业保险', ['失业保险费收入', '利息收入'], ['失业保险待遇支出', '稳岗补贴支出']],
  ['城乡居民基本养老保险', ['个人缴费收入', '财政补贴收入'], ['基本养老金支出']],
];

type Slip = 'none' | 'rate' | 'direction' | 'duplicate' | 'parts' | 'execution' | 'unit' | 'share' | 'months';
const SLIPS: Slip[] = ['none', 'rate', 'direction', 'duplicate', 'parts', 'execution', 'unit', 'share', 'months'];

interface Flow {
  amount: number;
  parts: number[];
  prior: number;
  budget: number;
}

interface Written {
  text: string;
  /** Each slip's figure as written (its digits and unit), any of which may be reported. */
  slipAt: string[];
  slip: Slip;
}

const pct = (x: Decimal) => x.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

function generate(seed: number): Written {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const int = (lo: number, hi: number) => {
    const [a, b] = [Math.ceil(lo), Math.floor(hi)];
    return a + Math.floor(random() * (b - a + 1));
  };
  const slip = SLIPS[seed % SLIPS.length];
  const inYi = random() < 0.25;
  const spaced = random() < 0.5;
  const sep = random() < 0.3;
  const year = pick([2019, 2020, 2021]);
  const sp = spaced ? ' ' : '';
  // A figure in 万元 as written: 万元 whole, or 亿元 to two decimals.
  const money = (wan: number) => {
    if (inYi) return `${sp}${new Decimal(wan).div(10000).toFixed(2)}${sp}亿元`;
    const digits = String(wan);
    return `${sp}${sep ? Number(digits).toLocaleString('en-US') : digits}${sp}万元`;
  };
  const shown = (wan: number) => (inYi ? new Decimal(wan).div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : new Decimal(wan));
  const flow = (scale: number, partCount: number): Flow => {
    const parts = Array.from({ length: partCount }, () => int(scale / 10, scale));
    const amount = parts.reduce((a, b) => a + b, 0) + int(0, scale / 5);
    const change = int(-amount / 3, amount / 3) || 7;
    return { amount, parts, prior: amount - change, budget: Math.round(amount / (0.9 + random() * 0.2)) };
  };
  const funds = FUNDS.slice(0, int(2, FUNDS.length)).map(([name, incomeParts, expenditureParts]) => {
    const scale = pick([5000, 20000, 200000]);
    return { name, incomeParts, expenditureParts, income: flow(scale, incomeParts.length), expenditure: flow(scale, expenditureParts.length) };
  });
  const slipFund = pick(funds);
  const slipFlow: 'income' | 'expenditure' = pick(['income', 'expenditure'] as const);
  const slipAt: string[] = [];
  const mark = (written: string) => {
    slipAt.push(written.trim());
    return written;
  };

  const clauseOf = (fund: (typeof funds)[number], which: 'income' | 'expenditure'): string => {
    const f = fund[which];
    const here = fund === slipFund && which === slipFlow;
    const lineWord = which === 'income' ? pick(['基金收入', '基金总收入', '收入']) : pick(['基金支出', '基金总支出', '支出']);
    const names = which === 'income' ? fund.incomeParts : fund.expenditureParts;
    const parts = f.parts.map((value, i) => {
      const written = here && slip === 'parts' && i === 0 ? value + f.amount : value;
      const figure = money(written);
      return `${names[i]}${here && slip === 'parts' && i === 0 ? mark(figure) : figure}`;
    });
    // The change and rate the report would state: from the true figures, or (in 亿元) both from the figures as
    // written — either way one convention for the sentence, whose rounding the check must accept.
    const fromShown = inYi && random() < 0.5;
    const base = fromShown ? shown(f.prior) : new Decimal(f.prior);
    const change = fromShown ? shown(f.amount).minus(base).times(10000) : new Decimal(f.amount - f.prior);
    const rate = fromShown ? shown(f.amount).minus(base).div(base) : change.div(f.prior);
    const up = change.gte(0);
    let direction = up ? pick(['增加', '增长']) : pick(['减少', '下降']);
    let rateWord = up ? pick(['增长', '增加']) : pick(['下降', '减少', '降低']);
    let rateText = `${sp}${pct(rate.abs())}%`;
    // A slip beyond what the written figures' rounding explains (in 亿元 to two decimals, that can be percents).
    const off = () => new Decimal(int(5, 40)).div(inYi ? 100 : 1000);
    if (here && slip === 'rate') rateText = mark(`${sp}${pct(rate.abs().plus(off()))}%`);
    if (here && slip === 'direction') {
      // The change is said the right way; the rate's word the wrong way.
      rateWord = up ? '下降' : '增长';
      rateText = mark(rateText);
    }
    direction = direction + money(change.abs().toNumber());
    const exec = new Decimal(f.amount).div(f.budget);
    const execText = here && slip === 'execution' ? mark(`${sp}${pct(exec.plus(off()))}%`) : `${sp}${pct(exec)}%`;
    const budgetClause = `完成全年预算${money(f.budget)}的${execText}`;
    const lead = pick(['与去年同期相比', '较上年', '比上年']);
    // One part listed before the change would take the change as its own (as the seeds write it): it goes after.
    const partsFirst = parts.length > 1 && random() < 0.5;
    const changes = `${lead}${direction}，${rateWord}${rateText}，${budgetClause}`;
    // The first part's share of its line, from the true figures (a slip: some points off).
    const shareSlip = fund === slipFund && which === 'expenditure' && slip === 'share';
    let share = '';
    if (shareSlip || (which === 'expenditure' && !(here && slip === 'parts') && random() < 0.4)) {
      const ofLine = new Decimal(f.parts[0]).div(f.amount);
      const shareText = `${sp}${pct(shareSlip ? ofLine.plus(new Decimal(int(5, 40)).div(100)) : ofLine)}%`;
      share = `，${names[0]}占${pick(['基金支出', '基金总支出', '支出'])}的${shareSlip ? mark(shareText) : shareText}`;
    }
    return partsFirst
      ? `${lineWord}${money(f.amount)}，其中：${parts.join('、')}，${changes}${share}`
      : `${lineWord}${money(f.amount)}，${changes}，其中：${parts.join('、')}${share}`;
  };

  const paragraphs: string[] = [`${year}年社会保险基金运行情况`];
  for (const fund of funds) {
    // The months the closing balance pays: 累计结余 ÷ (支出 ÷ 12), to one or two decimals (a slip: a month or more off).
    const monthsSlip = fund === slipFund && slip === 'months';
    let months = '';
    if (monthsSlip || random() < 0.4) {
      const balance = int(fund.expenditure.amount / 2, fund.expenditure.amount * 3);
      const decimals = pick([1, 2]);
      const exact = new Decimal(balance).times(12).div(fund.expenditure.amount);
      // Off by more than the written figures' rounding explains (0.22 亿元 ÷ 0.10 亿元 spans 24.6 to 28.4 months).
      const slack = inYi ? exact.times(new Decimal(0.005).div(shown(balance)).plus(new Decimal(0.005).div(shown(fund.expenditure.amount))).times(2)) : new Decimal(0);
      const value = monthsSlip ? exact.plus(slack).plus(int(1, 6)) : exact;
      const written = `${sp}${value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals)}${sp}个月`;
      months = `年末累计结余${money(balance)}，${pick(['可支付', '可支撑'])}${monthsSlip ? mark(written) : written}。`;
    }
    paragraphs.push(`${year}${sp}年${fund.name}基金${clauseOf(fund, 'income')}。${clauseOf(fund, 'expenditure')}。${months}`);
  }
  // A later paragraph restates one fund's 支出 (the duplicate slip states it differently).
  const again = pick(funds);
  // Off by more than the written precision: 50 万元 is no difference in 亿元 to two decimals.
  const restated = again === slipFund && slip === 'duplicate' ? again.expenditure.amount + (inYi ? int(101, 900) : int(1, 50)) : again.expenditure.amount;
  // The unit slip: the same digits, written in 元 (or 万元 where the report writes 亿元).
  const slipped = slip === 'unit' && again === slipFund;
  const restatedText = slipped ? money(restated).replace(inYi ? /亿元$/ : /万元$/, inYi ? '万元' : '元') : money(restated);
  paragraphs.push(
    `${year}${sp}年${again.name}基金支出${(again === slipFund && slip === 'duplicate') || slipped ? mark(restatedText) : restatedText}，保障了参保人员待遇按时足额发放。`,
  );
  if ((slip === 'duplicate' || slip === 'unit') && again !== slipFund) return generate(seed + 100000);
  return { text: paragraphs.join('\n'), slipAt, slip };
}

describe('seeded reports with one slip or none (the text check)', () => {
  const CASES = 2100;
  it(`finds each slip at its figure and reports no other error, over ${CASES} cases`, () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= CASES; seed++) {
      const { text, slipAt, slip } = generate(seed);
      const document = paragraphsOfText('r.txt', text);
      const findings = analyseWorkbook({ name: 'r', sheets: [] }, { documents: [document] }).findings;
      // A month count is a warning (the base may be 待遇支出): the months slip is looked for among the warnings.
      const errors = findings.filter((f) => f.severity === 'error' || (slip === 'months' && f.rule === 'monthsPayable'));
      const written = errors.map((f) => f.text!.quote.slice(f.text!.start, f.text!.end).trim());
      // A duplicate names both statements: either may be the one reported.
      const expected = slip === 'none' ? [] : slipAt;
      const ok =
        slip === 'none' ? errors.length === 0 : errors.length >= 1 && (slip === 'duplicate' ? errors.length === 1 : written.every((w) => expected.includes(w)));
      if (!ok)
        failures.push(
          `seed ${seed} (${slip}): expected ${JSON.stringify(expected)}, got ${JSON.stringify(errors.map((e, i) => `${written[i]} ${e.message}`))}\n${text}`,
        );
    }
    if (failures.length) throw new Error(`${failures.length} of ${CASES} cases fail; the first:\n\n${failures.slice(0, +(process.env.SHOW ?? 3)).join('\n\n')}`);
  });
});
