import type { CellRef } from '../grid/address';
import type { CellRange } from '../grid/types';
import type { TableKind } from '../report/types';
import type { BudgetKind, Derivation, Label, Scenario } from '../vocabulary';

/**
 * A fact: one figure with what it is, as XBRL has it — whose (the fund and the account line), which scenario,
 * which period, whether an amount or a figure derived from two, in what scale — and where it sits. Readers only
 * say what each figure is; every check comes from the facts (the relations catalogue), whatever layout, sheet
 * or document they came from.
 */
export interface Dimensions {
  /** Whose money: a FundId, a FundGroupId (`pension`), `total`, a part no list names (`line:<label>`), or '' unsaid. */
  fund: string;
  /** Which flow or balance: an AccountId (`income`, `premiumIncome`, `closingBalance`), `line:<label>`, or '' unsaid. */
  account: string;
  scenario: Scenario;
  /** Of a budget: the year's initial or adjusted one, '' when the table does not say. */
  budgetKind: BudgetKind | '';
  /** The year; a table that names none counts from its report year (see readPeriods). */
  period: number;
  /** `unknown` where the header names no measure the vocabulary knows (the numbers may tell). */
  derivation: Derivation | 'unknown';
  /** 元 = 1, 万元 = 10000, 亿元 = 100000000; 0 where unsaid (a rate, or a table without a unit). */
  scale: number;
  /** Counts people, months or cases (参保人数): never compared with money. */
  notMoney: boolean;
  /**
   * Where the headers name no measure the vocabulary knows: the column (or row) the figure is in and its header
   * as typed (`c3:栏目一;`), so figures of two such columns are never taken for one quantity. '' otherwise.
   */
  unnamed: string;
  /** Of a share (占…的): the whole it is a share of, by its line and account (`total`, `expenditure`). */
  shareOf?: { fund: string; account: string };
}

export interface Fact {
  at: CellRef;
  dims: Dimensions;
  /** The table it was read in (index into the workbook's tables) and its member on each axis. */
  table: number;
  row: number;
  col: number;
  /** In a hidden row, column or sheet: it may confirm a relation, never be reported as an error. */
  hidden: boolean;
  /** Its cell holds nothing: a line without figures, or a figure still to be filled. */
  empty: boolean;
}

/** How a line belongs to the line it is listed under. */
export type Edge = 'sum' | 'part' | 'inherit';

/**
 * One line of a table on one axis: a row (its labels to the left) or a column (its headers above). Its place in
 * the table's outline (parent, edge) comes from the layout words (合计, 小计, 其中, numbering) and the domain's
 * lists (a grouping's funds, an account's parts).
 */
export interface Member {
  /** The sheet row of a row member, the sheet column of a column member. */
  index: number;
  /** The label texts, outer to inner. */
  path: string[];
  /** The cell of the innermost label, null when the line has none. */
  labelCell: CellRef | null;
  /** What the labels say, merged outer to inner. */
  label: Label;
  /** The line holds at least one figure. */
  hasData: boolean;
  parent: number | null;
  edge: Edge | null;
  /** The fund and account the line stands for once the outline is read (inherited, or a total's). */
  fund: string;
  account: string;
  hidden: boolean;
}

/** A table as read: where it is, its two axes with their outlines, its context, and its facts. */
export interface FactTable {
  id: number;
  sheet: string;
  range: CellRange;
  title: string;
  /** The county or city the title names (`岳普湖县`), '' when none: tables of two entities state no common fact. */
  entity: string;
  kind: TableKind;
  rows: Member[];
  columns: Member[];
  facts: Fact[];
  /** The table's report year: the latest year it names (or the workbook's). */
  reportYear: number;
  /** The money unit of the table (its unit line, title or header), 0 when it says none. */
  scale: number;
  /** A 决算 table (its title or headers say 决算): its 收入 and 支出 include 上下级往来 by definition. */
  finalAccounts: boolean;
  hidden: boolean;
}

/**
 * Keys made, by dimensions object (dimensions never change once their table is read): the copies of a template's
 * tables share their dimensions (sheetTemplates.ts), so most facts of a province's county sheets cost no key text.
 */
const KEYS = new WeakMap<Dimensions, string>();

/** The key of a fact's dimensions, scale aside: two facts with one key state the same quantity. */
export function factKey(dims: Dimensions): string {
  let key = KEYS.get(dims);
  if (key === undefined) {
    key = `${dims.fund}|${dims.account}|${dims.scenario}|${dims.budgetKind}|${dims.period}|${dims.derivation}|${dims.notMoney ? 'n' : ''}|${dims.unnamed}${dims.shareOf ? `|of:${dims.shareOf.fund}/${dims.shareOf.account}` : ''}`;
    KEYS.set(dims, key);
  }
  return key;
}
