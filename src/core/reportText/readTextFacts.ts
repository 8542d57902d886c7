import type { Dimensions } from '../facts/Fact';
import { isAccountWithin, readLabel, type AccountId, type Label } from '../vocabulary';
import {
  BUDGET_RATE_JOINER,
  BUDGET_WORD,
  CLAUSE_BREAK,
  CLAUSE_LEAD,
  COUNT_PLACE_PREFIX,
  COUNTED_PEOPLE,
  EXECUTION_WORDS,
  FALL_WORDS,
  FLAT_WORDS,
  FUND_LIST_SEPARATOR,
  LINE_END,
  NOT_A_FACT_AFTER,
  NOT_A_FACT_BEFORE,
  NOT_THE_LINE_PREFIXES,
  OF_WHICH_PREFIX,
  PARTS_OPENER,
  PRIOR_WORDS,
  RISE_WORDS,
  SENTENCE,
  MONTHS_PAYABLE_WORDS,
  MONTHS_UNIT,
  SHARE_OF,
  YEAR_IN_TEXT,
} from '../vocabulary/textWords';
import type { ReportDocument, ReportParagraph } from './ReportDocument';
import { readFigures, type TextFigure } from './readFigures';

/** A figure of the text read as a fact: what it is (the tables' dimensions), and where it is written. */
export interface TextFact {
  figure: TextFigure;
  /** The sign its words give the figure: 减少 3767 万元 is a change of −3767, 下降 29.84% a rate of −29.84%. */
  signed: number;
  dims: Dimensions;
  paragraph: ReportParagraph;
  /** The sentence holding it, as offsets in the paragraph. */
  sentence: { start: number; end: number };
  /** The nearest heading above its paragraph. */
  heading: string;
  /** For a 其中 part: the index (in the document's facts) of the line it is part of. */
  partOf?: number;
  /** The section it was read in (a heading and the paragraphs under it): its facts make one table. */
  section: number;
}

/** Whose and which year a stretch of text speaks of, carried from headings, paragraphs and sentences. */
interface Subject {
  fund: string;
  account: string;
  scenario: Dimensions['scenario'];
  budgetKind: Dimensions['budgetKind'];
  year: number | undefined;
  notMoney: boolean;
  /** What a count counts (退休人员): counts are told apart by it. */
  counted: string;
  /** The last line the paragraph stated: a sentence that opens with 其中 lists its parts. */
  lastLine?: number;
  /** The paragraph speaks of the budget (2020年预算…基金支出…。全年领取失业金人数…): its figures are budgets. */
  budget?: boolean;
}

/**
 * The facts the report's sentences state. Each figure with a unit is read with the words before it, back to the
 * figure before or the clause's start: an account line (基金收入, 其中：利息收入) makes it an amount of the subject,
 * whose fund and year the sentence, the paragraph or the heading gives; 增加 / 减少 a change of the subject just
 * stated, 增长 / 下降 (with %) its growth rate, 完成…预算的 its rate of the budget, 较上年 its figure of the year
 * before. A figure whose subject or measure cannot be told (a per-person amount, a target, 95%以上) is left alone.
 */
export function readTextFacts(report: ReportDocument, reportYear: number): TextFact[] {
  const facts: TextFact[] = [];
  const headings: { level: number; text: string; label: Label }[] = [];
  let section = 0;
  for (const paragraph of report.paragraphs) {
    if (paragraph.heading) {
      const level = paragraph.level ?? 5;
      while (headings.length && headings[headings.length - 1].level >= level) headings.pop();
      headings.push({
        level,
        text: paragraph.text,
        label: readLabel(paragraph.text),
      });
      section++;
      continue;
    }
    // Whose figures the headings above say (the innermost that names a fund), and the year they name.
    const fromHeadings: Subject = {
      fund: '',
      account: '',
      scenario: 'actual',
      budgetKind: '',
      year: undefined,
      notMoney: false,
      counted: '',
    };
    for (const { label } of headings) {
      const fund = fundOf(label);
      if (fund) fromHeadings.fund = fund;
      if (label.year !== undefined) fromHeadings.year = label.year;
      // 支出预算绩效目标设定情况: the paragraphs under it give budgets (预算完成情况 gives rates of them, not budgets).
      if (label.scenario === 'budget' && !label.derivation) fromHeadings.budget = true;
    }
    const heading = headings.length ? headings[headings.length - 1].text : '';
    let paragraphSubject: Subject = { ...fromHeadings };
    for (const match of paragraph.text.matchAll(SENTENCE)) {
      const sentence = {
        start: match.index!,
        end: match.index! + match[0].length,
      };
      paragraphSubject = readSentence(paragraph, sentence, paragraphSubject, reportYear, heading, section, facts);
    }
  }
  return facts;
}

