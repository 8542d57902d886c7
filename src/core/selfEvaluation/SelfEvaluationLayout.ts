import type { CellRef } from '../grid/address';
import type { CellRange } from '../grid/types';
import type { PartColumn } from '../scoring/targets/IndicatorReading';
import type { IndicatorColumnRole } from '../vocabulary';

/** Where a 自评表's parts are; found from its words, whatever column it starts in. */
export interface SelfEvaluationLayout {
  sheet: string;
  range: CellRange;
  /** 项目名称's value, e.g. `城乡居民基本医疗项目`: names the table and identifies its fund. */
  projectName?: string;
  funds?: FundsBlock;
  goal?: GoalBlock;
  columns: IndicatorColumns;
  /** Columns holding a part of the targets or actuals (a comparison, a unit, a direction, a nature), in order. */
  parts: IndicatorPartColumn[];
  indicators: IndicatorRow[];
  /** The 总分 row, when the table has one. */
  totalRow?: number;
}

export type IndicatorColumns = Partial<Record<IndicatorColumnRole, number>> & { indicator: number; target: number; actual: number };

/**
 * A column of one part: whose part it is — the target's, the actual's, or both (one 计量单位 column for the two
 * values) — as its header and place say. What its cells say is read from their words, row by row.
 */
export interface IndicatorPartColumn {
  col: number;
  part: PartColumn;
  of: 'target' | 'actual' | 'both';
}

export interface IndicatorRow {
  row: number;
  /** 一级 / 二级指标 carried down from the top cell of their merged area. */
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
}

/**
 * 项目资金: the standard layout has one row per source under 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 /
 * 得分 headers (`columns`); the bachu variant only has `预算数：` / `执行数：` label-value pairs (`pairs`).
 */
export interface FundsBlock {
  layout: 'columns' | 'pairs';
  budget: CellRef;
  actual: CellRef;
  initialBudget?: CellRef;
  weight?: CellRef;
  rate?: CellRef;
  score?: CellRef;
}

/** 年度总体目标: what was promised and what the unit says it achieved. */
export interface GoalBlock {
  expected?: CellRef;
  achieved?: CellRef;
}
