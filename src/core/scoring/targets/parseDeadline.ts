import {
  DEADLINE_BY_WORDS,
  DEADLINE_DAY_UNITS,
  DEADLINE_WITHIN_WORDS,
  END_OF_PERIOD_WORDS,
  PERIOD_FILLER_WORDS,
  WORKING_DAY,
  CALENDAR_DAY as DAY,
  wordPattern,
} from '../../vocabulary';
import type { Deadline } from './Target';

/**
 * `每月25日前`, `每季度结束后的，15日内`, `30日内完成审核拨付`, `每月月底前`. Only day-counted forms are deadlines:
 * `≤30天` stays a bound on a quantity.
 */
const WITHIN = new RegExp(`^(${wordPattern(DEADLINE_WITHIN_WORDS)})$`);
const DAY_DEADLINE = new RegExp(`(\\d+)(${wordPattern(DEADLINE_DAY_UNITS)})(${wordPattern([...DEADLINE_BY_WORDS, ...DEADLINE_WITHIN_WORDS])})`);
const END_OF_PERIOD = new RegExp(`(${wordPattern(END_OF_PERIOD_WORDS)})(${wordPattern(DEADLINE_BY_WORDS)})`);
const TRAILING_FILLER = new RegExp(`(${wordPattern(PERIOD_FILLER_WORDS)})+$`);

export function parseDeadline(normalised: string): Deadline | null {
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
  return null;
}

/** The period a deadline counts in, without filler: `每季度结束后的，` → `每季度结束后`. */
function periodOf(prefix: string): string {
  return prefix
    .replace(/[\p{P}\s]/gu, '')
    .replace(TRAILING_FILLER, '');
}

/** Whether an actual deadline is the same or earlier than the target's: met without a person's judgement. */
export function meetsDeadline(target: Deadline, actual: Deadline): boolean {
  return target.period === actual.period && target.kind === actual.kind && target.dayUnit === actual.dayUnit && actual.day <= target.day;
}