/** The facts of one sentence; returns the subject the next sentence starts from (its fund and year). */
function readSentence(
  paragraph: ReportParagraph,
  sentence: { start: number; end: number },
  carried: Subject,
  reportYear: number,
  heading: string,
  section: number,
  facts: TextFact[],
): Subject {
  const text = paragraph.text;
  const figures = readFigures(text.slice(sentence.start, sentence.end)).map((f) => ({
    ...f,
    start: f.start + sentence.start,
    end: f.end + sentence.start,
  }));
  const subject: Subject = {
    ...carried,
    account: '',
    scenario: 'actual',
    budgetKind: '',
    notMoney: false,
    counted: '',
  };
  /** The fact the sentence speaks of now (its change, rate or prior figure follow), and the line its 其中 parts are of. */
  let current: number | null = null;
  let line: number | null = carried.lastLine ?? null;
  // 预算 said before a sentence's first amount (2020年预算…总支出6107万元，其中…) makes all its amounts budgets.
  let budgetSentence = carried.budget ?? false;
  let amounts = 0;
  /** After 其中: the parts listed so far (a change after one part is the part's; after several, the line's). */
  let parts: number[] | null = null;
  /** Figures listed after 其中 with an amount's words, read as parts or not (a part no list knows still is one). */
  let listed = 0;
  let lastBudget: number | null = null;
  let from = sentence.start;
  for (const figure of figures) {
    const before = text.slice(from, figure.start);
    from = figure.end;
    const after = text.slice(figure.end, figure.end + 3);
    const clause = lastClause(before);
    // A year anywhere since the last figure (2019年度，哈密市…) is the sentence's year from here on.
    const years = [...before.matchAll(YEAR_IN_TEXT)];
    if (years.length) subject.year = Number(years[years.length - 1][1]);
    if (PARTS_OPENER.test(before) && line !== null) {
      parts = [];
      listed = 0;
    }
    // A fund named anywhere since the last figure (1、城乡居民养老保险：参保缴费人数…) is whose figures follow.
    for (const piece of before.split(CLAUSE_BREAK)) {
      const named = fundOf(readLabel(piece));
      if (named && !namesSeveralFunds(piece)) subject.fund = named;
    }
    const kind = figure.unit.kind;
    // A figure left alone leaves nothing for a 增加 or 较上年 after it to be of.
    const leaveAlone = () => {
      if (kind === 'money' || kind === 'count') current = null;
    };
    if (NOT_A_FACT_AFTER.some((w) => after.startsWith(w))) {
      leaveAlone();
      continue;
    }
    // A share of the whole its words name (占…的比例为): of the line its own words name, else of the figure just stated.
    const share = SHARE_OF.exec(clause);
    if (share) {
      if (kind === 'percent') readShare(figure, clause.slice(0, share.index), share[1], current === null ? null : facts[current]);
      else leaveAlone();
      continue;
    }
    if (NOT_A_FACT_BEFORE.some((w) => clause.includes(w))) {
      leaveAlone();
      continue;
    }
    if (figure.unitText === MONTHS_UNIT && MONTHS_PAYABLE_WORDS.some((w) => clause.includes(w))) {
      const fund = fundOf(readLabel(clause)) || subject.fund;
      const year = subject.year ?? reportYear;
      if (fund) add(figure, 1, { ...amountDims(fund, 'closingBalance', year, 'actual'), derivation: 'monthsPayable', scale: 0 });
      continue;
    }
    const words = clause.replace(CLAUSE_LEAD, '').replace(OF_WHICH_PREFIX, '');
    const label = readLabel(words);
    const rise = RISE_WORDS.some((w) => clause.includes(w));
    const fall = FALL_WORDS.some((w) => clause.includes(w));
    const flat = FLAT_WORDS.some((w) => clause.includes(w));
    const moved = rise || fall || flat;
    const prior = PRIOR_WORDS.some((w) => clause.includes(w)) && !moved;
    const execution = EXECUTION_WORDS.some((w) => clause.includes(w));
    if (kind === 'points') continue;

    // What a change, a rate or a prior figure is of: after one 其中 part the part, after several the line.
    const ofWhat = parts && listed > 1 ? line : current;
    const base = ofWhat === null ? null : facts[ofWhat];
    if (moved) {
      // 增加 / 下降 with nothing just stated (全年增加基金支出14261万元) is no change of a fact here: left alone.
      if (!base || (rise && fall)) continue;
      const sign = fall ? -1 : 1;
      if (kind === 'percent') add(figure, sign, { ...base.dims, derivation: 'growthRate', scale: 0 }, base.partOf);
      else if (sameKind(kind, base)) add(figure, sign, { ...base.dims, derivation: 'change', scale: scaleOf(figure) }, base.partOf);
      continue;
    }
    if (kind === 'percent') {
      const budget = lastBudget !== null && BUDGET_RATE_JOINER.test(clause.trim()) ? facts[lastBudget] : null;
      if ((execution || budget) && base && base.dims.scenario === 'actual' && base.dims.derivation === 'amount')
        add(figure, 1, { ...base.dims, derivation: 'executionRate', scale: 0 }, base.partOf);
      continue;
    }
    if (execution && base && kind === 'money') {
      // 完成全年预算242932万元的99.84%: the budget of the fact just stated.
      lastBudget = add(
        figure,
        1,
        {
          ...base.dims,
          scenario: 'budget',
          budgetKind: '',
          scale: scaleOf(figure),
        },
        base.partOf,
      );
      continue;
    }
    if (prior && base && sameKind(kind, base)) {
      add(figure, 1, { ...base.dims, period: base.dims.period - 1, scale: scaleOf(figure) }, base.partOf);
      continue;
    }
    if (kind === 'money') {
      const account = label.account ?? '';
      // In a 其中 list the line says what its parts measure (稳岗补贴 567.80 万元 under 基金支出); elsewhere the words
      // must end in the line's own word (基金收入, 待遇支出, 累计结余): 稳岗返还 8050 万元 is a policy's sum.
      const partOfLine = parts !== null && line !== null && !!account && isPart(account, facts[line].dims.account);
      if (parts && (LINE_END.test(words) || partOfLine)) listed++;
      if (
        !account ||
        (!LINE_END.test(words) && !partOfLine) ||
        NOT_THE_LINE_PREFIXES.some((w) => words.startsWith(w) && !account.startsWith('transfer') && !account.includes('Remittance'))
      ) {
        leaveAlone();
        continue;
      }
      // After 其中: a part of the line (a fund named in its words names the kind of line, not whose); the line's own
      // account or a bare 支出 among its parts is no part the words tell; another account ends the list.
      if (parts && line !== null) {
        const of = facts[line];
        if (isPart(account, of.dims.account)) {
          const at = add(figure, 1, { ...of.dims, account, scale: scaleOf(figure) }, line);
          parts.push(at);
          current = at;
          continue;
        }
        if (account === of.dims.account || isPart(of.dims.account, account) || account === 'income' || account === 'expenditure') {
          leaveAlone();
          continue;
        }
        parts = null;
      }
      const fund = fundOf(label) || subject.fund;
      // 养老、工伤、失业基金总收入: the sum of several funds no list names as one, left alone.
      if (!fund || namesSeveralFunds(words)) {
        leaveAlone();
        continue;
      }
      if (fundOf(label)) subject.fund = fund;
      if (amounts++ === 0 && BUDGET_WORD.test(words)) budgetSentence = true;
      const scenario = budgetSentence || label.scenario === 'budget' || BUDGET_WORD.test(words) ? 'budget' : 'actual';
      const year = label.year ?? subject.year ?? reportYear;
      line = add(figure, 1, { ...amountDims(fund, account, label.period === 'prior' ? year - 1 : year, scenario), scale: scaleOf(figure) });
      current = line;
      continue;
    }
    if (kind === 'count') {
      // A count of people: what it counts is its words (2020年全州离退休人员73714人).
      const counted = label.word.replace(COUNT_PLACE_PREFIX, '');
      if (!counted || !COUNTED_PEOPLE.test(counted)) {
        leaveAlone();
        continue;
      }
      const year = label.year ?? subject.year ?? reportYear;
      if (amounts++ === 0 && BUDGET_WORD.test(words)) budgetSentence = true;
      // 人 and 人次 count different things: the unit is part of what is counted.
      const dims: Dimensions = {
        fund: fundOf(label) || subject.fund || 'total',
        account: '',
        scenario: budgetSentence ? 'budget' : 'actual',
        budgetKind: '',
        period: year,
        derivation: 'amount',
        scale: scaleOf(figure),
        notMoney: true,
        unnamed: `${counted}（${figure.unitText}）`,
      };
      current = add(figure, 1, dims);
      line = null;
      parts = null;
    }
  }
  return {
    ...carried,
    fund: subject.fund || carried.fund,
    year: subject.year ?? carried.year,
    budget: budgetSentence,
    ...(line !== null ? { lastLine: line } : {}),
  };

  /**
   * `其中待遇支出8000万元，占基金支出的90.3%`: the part is the line its own words name (in the sentence's fund and
   * year), else the figure just stated; the whole is the account named after 占, of the fund it names or the part's.
   */
  function readShare(figure: TextFigure, partWords: string, wholeWords: string, stated: TextFact | null): void {
    const partLabel = readLabel(partWords.replace(CLAUSE_LEAD, '').replace(OF_WHICH_PREFIX, ''));
    const wholeLabel = readLabel(wholeWords);
    const year = partLabel.year ?? subject.year ?? reportYear;
    const part = partLabel.account
      ? amountDims(fundOf(partLabel) || subject.fund, partLabel.account, year, BUDGET_WORD.test(partWords) ? 'budget' : 'actual')
      : stated && stated.dims.derivation === 'amount' && !stated.dims.notMoney
        ? stated.dims
        : null;
    if (!part || !part.fund || !wholeLabel.account || namesSeveralFunds(wholeWords)) return;
    const whole = { fund: fundOf(wholeLabel) || part.fund, account: wholeLabel.account };
    if (whole.fund === part.fund && whole.account === part.account) return;
    add(figure, 1, { ...part, derivation: 'share', scale: 0, shareOf: whole });
  }

  function add(figure: TextFigure, sign: number, dims: Dimensions, partOf?: number): number {
    facts.push({
      figure,
      signed: sign * figure.value,
      dims,
      paragraph,
      sentence,
      heading,
      section,
      ...(partOf !== undefined ? { partOf } : {}),
    });
    return facts.length - 1;
  }
}

