import type { Rng } from '../generator/random';
import { axisOf, isInner, sameAxis, varies, type Assignment, type Dim } from './assignments';
import {
  ACCOUNT_TREE,
  factId,
  fundNode,
  fundOfWhich,
  leafFunds,
  seriesOfMeasure,
  type AccountId,
  type Coord,
  type FactSet,
  type Flow,
  type FundNodeId,
  type Measure,
  type Scale,
  type Series,
} from './factModel';

/**
 * A table before it is written: its assignment, the value of each title dimension, and the leaves of its two
 * axes (each a path of members, outer to inner). A body cell is the fact at (title ∪ row leaf ∪ column leaf).
 */
export interface Member {
  dim: Dim;
  /** A fund node, measure, account line or series; 'balance' is the 基金结余 group over 上年/当期/累计结余. */
  value: string;
}
export type Leaf = Member[];

export interface TableSpec {
  assignment: Assignment;
  fixed: Partial<Coord>;
  rows: Leaf[];
  cols: Leaf[];
  scale: Scale;
  /** Decimals of amounts in the table's unit, and of rates as fractions (4: 12.34%). */
  decimals: number;
  rateDecimals: number;
  /** How account lines are labelled: all as 其中 lines of the flow, or numbered with 其中 under 待遇支出. */
  accountStyle: 'ofWhich' | 'numbered';
}

/** Layout choices the member lists follow (drawn once per case). */
export interface Ordering {
  fundOrder: boolean;
  totalFirst: boolean;
  subtotalsFirst: boolean;
}

/** What the tables of a case must offer (the drawn mistake's needs), as a hint to the draws. */
export interface Wants {
  rates?: boolean;
  balances?: boolean;
  fundAxis?: boolean;
}

const SERIES_SETS: Series[][] = [
  ['actual'],
  ['budget', 'actual'],
  ['budget', 'actual', 'exec'],
  ['actual', 'prior'],
  ['prior', 'actual'],
  ['actual', 'prior', 'change'],
  ['actual', 'prior', 'change', 'growth'],
  ['actual', 'prior', 'growth'],
  ['budget', 'actual', 'prior', 'change', 'growth', 'exec'],
  ['budget', 'actual', 'exec', 'prior', 'change', 'growth'],
];
const RATE_SETS = SERIES_SETS.filter((s) => s.includes('growth') || s.includes('exec'));

export const coordOf = (spec: TableSpec, row: Leaf, col: Leaf): Coord | null => {
  const c: Partial<Coord> = { account: 'all', series: 'actual', ...spec.fixed };
  for (const m of [...row, ...col]) if (m.value !== 'balance') (c as Record<string, string>)[m.dim] = m.value;
  return c.fund && c.measure ? (c as Coord) : null;
};

/** The fact id of a body cell, or null when no such fact exists (a fund without budget, a 结余 of 预算). */
export function factAt(facts: FactSet, spec: TableSpec, row: Leaf, col: Leaf): string | null {
  const c = coordOf(spec, row, col);
  if (!c || !seriesOfMeasure(c.measure).includes(c.series)) return null;
  const id = factId(c);
  return facts.values.has(id) ? id : null;
}

export interface DrawContext {
  rng: Rng;
  facts: FactSet;
  ordering: Ordering;
  wants: Wants;
  scale: Scale;
  decimals: number;
}

