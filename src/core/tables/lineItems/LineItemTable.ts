import type { Flow, FundId, MeasureRole } from '../../vocabulary';

/** A labelled row of a line-item table: the total (合计) of a section, or a numbered item under it. */
export interface LineItem {
  row: number;
  label: string;
  /** The fund (险种) the label names, null for totals and items that name none. */
  fund: FundId | null;
  /** `其中` rows: parts of this line, not addends of the section. */
  ofWhich: OfWhichItem[];
  /** Numbered lines that add up to this one (a section's items; `(一)` lines under a `一、` line). */
  children: LineItem[];
  /** `小计` lines among the children, each the sum of the children listed since the previous one. */
  subtotals: Subtotal[];
}

export interface Subtotal {
  row: number;
  label: string;
  parts: LineItem[];
}

export interface OfWhichItem {
  row: number;
  label: string;
  /** Normalised label, to match the total's `其中:X` with each item's `其中:X`. */
  key: string;
}

/** A column of amounts in a line-item table, judged on its own. */
export interface ValueColumn {
  col: number;
  header: string;
  /** Which figure the column holds, to pair columns across tables: `2020|actual`, `|budget`. */
  key: string;
  fillFormat?: string;
  /** What the header names (预算数, 决算数, 完成预算%…), null when it names none of the vocabulary's roles. */
  role: MeasureRole | null;
  /** A table with one column per fund: the fund the header names, 'total' for its 合计 column. */
  fund: FundId | 'total' | null;
  /** A fund column that is part of another (其中：生育, or 生育 beside 职工医疗(含生育)), not an addend of the 合计. */
  ofWhich: boolean;
}

/**
 * A 决算收入表 / 支出表 / 结余表: a label column with one or more sections, each a total followed by its
 * numbered items, and value columns to the right.
 */
export interface LineItemTable {
  sheet: string;
  labelCol: number;
  /** Header row when found, else the first total's row. */
  top: number;
  bottom: number;
  right: number;
  title?: string;
  /** What the table lists, from its title or labels; null when it cannot be told. */
  flow: Flow | null;
  sections: LineItem[];
  columns: ValueColumn[];
  /** 完成预算% / 增长率 columns: not summed, but each line's rate follows from its amounts. */
  rateColumns: ValueColumn[];
}
