import type Decimal from 'decimal.js';
import { Dec } from '../../../../src/core/numeric/decimal';
import { transpositions } from '../generator/fundBalanceMistakes';
import type { Rng } from '../generator/random';
import { accountChildren, factId, fundChildren, fundNode, fundOfWhich, parseFactId, partialChildren, type Coord, type FactSet, type Flow, type FundNodeId } from './factModel';
import { formulaRefs } from './formulas';
import type { WrittenTable } from './renderTable';
import { bareDecimals, shown, type FormulaSpec, type StatedCell } from './statedCells';

/**
 * One mistake from the catalogue: the old generator's (a digit transposition, a ×10 decimal shift, a sign flip, a
 * total leaving out an item or counting a 其中 line, a rate on the wrong base, 累计结余 not carried) and the
 * fact layer's (a fact stated twice, one copy changed; a subtotal leaving a child out; a 合计 counting a
 * subtotal and its children; a total's rate averaged over its items). A mistake is a list of changed cells; a
 * total's row is recomputed as the clerk would (its SUM over other rows, its rates from its own amounts), and a
 * total that is a formula gets the wrong formula.
 */
export const FACT_MISTAKES = [
  'digitTransposition',
  'decimalShift',
  'signFlip',
  'totalLeavesOutItem',
  'totalCountsOfWhich',
  'rateWrongBase',
  'closingNotCarried',
  'duplicateDisagrees',
  'subtotalLeavesOutChild',
  'totalCountsSubtotalAndChildren',
  'totalRateAveraged',
] as const;
export type FactMistake = (typeof FACT_MISTAKES)[number];

export interface Change {
  key: string;
  value: Decimal;
  decimals?: number;
  bare?: boolean;
  formula?: FormulaSpec;
}

/** A mistake's candidates, each a list of changes; tried in order until one gives a clear verdict. */
export function mistakeCandidates(rng: Rng, facts: FactSet, tables: WrittenTable[], mistake: FactMistake): Change[][] {
  const all = tables.flatMap((t) => t.cells);
  // A typed figure a formula reads would carry its mistake into the formula: such cells are left alone.
  const feeds = new Set(all.filter((c) => c.formula).flatMap((c) => formulaRefs(c.formula!)));
  const typedCell = (c: StatedCell) => !c.hidden && !c.formula && !feeds.has(c.key);
  const single = (c: StatedCell, value: Decimal): Change[] => {
    // Bare only where Excel's General shows every digit (at most ten): it would round a longer one.
    const bare = !c.rate && (c.form.kind === 'number' || c.form.kind === 'text') && value.precision(true) <= 10 && rng.chance(0.3);
    return [bare ? { key: c.key, value, decimals: bareDecimals(value), bare } : { key: c.key, value }];
  };
  const unit = (c: StatedCell) => new Dec(10).pow(-c.decimals);
  const coord = (c: StatedCell) => parseFactId(c.fact);
  const out: Change[][] = [];
  switch (mistake) {
    case 'digitTransposition':
    case 'duplicateDisagrees': {
      const copies = new Map<string, StatedCell[]>();
      for (const c of all) copies.set(c.fact, [...(copies.get(c.fact) ?? []), c]);
      const pool = all.filter((c) => typedCell(c) && !c.rate && (mistake === 'digitTransposition' ? true : copies.get(c.fact)!.length > 1));
      for (const c of rng.shuffle(pool)) {
        const visible = transpositions(c.value, c.decimals).filter((v) => v.minus(c.value).abs().gte(Dec.max(c.value.abs().div(100), unit(c).mul(10))));
        if (visible.length) out.push(single(c, rng.pick(visible)));
      }
      break;
    }
    case 'decimalShift':
      for (const c of rng.shuffle(all.filter((c) => typedCell(c) && !c.rate && c.value.abs().gte(10) && ['budget', 'actual', 'prior'].includes(coord(c).series) && coord(c).measure !== 'net'))) out.push(single(c, c.value.mul(10)));
      break;
    case 'signFlip':
      for (const c of rng.shuffle(all.filter((c) => typedCell(c) && !c.value.isZero() && (coord(c).series === 'change' || coord(c).series === 'growth' || coord(c).measure === 'net')))) out.push(single(c, c.value.neg()));
      break;
    case 'rateWrongBase':
      for (const table of tables) {
        for (const c of table.cells.filter((x) => typedCell(x) && coord(x).series === 'growth')) {
          const actual = table.byFact.get(factId({ ...coord(c), series: 'actual' }));
          const prior = table.byFact.get(factId({ ...coord(c), series: 'prior' }));
          if (!actual || !prior || actual.value.isZero()) continue;
          out.push(single(c, shown(actual.value.minus(prior.value).div(actual.value), c.decimals)));
        }
      }
      break;
    case 'closingNotCarried':
      for (const table of tables) {
        for (const c of table.cells.filter((x) => typedCell(x) && coord(x).measure === 'closing')) {
          const opening = table.byFact.get(factId({ ...coord(c), measure: 'opening' }));
          const value = opening ? opening.value : shown(facts.values.get(factId({ ...coord(c), measure: 'opening' }))!.div(c.factor), c.decimals);
          out.push(single(c, value));
        }
      }
      break;
    case 'totalRateAveraged':
      for (const table of tables) {
        for (const c of table.cells.filter((x) => typedCell(x) && x.rate && fundChildren(facts, coord(x).fund).length)) {
          const rates = fundChildren(facts, coord(c).fund).map((f) => table.byFact.get(factId({ ...coord(c), fund: f })));
          if (rates.some((r) => !r)) continue;
          const mean = rates.reduce((s, r) => s.plus(r!.value), new Dec(0)).div(rates.length);
          out.push(single(c, shown(mean, c.decimals)));
        }
      }
      break;
    default:
      for (const table of tables) out.push(...totalMistakes(rng, facts, table, mistake));
  }
  return rng.shuffle(out).slice(0, 8);
}

