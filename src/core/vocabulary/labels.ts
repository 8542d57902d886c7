import { rememberByText } from '../text/rememberByText';
import { ACCOUNT_LINES, BARE_BALANCE_WORDS, type AccountId } from './accountWords';
import { FUND_GROUPS, type FundGroupId, type FundId } from './fundWords';
import { MONEY_UNITS, SUBTOTAL_WORDS } from './lineWords';
import { identifyFund, includesFund, isNoteOrFooter, isNotAFundLine, isOfWhichLabel, isTotalLabel, itemNumbering, labelWord, namesTable, namesWholeFund, unitOfLine, wordPattern, yearOf } from './match';
import { MEASURE_WORDS, PERCENT_WORDS, type BudgetKind, type Derivation, type RelativePeriod, type Scenario } from './measureWords';
import { normaliseWord } from './normalise';
import { numberingStyle, type NumberingStyle } from './numbering';

/**
 * What one header or label says, dimension by dimension: the fund (or the total, or a grouping), the account line,
 * the scenario, the period, the derivation, the money scale; and the layout words (其中, 小计, 合计, numbering).
 * A text may say several (`2020年预算数`, `一、企业职工基本养老保险基金收入`) or nothing the vocabulary knows.
 */
export interface Label {
  /** The normalised text without numbering and `其中：`, '' for an empty text. */
  word: string;
  fund?: FundId;
  group?: FundGroupId;
  /** 合计 / 总计: all the lines of the axis it closes or opens. */
  total?: boolean;
  /** 社会保险基金…, 社保基金…: all funds together — a 合计 line among fund lines, else only a word of the title. */
  wholeFund?: boolean;
  /** Ends in 小计: the lines since the previous one (or a grouping's). */
  subtotal?: boolean;
  /** `职工医疗保险(含生育)`: the funds its line already includes. */
  includes?: FundId[];
  account?: AccountId;
  /** `结余` alone: a balance that the table's other accounts tell. */
  bareBalance?: boolean;
  scenario?: Scenario;
  budgetKind?: BudgetKind;
  year?: number;
  period?: RelativePeriod;
  derivation?: Derivation;
  /** Money unit in brackets or after 单位: 1 for 元, 10000 for 万元, … */
  scale?: number;
  /** Says its figures are in percentage points (`增长率(%)`). */
  percent?: boolean;
  ofWhich?: boolean;
  numbering?: NumberingStyle;
  /** Counts people, months or cases rather than money (参保人数, 可支付月数): a line of its own kind. */
  notMoney?: boolean;
  /** A note, a unit line, a signature: never a label of figures. */
  note?: boolean;
  /** A table's title (…情况表). */
  title?: boolean;
  /** Some word of the text is one the vocabulary knows. */
  known: boolean;
}

export const SCALE_OF_UNIT: Readonly<Record<string, number>> = { 元: 1, 千元: 1000, 万元: 10000, 亿元: 100000000 };

type WordDims = Pick<Label, 'account' | 'bareBalance' | 'scenario' | 'budgetKind' | 'period' | 'derivation'>;

/** Every measure and account word with the dimensions it gives, in one alternation, longest word first. */
const WORDS = new Map<string, WordDims>();
for (const entry of MEASURE_WORDS) for (const word of entry.words) WORDS.set(word, { ...entry.dims });
for (const line of ACCOUNT_LINES) for (const word of line.words) WORDS.set(word, { account: line.id });
for (const word of BARE_BALANCE_WORDS) if (!WORDS.has(word)) WORDS.set(word, { bareBalance: true });
const WORD_PATTERN = new RegExp(wordPattern([...WORDS.keys()]), 'g');

const MONEY_UNIT_BRACKET = new RegExp(`\\((${wordPattern(MONEY_UNITS)})[^)]*\\)`);
const ANY_BRACKET_UNIT = new RegExp(`\\((?:单位:?)?(${wordPattern(MONEY_UNITS)})(?:[、,，;；/](?:%|‰))?\\)`, 'g');
const SUBTOTAL_AT_END = new RegExp(`(${wordPattern(SUBTOTAL_WORDS)})$`);
const SUBTOTAL_AT_START = new RegExp(`^(${wordPattern(SUBTOTAL_WORDS)})`);
const GROUP_NOISE = /基金|小计|合计|总计|\(含[^)]*\)|:$/g;
const MAX_LABEL = 40;

/** What a text says; asked of every header and label cell, so once per distinct text. */
export const readLabel: (text: string) => Label = rememberByText(read);

