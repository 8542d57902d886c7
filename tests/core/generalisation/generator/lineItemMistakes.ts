import { D, type Dec } from './fundBalanceModel';
import { transpositions } from './fundBalanceMistakes';
import { AMOUNT_COLUMNS, rederiveLine, type LineColumn, type LineItemModel } from './lineItemModel';
import type { Rng } from './random';

/**
 * The mistakes staff make in a 决算收入表 / 支出表, each with the cells it makes wrong (the root-cause group). A
 * fund's line is in one relation per column (its 合计) unless the table has an 增减 column, so a wrong line is only
 * told apart from a wrong 合计 there; a 其中 line is told apart when it comes out larger than its own line.
 */
export const LINE_ITEM_MISTAKES = ['digitTransposition', 'decimalShift', 'totalLeavesOutFund', 'totalCountsOfWhich'] as const;
export type LineItemMistake = (typeof LINE_ITEM_MISTAKES)[number];

export interface LineCell {
  line: number;
  column: LineColumn;
}

export function injectLineItemMistake(rng: Rng, model: LineItemModel, mistake: LineItemMistake): LineCell[] | null {
  const get = (c: LineCell) => model.lines[c.line].shown.get(c.column)!;
  const set = (c: LineCell, value: Dec) => model.lines[c.line].shown.set(c.column, value);
  const hasChange = model.columns.includes('change');
  const all = model.lines.flatMap((line, i) => model.columns.map((column) => ({ line: i, column })));
  const identifiable = all.filter(({ line }) => model.lines[line].kind === 'total' || (model.lines[line].kind === 'item' && hasChange));
  const items = model.lines.map((l, i) => (l.kind === 'item' ? i : -1)).filter((i) => i >= 0);

  switch (mistake) {
    case 'digitTransposition': {
      // Swaps that move the value by at least 1% and ten cents: smaller ones hide in the rounding of the rows.
      const visible = (c: LineCell) => transpositions(get(c), 2).filter((v) => v.minus(get(c)).abs().gte(D.max(get(c).abs().div(100), 0.1)));
      const candidates = identifiable.filter((c) => visible(c).length > 0);
      if (!candidates.length) return null;
      const cell = rng.pick(candidates);
      set(cell, rng.pick(visible(cell)));
      return [cell];
    }
    case 'decimalShift': {
      // A 其中 line shifted above its own line is caught by 其中 ≤ its line, whatever else it is in.
      const overParent = all.filter((c) => {
        const line = model.lines[c.line];
        return line.kind === 'part' && c.column !== 'change' && get(c).mul(10).gt(model.lines[line.parent].shown.get(c.column)!);
      });
      const candidates = [...identifiable.filter((c) => c.column !== 'change'), ...overParent].filter((c) => get(c).abs().gte(10));
      if (!candidates.length) return null;
      const cell = rng.pick(candidates);
      set(cell, get(cell).mul(10));
      return [cell];
    }
    case 'totalLeavesOutFund':
    case 'totalCountsOfWhich': {
      // The 合计 of every amount column leaves out one fund's line, or adds one of its 其中 lines as if an addend.
      const parts = model.lines.map((l, i) => (l.kind === 'part' && l.fund !== null ? i : -1)).filter((i) => i >= 0);
      const odd = mistake === 'totalLeavesOutFund' ? rng.pick(items) : rng.pick(parts);
      const sign = mistake === 'totalLeavesOutFund' ? -1 : 1;
      const total = model.lines[0];
      const before = new Map(model.lines[odd].shown);
      for (const column of AMOUNT_COLUMNS) {
        if (!model.columns.includes(column)) continue;
        const sum = items.reduce((s, i) => s.plus(model.lines[i].shown.get(column)!), new D(0));
        total.shown.set(column, sum.plus(before.get(column)!.mul(sign)));
      }
      rederiveLine(total);
      // An odd line within the rounding of the sum (½ cent an addend) leaves that 合计 consistent.
      const tolerance = new D('0.005').mul(items.length + 1);
      const wrong = model.columns.filter((column) => before.get(column)!.abs().gt(tolerance));
      return wrong.length ? wrong.map((column) => ({ line: 0, column })) : null;
    }
  }
}
