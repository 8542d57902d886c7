import type { Actual, Quantity, Target } from './Target';

/** How a target compares its value(s): a one-sided bound, exactly, a range, several values, a deadline, or words. */
export type Comparison = '≥' | '>' | '≤' | '<' | '=' | 'range' | 'values' | 'deadline' | 'qualitative';

/**
 * Which way better lies (GLOSSARY): higher (`positive`, 正向), lower (`reverse`, 反向), within both bounds of a
 * range or an exact value (`twoSided`, 中性), or judged in words (`qualitative`, 定性). A deadline is `reverse`:
 * the same day or an earlier one meets it.
 */
export type Direction = 'positive' | 'reverse' | 'twoSided' | 'qualitative';

/** 定量 / 定性. */
export type Nature = 'quantitative' | 'qualitative';

/** A column that holds one part of a target or an actual, as its header names it. */
export type PartColumn = 'comparison' | 'unit' | 'direction' | 'nature';

/** The parts a reading is made of: the value cell and the parts that said something, by what they said. */
export type PartName = 'value' | PartColumn;

/** A cell of a part column as read: its text, the column it is in, and where it is (a cell, for a fact). */
export interface StatedPart<S> {
  column: PartColumn;
  text: string;
  source: S;
}

/** Two parts that say different things: nothing is decided, a person is asked, and told which two (and where). */
export interface Disagreement<S = unknown> {
  part: PartName;
  text: string;
  source?: S;
  against: { part: PartName; text: string; source?: S };
}

/** Parts read together: where each came from (`S`: a cell in a fact), a part nobody could read, a disagreement. */
interface Reading<S> {
  /** The value cell as shown (`≥95%`, `95`, `2020年12月20日`). */
  text: string;
  /** The reading as one text, the parts in their order (`≥95%（反向）`): for messages, reports and "the same words". */
  shown: string;
  from: Partial<Record<PartName, S>>;
  /** A part cell whose words none of the vocabulary's lists knows (`中`), or that says one thing two ways. */
  unread?: { part: PartColumn; text: string };
  disagreement?: Disagreement<S>;
}

/**
 * A 年度指标值 read from wherever its parts are: the value cell (`≥95%`, or only `95`) and the comparison, unit,
 * direction and nature columns a template has. `form` is what they say together; the rest describes it.
 */
export interface TargetReading<S = unknown> extends Reading<S> {
  form: Target;
  comparison: Comparison;
  values: Quantity[];
  /** `%` for a percentage, the unit after the number (`人`, `万元`), '' for none. */
  unit: string;
  direction: Direction;
  nature: Nature;
}

/** A 实际完成值 read from its cell and the unit column it shares with the target (or has of its own). */
export interface ActualReading<S = unknown> extends Reading<S> {
  form: Actual;
}

/** What a judgement needs of an indicator: its target and its actual, each read from all its parts. */
export interface IndicatorReadings {
  target: TargetReading;
  actual: ActualReading;
}
