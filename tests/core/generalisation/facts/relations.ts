import {
  accountChildren,
  accountNode,
  factId,
  fundChildren,
  fundNode,
  parseFactId,
  type AccountId,
  type Coord,
  type FactSet,
  type Flow,
  type FundNodeId,
} from './factModel';
import type { StatedCell } from './statedCells';
import type { WrittenTable } from './renderTable';

/**
 * The one catalogue of checks, over facts, as the rebuilt core states it — instantiated on the cells that state
 * the facts: hierarchy sums at every level (a 合计 counts its subtotals, not a subtotal and its children), the
 * complete breakdown of a flow into its lines, 其中 ≤ its line, 增减 = 本年 − 上年, 增长率 = 增减 ÷ 上年,
 * 完成预算 = 本年 ÷ 预算, 当期结余 = 收入 − 支出, 累计结余 = 上年结余 + 当期结余, and a fact stated twice agrees.
 * The generator uses it to know what a mistake breaks (rootCause.ts) and to prove clean cases consistent.
 *
 * Where the rebuilt core may reasonably read the catalogue either way, a relation says so, and the root-cause
 * search is run under each reading (VARIANTS): a case is only kept when every reading gives the same verdict.
 */
export interface Term {
  key: string;
  sign: 1 | -1;
}

export interface CellRelation {
  rule: 'fundSum' | 'accountSum' | 'change' | 'growth' | 'exec' | 'net' | 'closing' | 'duplicate' | 'ofWhich';
  /** target = Σ terms; ratio: target = Σ terms ÷ Σ den; equal: target = terms[0]; le: target ≤ terms[0]. */
  kind: 'sum' | 'ratio' | 'equal' | 'le';
  target: string;
  terms: Term[];
  den?: Term[];
  /**
   * Relations the core may leave out: a complete breakdown written as 其中 lines (the core cannot always tell a
   * complete list from a partial one), 当期结余 = 收入 − 支出 (a warning in some reports, where 上下级往来 count
   * only there).
   */
  optional: boolean;
  /** 增长率 from the 增减 cell (B) or from 本年 and 上年 (A): only in that reading. */
  growthForm?: 'A' | 'B';
  /** An addend is a fund without the fact (a `—`): summed as 0, or the sum skipped. */
  hasDash: boolean;
}

type Lookup = (fact: string) => string | null;

