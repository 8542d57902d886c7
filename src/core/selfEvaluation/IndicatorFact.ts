import type { CellRef } from '../grid/address';
import type { ActualReading, TargetReading } from '../scoring/targets/IndicatorReading';

/**
 * One indicator row as a fact: what it names, what was promised and what was achieved, each read from whatever
 * cells its template spreads it over, with the cells it came from. Judging and scoring take this, never the
 * row's texts by column position.
 */
export interface IndicatorFact {
  /** 三级指标 (or the 二级 column when a table names its indicators there). */
  name: string;
  /** 一级 / 二级指标, carried down from the top cell of their merged area. */
  level1: string;
  level2: string;
  /** The indicator's name cell: where it is reported and, without a 得分 column, where a person is asked. */
  nameCell: CellRef;
  /** The 年度指标值 as parsed parts: comparison, value(s), unit, direction, nature; and where each came from. */
  target: TargetFact;
  /** The 实际完成值 as parsed: a number, a count, a ratio of counts, a date, a sentence's one number, none. */
  actual: ActualFact;
  /** 分值, 得分 and 偏差原因 cells, when the table has those columns. */
  weightCell?: CellRef;
  scoreCell?: CellRef;
  noteCell?: CellRef;
}

export type TargetFact = TargetReading<CellRef>;
export type ActualFact = ActualReading<CellRef>;