/** The words since the last clause break that still speak of the figure (，较上年减少 → 较上年减少). */
function lastClause(before: string): string {
  const parts = before.split(CLAUSE_BREAK);
  const last = parts[parts.length - 1];
  // 较上年减少 3767 万元，下降 29.83%: 下降 stands alone in its clause; 其中：利息收入 keeps its 其中 in `before`.
  return (last.trim() ? last : (parts[parts.length - 2] ?? '')).replace(/^[、\s]+/, '').trim();
}

function namesSeveralFunds(words: string): boolean {
  return words.split(FUND_LIST_SEPARATOR).filter((part) => fundOf(readLabel(part))).length > 1;
}

function fundOf(label: Label): string {
  if (label.fund) return label.fund;
  if (label.group) return label.group;
  // 社会保险基金… is the whole; a 合计 after a line's word (基金支出合计) only says "in all", of the subject's fund.
  if (label.wholeFund) return 'total';
  return '';
}

/** An amount of a fund's account line in a year, its scale still to say. */
function amountDims(fund: string, account: string, period: number, scenario: Dimensions['scenario']): Dimensions {
  return { fund, account, scenario, budgetKind: '', period, derivation: 'amount', scale: 0, notMoney: false, unnamed: '' };
}

/** An amount's or a count's unit (万元 10⁴, 万人 10⁴); none for a rate. */
function scaleOf(figure: TextFigure): number {
  return figure.unit.kind === 'money' || figure.unit.kind === 'count' ? figure.unit.scale : 0;
}

function sameKind(kind: TextFigure['unit']['kind'], base: TextFact): boolean {
  return (kind === 'money' && !base.dims.notMoney) || (kind === 'count' && base.dims.notMoney);
}

function isPart(account: string, of: string): boolean {
  return account !== of && !!of && isAccountWithin(account as AccountId, of as AccountId);
}