/** An aggregate and the addends the clerk summed instead of its own: the aggregate's cells recomputed in one table. */
function totalMistakes(rng: Rng, facts: FactSet, table: WrittenTable, mistake: FactMistake): Change[][] {
  const out: Change[][] = [];
  const shownFunds = new Set(table.cells.map((c) => parseFactId(c.fact).fund));
  const frontier = (node: FundNodeId): FundNodeId[] => fundChildren(facts, node).flatMap((c) => (shownFunds.has(c) ? [c] : fundChildren(facts, c).length ? frontier(c) : [c]));
  const options: { node: FundNodeId; addends: FundNodeId[] }[] = [];
  for (const node of facts.funds.filter((f) => shownFunds.has(f.id) && (f.kind === 'total' || f.kind === 'subtotal'))) {
    const items = frontier(node.id);
    if (mistake === 'totalLeavesOutItem' && node.kind === 'total') for (const item of items) options.push({ node: node.id, addends: items.filter((i) => i !== item) });
    if (mistake === 'subtotalLeavesOutChild' && node.kind === 'subtotal') for (const item of items) options.push({ node: node.id, addends: items.filter((i) => i !== item) });
    if (mistake === 'totalCountsSubtotalAndChildren' && node.kind === 'total') {
      for (const sub of items.filter((i) => fundNode(facts, i).kind === 'subtotal')) {
        const children = fundChildren(facts, sub).filter((c) => shownFunds.has(c));
        if (children.length) options.push({ node: node.id, addends: [...items, ...children] });
      }
    }
    if (mistake === 'totalCountsOfWhich') {
      for (const item of items) for (const part of fundOfWhich(facts, item)) if (shownFunds.has(part)) options.push({ node: node.id, addends: [...items, part] });
    }
  }
  for (const option of rng.shuffle(options).slice(0, 4)) {
    const changes = recomputeAggregate(facts, table, (c) => c.fund === option.node, (c) => option.addends.map((fund) => ({ ...c, fund })));
    if (changes.length) out.push(changes);
  }
  // A flow's own line leaving out one of its lines, or counting a 其中 line of 待遇支出 as a line of its own.
  if (mistake === 'totalLeavesOutItem' || mistake === 'totalCountsOfWhich') {
    for (const root of rng.shuffle(table.cells.filter((c) => parseFactId(c.fact).account === 'all' && parseFactId(c.fact).series === 'actual'))) {
      const { fund, measure } = parseFactId(root.fact);
      if (measure !== 'income' && measure !== 'expenditure') continue;
      const lines = accountChildren(measure, 'all').filter((l) => table.byFact.has(factId({ ...parseFactId(root.fact), account: l })));
      const own = facts.lines.get(fund)?.[measure as Flow] ?? [];
      if (lines.length < 2 || own.some((l) => accountChildren(measure, 'all').includes(l) && !lines.includes(l))) continue;
      const partial = partialChildren(measure, 'benefits').filter((l) => table.byFact.has(factId({ ...parseFactId(root.fact), account: l })));
      const addends = mistake === 'totalLeavesOutItem' ? lines.filter((l) => l !== rng.pick(lines)) : partial.length ? [...lines, rng.pick(partial)] : null;
      if (!addends) continue;
      const changes = recomputeAggregate(facts, table, (c) => c.fund === fund && c.measure === measure && c.account === 'all', (c) => addends.map((account) => ({ ...c, account })));
      if (changes.length) out.push(changes);
      break;
    }
  }
  return out;
}