function read(text: string): Label {
  const whole = normaliseWord(text);
  if (!whole) return { word: '', known: false };
  // A title that gives its unit in brackets (`…收支结余明细表（单位：万元）`) is a title in that unit.
  const bracketedUnit = /\(((?:金额)?单位:?[^)]*)\)$/.exec(whole);
  if (bracketedUnit && unitOfLine(bracketedUnit[1]) && namesTable(whole.slice(0, bracketedUnit.index), 'end')) {
    return { ...read(whole.slice(0, bracketedUnit.index)), scale: SCALE_OF_UNIT[unitOfLine(bracketedUnit[1])!] };
  }
  // A note, a signature, or a unit line however it is worded (`单位：万元`, `金额单位：万元`).
  if (isNoteOrFooter(whole) || unitOfLine(whole)) {
    const unit = unitOfLine(whole);
    return { word: whole, note: true, known: false, ...(unit ? { scale: SCALE_OF_UNIT[unit] } : {}) };
  }
  const label: Label = { word: labelWord(whole), known: false };
  if (whole.length > MAX_LABEL) return label;
  if (namesTable(whole, 'end')) label.title = true;
  const numbering = itemNumbering(whole);
  if (numbering) label.numbering = numberingStyle(numbering);
  if (isOfWhichLabel(whole)) label.ofWhich = true;
  // `养老保险（小计）`, `（合计）`: a layout word in brackets is that word.
  let body = label.word.replace(/\((小计|合计|总计)\)$/, '$1');
  const unit = MONEY_UNIT_BRACKET.exec(body);
  if (unit) label.scale = SCALE_OF_UNIT[unit[1]];
  // `增长率(%)` reads as `增长率%`: a bracketed % is part of the header's words.
  body = body.replace(ANY_BRACKET_UNIT, '').replace(/\((%|‰)\)/g, '$1');
  if (/\((%|‰)\)|%|百分/.test(body) || PERCENT_WORDS.some((w) => body.includes(w))) label.percent = true;
  const year = yearOf(whole);
  if (year !== null) {
    label.year = year;
    body = body.replace(String(year), '');
  }
  const rest = readWords(body, label);
  // A fund named only inside an account line's own words (`失业保险金支出`, `工伤保险待遇支出`) names the kind of
  // line, not whose it is: the line takes its fund from its place (its heading, its column).
  const fund = label.account ? identifyFund(rest) : identifyFund(body);
  if (fund) label.fund = fund;
  if (fund === 'employeeMedical' && includesFund(body, 'maternity')) label.includes = ['maternity'];
  // 参保人数, 可支付月数, 发放率: figures of people, months or other rates, not of money.
  if (isNotAFundLine(body) && label.derivation === undefined) label.notMoney = true;
  // `养老保险合计` is the grouping's line (its 小计), not the table's 合计.
  const groupTotal = !fund && !label.account && isTotalLabel(body) ? groupOf(rest) : null;
  if (!fund && isTotalLabel(body) && !groupTotal) label.total = true;
  if (groupTotal) label.subtotal = true;
  if (!fund && namesWholeFund(body)) label.wholeFund = true;
  // `基金收入小计` is the whole of an account (hami-2019), not a layout's 小计; `小计基金支出` (a 小计 line's
  // 基金支出) is one.
  if ((SUBTOTAL_AT_END.test(body) && !label.account) || SUBTOTAL_AT_START.test(body)) label.subtotal = true;
  if (!fund && !label.total) {
    const group = groupOf(rest) ?? (label.title ? groupNamedIn(rest) : null);
    if (group) label.group = group;
  }
  // 较上年增长: the 上年 of a change or a rate is its base, not the period of the figure.
  if ((label.derivation === 'change' || label.derivation === 'growthRate') && label.period === 'prior') delete label.period;
  label.known =
    label.fund !== undefined ||
    label.group !== undefined ||
    label.total === true ||
    label.wholeFund === true ||
    label.account !== undefined ||
    label.bareBalance === true ||
    label.scenario !== undefined ||
    label.period !== undefined ||
    label.year !== undefined ||
    label.derivation !== undefined;
  return label;
}

/** Each measure or account word found, its dimensions added (the first word to set one wins); the text left. */
function readWords(body: string, label: Label): string {
  let rest = '';
  let last = 0;
  // Two account lines in one label (`收入支出`) say no one line.
  let conflict = false;
  for (const match of body.matchAll(WORD_PATTERN)) {
    const dims = WORDS.get(match[0])!;
    const found = label as WordDims;
    for (const key of Object.keys(dims) as (keyof WordDims)[]) {
      if (found[key] === undefined) Object.assign(found, { [key]: dims[key] });
      else if (key === 'account' && found.account !== dims.account) conflict = true;
    }
    rest += body.slice(last, match.index);
    last = match.index! + match[0].length;
  }
  if (conflict) delete label.account;
  return rest + body.slice(last);
}

/** A title about one grouping (`…养老保险基金收入明细表`): the grouping whose name it holds, if just one. */
function groupNamedIn(text: string): FundGroupId | null {
  const named = FUND_GROUPS.filter((g) => g.words.some((w) => w.length > 2 && text.includes(w)));
  return named.length === 1 ? named[0].id : null;
}

/** `养老保险`, `基本医疗保险基金`, `养老保险小计`: a grouping of funds, when nothing else is left of the text. */
function groupOf(rest: string): FundGroupId | null {
  const core = rest.replace(/^[(（]?[一二三四五六七八九十\d]+[)）]?[、.]?/, '').replace(GROUP_NOISE, '');
  for (const group of FUND_GROUPS) if (group.words.includes(core)) return group.id;
  return null;
}
