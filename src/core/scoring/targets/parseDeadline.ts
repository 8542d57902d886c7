import {
  DATE_SEPARATORS,
  DATE_WORDS,
  DEADLINE_BY_WORDS,
  DEADLINE_DAY_UNITS,
  DEADLINE_WITHIN_WORDS,
  END_OF_PERIOD_WORDS,
  MONTHLY_PERIOD_WORDS,
  PERIOD_FILLER_WORDS,
  WORKING_DAY,
  CALENDAR_DAY as DAY,
  wordPattern,
} from '../../vocabulary';
import type { Deadline } from './Target';

/**
 * `每月25日前`, `每季度结束后的，15日内`, `30日内完成审核拨付`, `每月月底前`, and calendar dates: `12月25日前`,
 * `2020年12月20日`, `2020.12.20`. Only day-counted forms are deadlines: `≤30天` stays a bound on a quantity.
 */
const WITHIN = new RegExp(`^(${wordPattern(DEADLINE_WITHIN_WORDS)})$`);
const BY = wordPattern(DEADLINE_BY_WORDS);
const DAY_DEADLINE = new RegExp(`(\\d+)(${wordPattern(DEADLINE_DAY_UNITS)})(${wordPattern([...DEADLINE_BY_WORDS, ...DEADLINE_WITHIN_WORDS])})`);
const END_OF_PERIOD = new RegExp(`(${wordPattern(END_OF_PERIOD_WORDS)})(${BY})`);
const TRAILING_FILLER = new RegExp(`(${wordPattern(PERIOD_FILLER_WORDS)})+$`);
const MONTHLY = wordPattern(MONTHLY_PERIOD_WORDS);
const MONTHLY_WORD = new RegExp(`^(${MONTHLY})$`);
const DAY_WORD = wordPattern(DATE_WORDS.day);
/** `2020年12月20日`, `12月20号`, optionally followed by 前. */
const WORD_DATE = new RegExp(`(?<!\\d)(?:(\\d{4})${DATE_WORDS.year})?(\\d{1,2})${DATE_WORDS.month}(\\d{1,2})(?:${DAY_WORD})(${BY})?`);
/** `2020.12.20`, `2020-12-20`, `2020/12/20` (one separator throughout), optionally followed by 日 and 前. */
const SEPARATOR = `[${DATE_SEPARATORS.map((s) => `\\${s}`).join('')}]`;
const FIGURE_DATE = new RegExp(`(?<![\\d.])(\\d{4})(${SEPARATOR})(\\d{1,2})\\2(\\d{1,2})(?![\\d.])(?:${DAY_WORD})?(${BY})?`);
/** `每月20日` without 前: an actual's day of each month. */
const MONTHLY_DAY = new RegExp(`(${MONTHLY})(?:${wordPattern(PERIOD_FILLER_WORDS)})?(\\d{1,2})(?:${DAY_WORD})(?!\\d)`);

export function parseDeadline(normalised: string): Deadline | null {
  const date = parseDate(normalised);
  if (date) return date;
  const day = DAY_DEADLINE.exec(normalised);
  if (day) {
    return {
      period: periodOf(normalised.slice(0, day.index)),
      day: Number(day[1]),
      kind: WITHIN.test(day[3]) ? 'within' : 'by',
      dayUnit: day[2].includes(WORKING_DAY) ? WORKING_DAY : DAY,
    };
  }
  const end = END_OF_PERIOD.exec(normalised);
  if (end) {
    // The last day of a period: later than any numbered day, so `每月25日前` is earlier than `每月月底前`.
    return { period: periodOf(normalised.slice(0, end.index)), day: 31, kind: 'by', dayUnit: DAY };
  }
  const monthly = MONTHLY_DAY.exec(normalised);
  if (monthly && onlyDigitsIn(normalised, monthly)) return { period: periodOf(monthly[1]), day: Number(monthly[2]), kind: 'on', dayUnit: DAY };
  return null;
}

/** A calendar date, the only figures of the text: words around it (`于…发放完毕`) are allowed, other numbers are not. */
function parseDate(normalised: string): Deadline | null {
  const words = WORD_DATE.exec(normalised);
  const figures = words ? null : FIGURE_DATE.exec(normalised);
  const match = words ?? figures;
  if (!match || !onlyDigitsIn(normalised, match)) return null;
  const [year, month, day, by] = words ? [words[1], words[2], words[3], words[4]] : [figures![1], figures![3], figures![4], figures![5]];
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { period: '', day: d, kind: by ? 'by' : 'on', dayUnit: DAY, date: { ...(year ? { year: Number(year) } : {}), month: m } };
}

function onlyDigitsIn(text: string, match: RegExpExecArray): boolean {
  return !/\d/.test(text.slice(0, match.index) + text.slice(match.index + match[0].length));
}

/** The period a deadline counts in, without filler: `每季度结束后的，` → `每季度结束后`; `每个月` → `每月`. */
function periodOf(prefix: string): string {
  const period = prefix.replace(/[\p{P}\s]/gu, '').replace(TRAILING_FILLER, '');
  return MONTHLY_WORD.test(period) ? MONTHLY_PERIOD_WORDS[0] : period;
}

/**
 * Whether an actual deadline is the same or earlier than the target's: met without a person's judgement.
 * A calendar target (`12月25日前`) is met by a date or a by-date on or before it (the year compared when both
 * write one); a monthly target (`每月25日前`) by the same monthly form or by a date on a day of the month on or
 * before it (`2020年12月20日`); any other by the same form with the same or an earlier day.
 */
export function meetsDeadline(target: Deadline, actual: Deadline): boolean {
  if (actual.kind === 'within' && target.kind !== 'within') return false;
  if (target.date) return actual.date !== undefined && notLater(actual, target);
  if (actual.date) return target.period === MONTHLY_PERIOD_WORDS[0] && target.kind === 'by' && actual.day <= target.day;
  const sameKind = actual.kind === target.kind || (target.kind !== 'within' && actual.kind !== 'within');
  return target.period === actual.period && sameKind && target.dayUnit === actual.dayUnit && actual.day <= target.day;
}

function notLater(actual: Deadline, target: Deadline): boolean {
  const a = actual.date!;
  const t = target.date!;
  if (a.year !== undefined && t.year !== undefined && a.year !== t.year) return a.year < t.year;
  if (a.month !== t.month) return a.month < t.month;
  return actual.day <= target.day;
}
