import { ACCOUNT_LINES, BARE_BALANCE_WORDS } from './accountWords';
import { FUND_AXIS_WORDS, FUND_GROUPS, FUND_PATTERNS, INCLUDES_WORD, NOT_A_FUND_LINE, WHOLE_FUND_WORDS, type FundId } from './fundWords';
import {
  CHINESE_NUMERALS,
  ENTITY_SUFFIXES,
  FINAL_ACCOUNTS_WORDS,
  NOT_ENTITY_WORDS,
  FOOTER_WORDS,
  MONEY_UNITS,
  NOTE_WORDS,
  OF_WHICH_WORDS,
  PLACEHOLDERS,
  SUBTOTAL_WORDS,
  TITLE_WORDS,
  TOTAL_LABELS,
  TOTAL_WORDS,
  UNIT_LINE_WORD,
} from './lineWords';
import { MEASURE_WORDS, PERCENT_WORDS } from './measureWords';
import { rememberByText } from '../text/rememberByText';
import { normaliseWord } from './normalise';
import {
  FUNDS_COLUMN_WORDS,
  GOAL_EXPECTED,
  INDICATOR_COLUMN_WORDS,
  PROJECT_NAME_LABEL,
  SCORE_TOTAL_LABEL,
  SELF_EVALUATION_HEADER_WORDS,
} from './selfEvaluationWords';

/**
 * The one matcher: every question a recogniser asks about a word goes through here, on `normaliseWord`'s form,
 * so spaces, full-width forms and line breaks never matter. Callers that hold a SheetView pass its cached
 * `word(row, col)`; the functions normalise again only what they are handed raw (normalising is idempotent).
 */

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]) => words.map(escape).join('|');

/** An alternation of words for a pattern, longest first so a word is never read as a shorter one it contains. */
export function wordPattern(words: readonly string[]): string {
  return anyOf([...words].sort((a, b) => b.length - a.length));
}

/** The four-digit year a header names (`2020年完成数` → 2020, a bare `2020`), or null. */
export function yearOf(header: string): number | null {
  const withCharacter = /(?:19|20)\d{2}(?=\s*年)/.exec(header);
  if (withCharacter) return Number(withCharacter[0]);
  const bare = /(?:^|\s)((?:19|20)\d{2})(?=\s|$)/.exec(header);
  return bare ? Number(bare[1]) : null;
}

export function saysPercent(header: string): boolean {
  const text = normaliseWord(header);
  return PERCENT_WORDS.some((w) => text.includes(w));
}

const NUMBERING_PREFIX = new RegExp(`^[(]?[${CHINESE_NUMERALS}\\d]+[)]?[、.,:]?`);
const OF_WHICH_PREFIX = new RegExp(`^(${anyOf(OF_WHICH_WORDS)}):?`);
const NUMBERING = new RegExp(`^([(]?[${CHINESE_NUMERALS}]+[)]?[、.]|[(][${CHINESE_NUMERALS}\\d]+[)]|\\d+[、.](?!\\d))`);

/** A row label without its numbering (`一、`, `1.`, `(三)`), `其中:` and a trailing colon. */
export const labelWord: (label: string) => string = rememberByText((label) =>
  normaliseWord(label).replace(NUMBERING_PREFIX, '').replace(OF_WHICH_PREFIX, '').replace(/:$/, ''),
);

/** Leading `一、` / `(一)` / `1.` numbering of a line item, or null. */
export function itemNumbering(label: string): string | null {
  const match = NUMBERING.exec(normaliseWord(label));
  return match ? match[1] : null;
}

export function isOfWhichLabel(label: string): boolean {
  const text = normaliseWord(label);
  return OF_WHICH_WORDS.some((w) => text.startsWith(w));
}

const TOTAL_AT_END = new RegExp(`(${anyOf(TOTAL_WORDS)})$|^(${anyOf(TOTAL_WORDS)})`);

/** 合计 / 总计 lines (not 小计, which in hami-2019 names a measure such as 基金收入小计). */
export function isTotalLabel(label: string): boolean {
  const text = labelWord(label);
  return TOTAL_LABELS.includes(text) || TOTAL_AT_END.test(text);
}

const INCLUDES_BRACKET = /\([^)]*\)/g;

/** The fund a label names, or null. `职工医保（含生育）` is employee medical; other brackets are kept as typed. */
export function identifyFund(label: string): FundId | null {
  const text = labelWord(label).replace(INCLUDES_BRACKET, (m) => (m.includes(INCLUDES_WORD) ? '' : m));
  if (!text || text.length > 40) return null;
  for (const [fund, pattern] of FUND_PATTERNS) if (pattern.test(text)) return fund;
  return null;
}

/** Whether a fund line's label says it includes another fund (`职工医疗保险(含生育)`). */
export function includesFund(label: string, fund: FundId): boolean {
  const brackets = normaliseWord(label).match(INCLUDES_BRACKET) ?? [];
  return brackets.some((b) => b.includes(INCLUDES_WORD) && FUND_PATTERNS.find(([f]) => f === fund)![1].test(b.replace(INCLUDES_WORD, '')));
}

/** A label that mentions a fund but counts something else (参保人数, 满意度, 发放率). */
export function isNotAFundLine(label: string): boolean {
  const text = labelWord(label).replace(INCLUDES_BRACKET, '');
  return NOT_A_FUND_LINE.some((w) => text.includes(w));
}

export function namesWholeFund(label: string): boolean {
  const text = labelWord(label);
  return WHOLE_FUND_WORDS.some((w) => text.includes(w));
}

