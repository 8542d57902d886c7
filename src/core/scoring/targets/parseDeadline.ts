import type { Deadline } from './Target';

/**
 * `每月25日前`, `每季度结束后的，15日内`, `30日内完成审核拨付`, `每月月底前`. Only day-counted forms are deadlines:
 * `≤30天` stays a bound on a quantity.
 */
const DAY_DEADLINE = /(\d+)(个工作日|工作日|日|号)(之前|以前|前|之内|以内|内)/;
const END_OF_PERIOD = /(月底|月末|季末|季度末|年底|年末)(之前|以前|前)/;

export function parseDeadline(normalised: string): Deadline | null {
  const day = DAY_DEADLINE.exec(normalised);
  if (day) {
    return {
      period: periodOf(normalised.slice(0, day.index)),
      day: Number(day[1]),
      kind: /内/.test(day[3]) ? 'within' : 'by',
      dayUnit: day[2].includes('工作日') ? '工作日' : '日',
    };
  }
  const end = END_OF_PERIOD.exec(normalised);
  if (end) {
    // The last day of a period: later than any numbered day, so `每月25日前` is earlier than `每月月底前`.
    return { period: periodOf(normalised.slice(0, end.index)), day: 31, kind: 'by', dayUnit: '日' };
  }
  return null;
}

/** The period a deadline counts in, without filler: `每季度结束后的，` → `每季度结束后`. */
function periodOf(prefix: string): string {
  return prefix
    .replace(/[\p{P}\s]/gu, '')
    .replace(/的$/, '')
    .replace(/(在|于)$/, '');
}

/** Whether an actual deadline is the same or earlier than the target's: met without a person's judgement. */
export function meetsDeadline(target: Deadline, actual: Deadline): boolean {
  return target.period === actual.period && target.kind === actual.kind && target.dayUnit === actual.dayUnit && actual.day <= target.day;
}