/** Draw the title values and member lists of one table for an assignment; null when the draw is unusable. */
export function drawTableSpec(ctx: DrawContext, assignment: Assignment, within?: TableSpec): TableSpec | null {
  const { rng, facts } = ctx;
  const fixed: Partial<Coord> = {};
  const measureVaries = varies(assignment, 'measure');
  const accountVaries = varies(assignment, 'account');
  const seriesVaries = varies(assignment, 'series');
  const fundVaries = varies(assignment, 'fund');

  // Title values first: they narrow the members of the varying dimensions.
  const sharedSeries = within ? seriesOfSpec(within) : null;
  if (!fundVaries) fixed.fund = within ? rng.pick(fundsOfSpec(within)) : rng.chance(0.5) ? 'total' : rng.pick(leafFunds(facts));
  if (!seriesVaries) fixed.series = ctx.wants.balances ? 'actual' : sharedSeries ? rng.pick(sharedSeries.filter((s) => s !== 'change' && s !== 'growth' && s !== 'exec')) ?? 'actual' : rng.pick(['actual', 'actual', 'actual', 'budget', 'prior'] as const);
  if (!fixed.series && !seriesVaries) return null;
  if (!measureVaries) {
    const flows = within ? flowsOfSpec(within) : (['income', 'expenditure'] as Flow[]);
    if (!flows.length) return null;
    fixed.measure = rng.pick(flows);
  }
  if (!accountVaries) fixed.account = !within && fixed.measure === 'expenditure' && !measureVaries && rng.chance(0.25) ? 'benefits' : 'all';

  // Series: several when on an axis (a set counties use), with rates when the case wants them.
  let series: Series[] = [fixed.series ?? 'actual'];
  if (seriesVaries) {
    const sets = (ctx.wants.rates ? RATE_SETS : SERIES_SETS).filter((s) => s.length >= 2);
    series = rng.pick(sets);
    if (sharedSeries) series = series.filter((s) => sharedSeries.includes(s));
    // Account lines of several funds include lines a fund lacks (0): no rates over them.
    if (accountVaries && fundVaries) series = series.filter((s) => s !== 'growth' && s !== 'exec');
    if (series.length < 2) return null;
  }

  // Measures: flows, and the 结余 measures where the series allow them.
  let measures: string[] = [fixed.measure ?? 'income'];
  if (measureVaries) {
    const nestedWithSeries = sameAxis(assignment, 'measure', 'series');
    const seriesOuter = nestedWithSeries && assignment[axisOf(assignment, 'series') as 'rows' | 'cols'][0] === 'series';
    if (accountVaries) measures = ['income', 'expenditure'];
    else if (nestedWithSeries && !seriesOuter) measures = ctx.wants.balances ? ['income', 'expenditure', 'balance'] : rng.pick([['income', 'expenditure', 'balance'], ['income', 'expenditure'], ['income', 'expenditure', 'balance']]);
    else if (seriesVaries) measures = series.every((s) => seriesOfMeasure('net').includes(s)) && rng.chance(0.5) ? ['income', 'expenditure', 'net'] : ['income', 'expenditure'];
    else if (fixed.series === 'budget') measures = ['income', 'expenditure'];
    else if (fixed.series === 'prior') measures = ['income', 'expenditure', 'net'];
    else measures = rng.pick([['income', 'expenditure', 'net', 'closing'], ['opening', 'income', 'expenditure', 'net', 'closing'], ['net', 'closing'], ['income', 'expenditure', 'net'], ['income', 'expenditure']]);
    if (ctx.wants.balances && !measures.includes('closing') && !measures.includes('balance') && !seriesVaries) measures = ['opening', 'income', 'expenditure', 'net', 'closing'];
    if (within) measures = measures.filter((m) => m === 'balance' || measuresOfSpec(within).includes(m as Measure));
    if (measures.length < 2) return null;
  }

  // Funds: every fund with its subtotals, 其中 line and the 合计, in the case's order; within a summary's funds.
  let funds: FundNodeId[] = fixed.fund ? [fixed.fund] : fundMembers(ctx);
  if (within && fundVaries) {
    const shown = fundsOfSpec(within);
    funds = funds.filter((f) => shown.includes(f) || fundNode(facts, f).kind === 'subtotal');
    if (funds.length < 2) return null;
  }

  const accountStyle: TableSpec['accountStyle'] = isInner(assignment, 'account') && varies(assignment, 'fund') ? 'ofWhich' : rng.pick(['ofWhich', 'numbered'] as const);
  const accountOnRows = assignment.rows.includes('account');
  const inner = (outer: Member | null, dim: Dim): Member[] => {
    switch (dim) {
      case 'fund':
        return funds.map((value) => ({ dim, value }));
      case 'series':
        if (outer?.dim === 'measure') {
          if (outer.value === 'balance') return [];
          return series.filter((s) => seriesOfMeasure(outer.value as Measure).includes(s)).map((value) => ({ dim, value }));
        }
        return series.map((value) => ({ dim, value }));
      case 'measure':
        if (outer?.dim === 'series') return measures.filter((m) => m !== 'balance' && seriesOfMeasure(m as Measure).includes(outer.value as Series)).map((value) => ({ dim, value }));
        return measures.map((value) => ({ dim, value }));
      case 'account': {
        const flow = (outer?.dim === 'measure' ? outer.value : fixed.measure) as Flow;
        const owner = outer?.dim === 'fund' ? [outer.value as FundNodeId] : funds;
        // 其中 lines of 待遇支出 only where lines are numbered: under `其中：` lines they could not be told apart.
        return accountMembers(ctx, owner, flow, outer?.dim === 'fund', accountStyle === 'numbered', accountOnRows).map((value) => ({ dim, value }));
      }
    }
  };
  const leaves = (dims: Dim[]): Leaf[] => {
    if (dims.length === 1) return inner(null, dims[0]).map((m) => [m]);
    return inner(null, dims[0]).flatMap((outer) => {
      if (outer.value === 'balance') return (['opening', 'net', 'closing'] as const).map((m): Leaf => [outer, { dim: 'measure', value: m }]);
      return inner(outer, dims[1]).map((m): Leaf => [outer, m]);
    });
  };
  const spec: TableSpec = {
    assignment,
    fixed,
    rows: leaves(assignment.rows),
    cols: leaves(assignment.cols),
    scale: ctx.scale,
    decimals: ctx.decimals,
    rateDecimals: rng.pick([4, 4, 4, 3]),
    accountStyle,
  };
  return usable(facts, spec) ? spec : null;
}