const NOTE = new RegExp(`^(${anyOf(NOTE_WORDS)})[${CHINESE_NUMERALS}\\d]*(:|$)`);
const FOOTER = new RegExp(`^(${anyOf(FOOTER_WORDS)})[${CHINESE_NUMERALS}\\d]*(:|$)`);
const UNIT_LINE = new RegExp(`^${escape(UNIT_LINE_WORD)}:?(${anyOf(MONEY_UNITS)})`);

/** A note (`注：…`, `说明：`), a unit line (`单位：万元`, `填报单位：`) or a signature or date line: never data. */
export function isNoteOrFooter(text: string): boolean {
  const word = normaliseWord(text);
  return NOTE.test(word) || FOOTER.test(word) || UNIT_LINE.test(word);
}

const MONEY_UNITS_LONGEST_FIRST = anyOf([...MONEY_UNITS].sort((x, y) => y.length - x.length));
/** `单位：万元` but not `填报单位：…`, whose value is the unit that reports. */
const UNIT_OF_LINE = new RegExp(`(?<![报表制送])${escape(UNIT_LINE_WORD)}:?(${MONEY_UNITS_LONGEST_FIRST})`);

/** The money unit a `单位：万元、%` line names (`万元`), or null. */
export function unitOfLine(text: string): string | null {
  const match = UNIT_OF_LINE.exec(normaliseWord(text));
  return match ? match[1] : null;
}

/** A title names a table (…情况表); `endsWith` for a header cell that must not be mistaken for one. */
export function namesTable(text: string, at: 'anywhere' | 'end' = 'anywhere'): boolean {
  const word = normaliseWord(text);
  return TITLE_WORDS.some((w) => (at === 'end' ? word.endsWith(w) : word.includes(w)));
}

const ENTITY = new RegExp(`([\\u4e00-\\u9fa5]{2,10}?(?:${anyOf(ENTITY_SUFFIXES)}))`);
const NOT_ENTITY = new RegExp(anyOf(NOT_ENTITY_WORDS), 'g');

/** The county, city or prefecture a title names (`2020年岳普湖县社会保险基金决算收入表` → 岳普湖县), '' when none. */
export function entityOf(title: string): string {
  const match = ENTITY.exec(normaliseWord(title).replace(/\d+年?度?/g, '|').replace(NOT_ENTITY, '|'));
  return match ? match[1] : '';
}

/** A title or header of the 决算 (`决算收入表`, `2020年决算数`). */
export function namesFinalAccounts(text: string): boolean {
  const word = normaliseWord(text);
  return FINAL_ACCOUNTS_WORDS.some((w) => word.includes(w));
}

const PLACEHOLDER_SET = new Set(PLACEHOLDERS);

/** `—`, `-`, `无`, `N/A`, blank: "not applicable", never an error and never a number. */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER_SET.has(normaliseWord(text).toLowerCase());
}

/** Per list of role words, the role of each distinct text, made once (every cell of every sheet is asked). */
const ROLES_BY_WORDS = new WeakMap<readonly [string, RegExp][], (text: string) => string | null>();

/** A 自评表 header cell's role. A long sentence is content, not a header, even when it mentions 指标值 or 得分. */
export function selfEvaluationRoleOf<R extends string>(words: readonly [R, RegExp][], text: string): R | null {
  let roleOf = ROLES_BY_WORDS.get(words);
  if (!roleOf) {
    roleOf = rememberByText((cellText) => {
      const compact = normaliseWord(cellText);
      if (!compact || compact.length > 24) return null;
      for (const [role, pattern] of words) if (pattern.test(compact)) return role;
      return null;
    });
    ROLES_BY_WORDS.set(words, roleOf);
  }
  return roleOf(text) as R | null;
}

export function namesSelfEvaluationHeader(text: string): boolean {
  const word = normaliseWord(text);
  return SELF_EVALUATION_HEADER_WORDS.some((w) => word.includes(w));
}

/**
 * Every word a recogniser keys on, in one pattern: funds, totals, parts, measures, flows, 自评表 headers, notes
 * and units. The xlsx reader keeps from huge sheets only the texts that mention one (and the numbers near them).
 */
const REPORT_WORD = new RegExp(
  [
    ...FUND_PATTERNS.map(([, p]) => p.source),
    anyOf(TOTAL_WORDS),
    anyOf(TOTAL_LABELS),
    anyOf(SUBTOTAL_WORDS),
    anyOf(OF_WHICH_WORDS),
    anyOf(WHOLE_FUND_WORDS),
    anyOf(FUND_AXIS_WORDS),
    ...MEASURE_WORDS.map((m) => anyOf(m.words)),
    ...ACCOUNT_LINES.map((line) => anyOf(line.words)),
    anyOf(BARE_BALANCE_WORDS),
    ...FUND_GROUPS.map((group) => anyOf(group.words)),
    ...INDICATOR_COLUMN_WORDS.map(([, p]) => p.source.replace(/\^|\$/g, '')),
    ...FUNDS_COLUMN_WORDS.map(([, p]) => p.source),
    anyOf(TITLE_WORDS),
    escape(UNIT_LINE_WORD),
    ...[SCORE_TOTAL_LABEL, PROJECT_NAME_LABEL, GOAL_EXPECTED].map((p) => p.source.replace(/\^|\$/g, '')),
  ].join('|'),
);

export function mentionsReportWord(text: string): boolean {
  if (!text) return false;
  const word = normaliseWord(text);
  return REPORT_WORD.test(word) || itemNumbering(word) !== null || yearOf(text) !== null;
}
