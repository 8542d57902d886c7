import type { Dec } from '../../numeric/decimal';

/** A number typed in a target or actual, with its unit kept: `95%` → 0.95 percent, `74272人` → 74272 人. */
export interface Quantity {
  value: Dec;
  percent: boolean;
  /** Unit after the number (`人`, `个月`, `万元`…), '' when none. */
  unit: string;
  /** The digits as typed, for messages. */
  text: string;
}

/**
 * When something must happen: `每月25日前` (by day 25 of each month), `30日内完成审核拨付` (within 30 days),
 * `12月25日前` (by a day of the calendar); or, as an actual, when it happened: `2020年12月20日`, `2020.12.20`.
 */
export interface Deadline {
  /** The period the day counts in, normalised (`每月`, `每季度结束后`, '' when none or when `date` says it). */
  period: string;
  day: number;
  /** `前`: by that day; `内`: within that many days; `on`: a date with neither (an actual's day, a target's last day). */
  kind: 'by' | 'within' | 'on';
  /** `日` or `工作日`: a working-day deadline is not comparable with a calendar-day one. */
  dayUnit: string;
  /** The month (and year, when written) of a calendar date: `12月25日前`, `2020年12月20日`. */
  date?: { year?: number; month: number };
}

/**
 * What a 年度指标值 or 实际完成值 says, typed. The same shapes serve both: a plain `value` is a target to reach
 * (≥) but an actual's exact figure; a signed actual (`≥14830人`) means "at least".
 */
export type Target =
  | { kind: 'value'; value: Quantity }
  | { kind: 'atLeast'; bound: Quantity; strict: boolean }
  | { kind: 'atMost'; bound: Quantity; strict: boolean }
  | { kind: 'exactly'; value: Quantity }
  | { kind: 'range'; lower: Quantity; upper: Quantity }
  | { kind: 'values'; values: Quantity[] }
  | { kind: 'deadline'; deadline: Deadline }
  | { kind: 'qualitative'; text: string };

export type TargetKind = Target['kind'];

/**
 * What a 实际完成值 says, typed: the target's shapes (a number, a count with its unit, a signed bound, a date),
 * and two of its own: a ratio of two counts (`45/50`, `45人/50人`, judged as the fraction against a percentage) and
 * words saying nothing happened (`未发生`, `零发生`, `无`: 0 against a ceiling).
 */
export type Actual = Target | { kind: 'ratio'; numerator: Quantity; denominator: Quantity } | { kind: 'nothing'; text: string };

export type ActualKind = Actual['kind'];