/** Small enough to read, and most cells hold a fact. */
function usable(facts: FactSet, spec: TableSpec): boolean {
  if (spec.rows.length < 2 && spec.cols.length < 2) return false;
  if (spec.rows.length > 28 || spec.cols.length > 16 || spec.rows.length < 1 || spec.cols.length < 1) return false;
  let filled = 0;
  for (const r of spec.rows) for (const c of spec.cols) if (factAt(facts, spec, r, c)) filled++;
  return filled >= 0.6 * spec.rows.length * spec.cols.length;
}

/** Funds as a table lists them: groups with their 小计 before or after, a 其中 line under its fund, the 合计. */
export function fundMembers(ctx: DrawContext): FundNodeId[] {
  const { facts, ordering, rng } = ctx;
  const topLevel = facts.funds.filter((f) => f.parent === 'total').map((f) => f.id);
  const withOfWhich = (id: FundNodeId): FundNodeId[] => [id, ...fundOfWhich(facts, id)];
  const units = topLevel.map((id) => {
    const node = fundNode(facts, id);
    if (node.kind !== 'subtotal') return withOfWhich(id);
    let children = facts.funds.filter((f) => f.parent === id).map((f) => f.id);
    if (ordering.fundOrder) children = rng.shuffle(children);
    const members = children.flatMap(withOfWhich);
    return ordering.subtotalsFirst ? [id, ...members] : [...members, id];
  });
  const ordered = (ordering.fundOrder ? rng.shuffle(units) : units).flat();
  return ordering.totalFirst ? ['total', ...ordered] : [...ordered, 'total'];
}

/** The flow's root line and its lines for these funds: all of them (a complete breakdown) or the main few. */
function accountMembers(ctx: DrawContext, funds: FundNodeId[], flow: Flow, nestedUnderFund: boolean, withParts: boolean, onRows: boolean): AccountId[] {
  const { facts, rng } = ctx;
  const has = (line: AccountId) => funds.some((f) => facts.lines.get(f)?.[flow].includes(line));
  const complete = ACCOUNT_TREE.filter((a) => a.flow === flow && a.parent === 'all' && has(a.id)).map((a) => a.id);
  const partialOf = (line: AccountId) => ACCOUNT_TREE.filter((a) => a.flow === flow && a.parent === line && a.partial && has(a.id)).map((a) => a.id);
  let lines: AccountId[];
  if (nestedUnderFund) {
    // Each fund's block lists its main lines (岳普湖: 保险费收入, 利息收入, 财政补贴收入), or all of them.
    lines = complete.length <= 4 && rng.chance(0.5) ? complete : complete.slice(0, Math.min(3, complete.length));
  } else {
    // Numbered lines are a breakdown: all of them. 其中 lines may be the main few (岳普湖's 决算表).
    // Across, no `其中` marks a partial list: columns list them all.
    lines = withParts || !onRows || (complete.length <= 7 && rng.chance(0.6)) ? complete : complete.filter((l) => l !== 'otherIncome' && l !== 'otherExpenditure').slice(0, 4);
    if (withParts && onRows && flow === 'expenditure' && lines.includes('benefits') && rng.chance(0.6)) lines = lines.flatMap((l) => (l === 'benefits' ? [l, ...partialOf(l)] : [l]));
  }
  return ['all', ...lines];
}

export function fundsOfSpec(spec: TableSpec): FundNodeId[] {
  return spec.fixed.fund ? [spec.fixed.fund] : uniqueValues(spec, 'fund') as FundNodeId[];
}
export function seriesOfSpec(spec: TableSpec): Series[] {
  return spec.fixed.series ? [spec.fixed.series] : (uniqueValues(spec, 'series') as Series[]);
}
export function measuresOfSpec(spec: TableSpec): Measure[] {
  return spec.fixed.measure ? [spec.fixed.measure] : (uniqueValues(spec, 'measure').filter((m) => m !== 'balance') as Measure[]);
}
export function flowsOfSpec(spec: TableSpec): Flow[] {
  return measuresOfSpec(spec).filter((m): m is Flow => m === 'income' || m === 'expenditure');
}

function uniqueValues(spec: TableSpec, dim: Dim): string[] {
  const seen = new Set<string>();
  for (const leaf of [...spec.rows, ...spec.cols]) for (const m of leaf) if (m.dim === dim) seen.add(m.value);
  return [...seen];
}