/**
 * The aggregate's cells in the table as the clerk makes them over the wrong addends: each amount the SUM of the
 * addends' cells in its column (a formula gets that SUM), each rate from the aggregate's new amounts.
 */
function recomputeAggregate(facts: FactSet, table: WrittenTable, isAggregate: (c: Coord) => boolean, addendsOf: (c: Coord) => Coord[]): Change[] {
  const changes: Change[] = [];
  const next = new Map<string, Decimal>();
  // One line of the table: the aggregate's row (or column) as the clerk summed it, not its every block.
  const all = table.cells.filter((c) => isAggregate(parseFactId(c.fact)));
  if (!all.length) return [];
  const byRow = new Set(all.map((c) => c.row)).size <= new Set(all.map((c) => c.col)).size;
  const line = byRow ? all[0].row : all[0].col;
  const cells = all.filter((c) => (byRow ? c.row : c.col) === line);
  for (const cell of cells.filter((c) => !c.rate)) {
    // An addend without the fact (a fund without budget, written `—`) adds nothing; one not in the table stops it.
    const addends = addendsOf(parseFactId(cell.fact)).filter((c) => facts.values.has(factId(c)));
    const refs = addends.map((c) => table.byFact.get(factId(c)));
    if (!refs.length || refs.some((r) => !r)) continue;
    const sum = refs.reduce((s, r) => s.plus(r!.value), new Dec(0));
    next.set(cell.fact, sum);
    if (cell.formula) changes.push({ key: cell.key, value: sum, formula: { kind: 'sum', refs: refs.map((r) => r!.key) } });
    else if (!sum.eq(cell.value)) changes.push({ key: cell.key, value: sum });
  }
  for (const cell of cells.filter((c) => c.rate && !c.formula)) {
    const c = parseFactId(cell.fact);
    const amount = (series: Coord['series']) => next.get(factId({ ...c, series })) ?? table.byFact.get(factId({ ...c, series }))?.value;
    const [actual, prior, budget, change] = [amount('actual'), amount('prior'), amount('budget'), amount('change')];
    let value: Decimal | null = null;
    if (c.series === 'growth' && prior && !prior.isZero()) value = (change ?? (actual ? actual.minus(prior) : null))?.div(prior) ?? null;
    if (c.series === 'exec' && actual && budget && !budget.isZero()) value = actual.div(budget);
    if (value && !shown(value, cell.decimals).eq(cell.value)) changes.push({ key: cell.key, value: shown(value, cell.decimals) });
  }
  return changes;
}

/** Apply changes to the cells (a copy is the caller's business); a changed formula recalculates later. */
export function applyChanges(cells: Map<string, StatedCell>, changes: Change[]): void {
  for (const change of changes) {
    const cell = cells.get(change.key)!;
    if (change.formula) cell.formula = change.formula;
    cell.value = change.value;
    if (change.bare) {
      cell.form = { kind: 'bare' };
      cell.decimals = change.decimals!;
    }
  }
}