/** Every relation whose target is the fact, over the cells `lookup` finds (null: not stated there). */
export function relationsOf(facts: FactSet, fact: string, lookup: Lookup): CellRelation[] {
  const target = lookup(fact);
  if (!target) return [];
  const c = parseFactId(fact);
  const out: CellRelation[] = [];
  const at = (patch: Partial<Coord>) => lookup(factId({ ...c, ...patch }));
  const base = { target, hasDash: false, optional: false };

  // Hierarchy sums along the funds: over the children this scope states, a missing one by its own children.
  if (c.series !== 'growth' && c.series !== 'exec' && fundChildren(facts, c.fund).length) {
    let hasDash = false;
    const frontier = (node: FundNodeId): string[] | null => {
      const parts: string[] = [];
      for (const child of fundChildren(facts, node)) {
        const id = factId({ ...c, fund: child });
        if (!facts.values.has(id)) {
          hasDash = true;
          continue;
        }
        const key = lookup(id);
        if (key) parts.push(key);
        else {
          if (!fundChildren(facts, child).length) return null;
          const deeper = frontier(child);
          if (!deeper) return null;
          parts.push(...deeper);
        }
      }
      return parts;
    };
    const parts = frontier(c.fund);
    if (parts && parts.length) out.push({ ...base, rule: 'fundSum', kind: 'sum', terms: parts.map((key) => ({ key, sign: 1 })), hasDash });
  }
  // A flow's complete breakdown into the lines its funds have.
  if ((c.measure === 'income' || c.measure === 'expenditure') && c.series !== 'growth' && c.series !== 'exec' && accountChildren(c.measure, c.account).length) {
    const own = new Set(facts.lines.get(c.fund)?.[c.measure] ?? []);
    const lines = accountChildren(c.measure, c.account).filter((l) => own.has(l));
    const keys = lines.map((account) => at({ account }));
    if (lines.length && keys.every((k) => k !== null)) out.push({ ...base, rule: 'accountSum', kind: 'sum', terms: keys.map((key) => ({ key: key!, sign: 1 })), optional: true });
  }
  // 其中 ≤ its line: a partial line, any line of a flow, 生育保险 under 职工医疗（含生育）.
  if ((c.measure === 'income' || c.measure === 'expenditure') && (c.series === 'budget' || c.series === 'actual' || c.series === 'prior')) {
    if (c.account !== 'all') {
      const parent = accountNode(c.measure as Flow, c.account).parent as AccountId;
      const key = at({ account: parent });
      if (key) out.push({ ...base, rule: 'ofWhich', kind: 'le', terms: [{ key, sign: 1 }] });
    }
    const node = fundNode(facts, c.fund);
    if (node.kind === 'ofWhich') {
      const key = at({ fund: node.parent! });
      if (key) out.push({ ...base, rule: 'ofWhich', kind: 'le', terms: [{ key, sign: 1 }] });
    }
  }
  const actual = at({ series: 'actual' });
  const prior = at({ series: 'prior' });
  const change = at({ series: 'change' });
  if (c.series === 'change' && actual && prior) out.push({ ...base, rule: 'change', kind: 'sum', terms: [{ key: actual, sign: 1 }, { key: prior, sign: -1 }] });
  if (c.series === 'growth' && actual && prior) {
    const fromAmounts: CellRelation = { ...base, rule: 'growth', kind: 'ratio', terms: [{ key: actual, sign: 1 }, { key: prior, sign: -1 }], den: [{ key: prior, sign: 1 }] };
    if (change) out.push({ ...fromAmounts, growthForm: 'A' }, { ...base, rule: 'growth', kind: 'ratio', terms: [{ key: change, sign: 1 }], den: [{ key: prior, sign: 1 }], growthForm: 'B' });
    else out.push(fromAmounts);
  } else if (c.series === 'growth' && change && prior) out.push({ ...base, rule: 'growth', kind: 'ratio', terms: [{ key: change, sign: 1 }], den: [{ key: prior, sign: 1 }] });
  const budget = at({ series: 'budget' });
  if (c.series === 'exec' && actual && budget) out.push({ ...base, rule: 'exec', kind: 'ratio', terms: [{ key: actual, sign: 1 }], den: [{ key: budget, sign: 1 }] });
  if (c.measure === 'net' && c.account === 'all') {
    const income = at({ measure: 'income' });
    const expenditure = at({ measure: 'expenditure' });
    if (income && expenditure) out.push({ ...base, rule: 'net', kind: 'sum', terms: [{ key: income, sign: 1 }, { key: expenditure, sign: -1 }], optional: true });
  }
  if (c.measure === 'closing') {
    const opening = at({ measure: 'opening' });
    const net = at({ measure: 'net' });
    if (opening && net) out.push({ ...base, rule: 'closing', kind: 'sum', terms: [{ key: opening, sign: 1 }, { key: net, sign: 1 }] });
  }
  return out;
}

/**
 * The catalogue on a workbook: each table's own relations; relations no single table holds, over facts each
 * stated once in the workbook (a 收入 table and a 支出及结余 table); and one `duplicate` per extra visible copy of a
 * fact.
 */
export function workbookRelations(facts: FactSet, tables: WrittenTable[]): CellRelation[] {
  const out: CellRelation[] = [];
  const seen = new Set<string>();
  const add = (r: CellRelation) => {
    const id = `${r.rule}:${r.target}:${r.terms.map((t) => t.key).join(',')}:${r.den?.map((t) => t.key).join(',') ?? ''}:${r.growthForm ?? ''}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(r);
  };
  const ruleKey = (r: CellRelation) => `${r.rule}:${r.growthForm ?? ''}`;
  const coveredInTable = new Set<string>();
  for (const table of tables) {
    for (const cell of table.cells) {
      for (const r of relationsOf(facts, cell.fact, (f) => table.byFact.get(f)?.key ?? null)) {
        add(r);
        coveredInTable.add(`${cell.fact}:${ruleKey(r)}`);
      }
    }
  }
  const copies = new Map<string, StatedCell[]>();
  for (const table of tables) for (const cell of table.cells) copies.set(cell.fact, [...(copies.get(cell.fact) ?? []), cell]);
  const unique = (f: string) => {
    const list = copies.get(f);
    return list && list.length === 1 ? list[0].key : null;
  };
  for (const [fact, list] of copies) {
    if (list.length === 1) for (const r of relationsOf(facts, fact, unique)) if (!coveredInTable.has(`${fact}:${ruleKey(r)}`) && r.rule !== 'ofWhich') add(r);
    // A hidden copy takes no part (README, Hidden rows and columns): the copies compared are the visible ones.
    const visible = list.filter((c) => !c.hidden);
    for (const copy of visible.slice(1)) add({ rule: 'duplicate', kind: 'equal', target: copy.key, terms: [{ key: visible[0].key, sign: 1 }], optional: false, hasDash: false });
  }
  return out;
}

export const cellsOf = (r: CellRelation): string[] => [r.target, ...r.terms.map((t) => t.key), ...(r.den ?? []).map((t) => t.key)];
