import type { CellValues } from '../relations/CellValues';
import { judgedStatus } from '../relations/relationStatus';
import { plus, type Relation } from '../relations/Relation';
import type { NumberValue } from '../values/parseCellValue';
import { INFERRED, relationOf, unnamedRelationOf, type ColumnCandidate, type ColumnShape } from './candidates';
import type { NumberBlock } from './findNumberBlocks';

/**
 * Relation discovery: which columns of a block are differences, sums, ratios or growth rates of which others, and
 * which row is the total of the others, read from the numbers alone. A relation is accepted when it holds within
 * rounding (the shared interval engine) on a clear majority of rows and on at least three; columns of zeros and
 * constant columns take no part, so a relation cannot hold by coincidence of trivial values.
 */
export interface Discovery {
  /** The accepted column relations: one per target column, no two on the same three columns. */
  columns: { candidate: ColumnCandidate; holds: number; rows: number }[];
  /** Every column relation that holds on a clear majority, best first. */
  ranked: { candidate: ColumnCandidate; holds: number; rows: number }[];
  /** Block row index of the total row, or null. */
  totalRow: number | null;
  relations: Relation[];
}

const MAJORITY = 0.6;
const MIN_HOLDS = 3;
/** Inputs are looked for within this many columns of the target, so candidates stay bounded per column. */
const WINDOW = 10;
const SHAPES: ColumnShape[] = ['difference', 'addition', 'growth', 'ratio'];

export interface DiscoveryOptions {
  /** Only `columns` and `ranked` are wanted (reconciliation): the total row and the relations are left out. */
  columnsOnly?: boolean;
  /**
   * The caller needs the discovery only when some candidate aimed at one of these sheet columns holds: those are
   * confirmed first, and when none holds the discovery ends there, with nothing found. When one holds, `columns`
   * and `ranked` cover the wanted columns and the columns their holding candidates' inputs are (and, in turn,
   * those columns' inputs), not the whole block: enough to tell whether a wanted column's candidate takes a
   * derived input, with the very answer the whole discovery gives (see rankedCandidates).
   */
  wanted?: Set<number>;
}

export function discoverRelations(block: NumberBlock, values: CellValues, name: (col: number) => string, options: DiscoveryOptions = {}): Discovery {
  const cell = (r: number, c: number) => {
    const parsed = values.get({ sheet: block.sheet, row: block.rows[r], col: block.cols[c] });
    return parsed.kind === 'number' ? parsed : null;
  };
  const grid: (NumberValue | null)[][] = block.rows.map((_, r) => block.cols.map((_, c) => cell(r, c)));
  const usable = block.cols.map((_, c) => isInformative(grid.map((row) => row[c])));

  const accepted: Discovery['columns'] = [];
  const taken = new Set<number>();
  const triples = new Set<string>();
  const ranked = rankedCandidates(grid, usable, block, values, options.wanted);
  for (const found of ranked) {
    const triple = [found.candidate.target, found.candidate.a, found.candidate.b].sort().join();
    if (taken.has(found.candidate.target) || triples.has(triple)) continue;
    taken.add(found.candidate.target);
    triples.add(triple);
    accepted.push(found);
  }
  if (options.columnsOnly) return { columns: accepted, ranked, totalRow: null, relations: [] };
  const rates = new Set(accepted.filter((f) => f.candidate.shape === 'ratio' || f.candidate.shape === 'growth').map((f) => f.candidate.target));
  const amounts = block.cols.map((_, c) => c).filter((c) => usable[c] && !rates.has(c));
  const totalRow = findTotalRow(block, grid, amounts, values, name);

  const out: Relation[] = [];
  for (const { candidate } of accepted) block.rows.forEach((row) => out.push(relationOf(candidate, row, block.sheet, block.cols, name)));
  if (totalRow !== null) out.push(...totalRelations(block, totalRow, amounts, name));
  return { columns: accepted, ranked, totalRow, relations: out };
}

/** Not all zeros, not one constant, and present on at least three rows. */
function isInformative(column: (NumberValue | null)[]): boolean {
  const present = column.filter((v): v is NumberValue => v !== null);
  return present.length >= MIN_HOLDS && present.some((v) => !v.value.eq(present[0].value));
}

/** A column as plain numbers for the quick screen: value and half a shown unit per row, NaN where empty. */
interface FloatColumn {
  x: Float64Array;
  h: Float64Array;
  maxAbs: number;
  /** Some cell shows `%`: a column of rates, which are neither divided nor added up. */
  percent: boolean;
}

type Found = Discovery['columns'][number];

/**
 * Every candidate that holds on a clear majority, best first: most rows, targets right of inputs, simpler shapes.
 * With `wanted`, the candidates aimed at those columns are screened and confirmed first, and nothing is returned
 * when none holds: a failing line is more often a mistake than a mislabelled column. When one holds, the screen
 * widens to the targets the answer depends on and no further. Whether a column is derived (the target of an
 * accepted candidate) depends only on the candidates aimed at it and at the other two columns of their triples
 * (an earlier accepted candidate on the same three columns blocks one): so the targets grow by the inputs of every
 * holding candidate aimed at a target, until they close, and acceptance among them is what the whole block gives.
 */
function rankedCandidates(grid: (NumberValue | null)[][], usable: boolean[], block: NumberBlock, values: CellValues, wanted?: Set<number>): Found[] {
  const columns = floatColumns(grid, block.cols.length);
  const confirmedAt = new Map<string, { holds: number; rows: number } | null>();
  const confirmed = (candidate: ColumnCandidate): Found | null => {
    const key = confirmationKey(candidate);
    let counts = confirmedAt.get(key);
    if (counts === undefined) {
      const found = confirm(candidate, block, values);
      confirmedAt.set(key, (counts = found && { holds: found.holds, rows: found.rows }));
    }
    return counts && { candidate, ...counts };
  };
  let found: Found[];
  if (wanted) {
    let targets = new Set(block.cols.flatMap((col, c) => (wanted.has(col) ? [c] : [])));
    let screened = screenedCandidates(columns, usable, targets);
    if (!screened.some((candidate) => confirmed(candidate) !== null)) return [];
    for (;;) {
      // In screening order before the (stable) sort, so ties keep one order however the confirmations were made.
      found = screened.flatMap((candidate) => confirmed(candidate) ?? []);
      const closed = new Set(targets);
      for (const { candidate } of found) closed.add(candidate.a).add(candidate.b);
      if (closed.size === targets.size) break;
      targets = closed;
      screened = screenedCandidates(columns, usable, targets);
    }
  } else {
    found = screenedCandidates(columns, usable).flatMap((candidate) => confirmed(candidate) ?? []);
  }
  const rightward = (c: ColumnCandidate) => (c.target > c.a && c.target > c.b ? 0 : 1);
  return found.sort((x, y) => y.holds - x.holds || rightward(x.candidate) - rightward(y.candidate) || SHAPES.indexOf(x.candidate.shape) - SHAPES.indexOf(y.candidate.shape));
}

/**
 * What a candidate's confirmation depends on. t = a − b, a = t + b and b = a − t are one sum (a = t + b): each row
 * holds or fails for all three alike (the shown intervals meet or not, whichever side a cell is on; an empty or
 * text cell counts for none), so the sum is confirmed once. Rates are their own.
 */
export function confirmationKey(c: ColumnCandidate): string {
  if (c.shape === 'difference') return `sum ${c.a} ${Math.min(c.target, c.b)} ${Math.max(c.target, c.b)}`;
  if (c.shape === 'addition') return `sum ${c.target} ${Math.min(c.a, c.b)} ${Math.max(c.a, c.b)}`;
  return `${c.shape} ${c.target} ${c.a} ${c.b} ${c.factor}`;
}

/** The block's columns as plain numbers for the quick screen. */
function floatColumns(grid: (NumberValue | null)[][], width: number): FloatColumn[] {
  const rows = grid.length;
  return Array.from({ length: width }, (_, c) => {
    const x = new Float64Array(rows).fill(NaN);
    const h = new Float64Array(rows);
    let maxAbs = 0;
    let percent = false;
    grid.forEach((row, r) => {
      const v = row[c];
      if (!v) return;
      percent ||= v.percent;
      x[r] = v.float;
      h[r] = 0.5 * 10 ** -v.decimals;
      maxAbs = Math.max(maxAbs, Math.abs(x[r]));
    });
    return { x, h, maxAbs, percent };
  });
}

/**
 * The candidates (aimed at `targets` when given) that pass the quick float screen, in a fixed order: inputs a, b,
 * then shape, factor and target. Written as flat loops over typed arrays: it runs over every pair of columns of
 * every table whose relations fail, most of them in a workbook's first, not yet optimised, moments. A candidate's
 * rows are computed only as far as it is read: most miss on their first rows and stop there.
 */
function screenedCandidates(columns: FloatColumn[], usable: boolean[], targets?: Set<number>): ColumnCandidate[] {
  const n = columns.length;
  const rows = n > 0 ? columns[0].x.length : 0;
  const screened: ColumnCandidate[] = [];
  // Every column's values and half units in one array each (column after column).
  // Plain loops, no closures: a variable a closure captures lives in a context and is reloaded in the loops below.
  const x = new Float64Array(n * rows);
  const h = new Float64Array(n * rows);
  // The columns that may be the target of a shape, ascending: usable, aimed at, and rates only for rate shapes.
  const amountTargets: number[] = [];
  const rateTargets: number[][] = [[], []];
  for (let c = 0; c < n; c++) {
    x.set(columns[c].x, c * rows);
    h.set(columns[c].h, c * rows);
    if (!usable[c] || (targets && !targets.has(c))) continue;
    if (!columns[c].percent) amountTargets.push(c);
    if (columns[c].maxAbs < 100) rateTargets[0].push(c);
    if (columns[c].maxAbs < 10000) rateTargets[1].push(c);
  }
  const maxMisses = Math.floor(rows * (1 - MAJORITY));
  for (let a = 0; a < n; a++) {
    if (!usable[a] || columns[a].percent) continue;
    for (let b = 0; b < n; b++) {
      if (a === b || !usable[b] || columns[b].percent || Math.abs(a - b) > 2 * WINDOW) continue;
      const from = Math.max(0, Math.max(a, b) - WINDOW);
      const to = Math.min(n, Math.min(a, b) + WINDOW + 1);
      const atA = a * rows;
      const atB = b * rows;
      for (let s = 0; s < SHAPES.length; s++) {
        const shape = SHAPES[s];
        if (shape === 'addition' && b < a) continue;
        const isRate = shape === 'ratio' || shape === 'growth';
        for (let f = 0; f < (isRate ? 2 : 1); f++) {
          const factor = f === 0 ? 1 : 100;
          const may = isRate ? rateTargets[f] : amountTargets;
          for (let k = 0; k < may.length; k++) {
            const target = may[k];
            if (target >= to) break;
            if (target < from || target === a || target === b) continue;
            // Could the candidate hold on a clear majority? Generous; the exact interval check decides. Most
            // candidates miss on their first rows: the screen stops once a clear majority is out of reach.
            const at = target * rows;
            let applicable = 0;
            let close = 0;
            for (let r = 0; r < rows; r++) {
              const tv = x[at + r];
              const ax = x[atA + r];
              const bx = x[atB + r];
              if (tv !== tv || ax !== ax || bx !== bx) continue; // NaN: no value on this row
              // What the shape computes from the row's inputs, and how far their rounding may move it.
              let cv: number;
              let spread: number;
              if (!isRate) {
                cv = shape === 'difference' ? ax - bx : ax + bx;
                spread = h[atA + r] + h[atB + r];
              } else {
                if (bx === 0) continue;
                cv = (shape === 'ratio' ? ax / bx : (ax - bx) / bx) * factor;
                spread = Math.abs(cv) * (h[atA + r] / Math.abs(ax || 1) + h[atB + r] / Math.abs(bx)) * 2 + factor * 1e-12;
              }
              applicable++;
              if (Math.abs(tv - cv) <= h[at + r] + spread + 1e-9) close++;
              else if (applicable - close > maxMisses) break;
            }
            if (applicable - close <= maxMisses && close >= MIN_HOLDS && close >= MAJORITY * applicable) screened.push({ shape, target, a, b, factor });
          }
        }
      }
    }
  }
  return screened;
}

function confirm(candidate: ColumnCandidate, block: NumberBlock, values: CellValues): Found | null {
  let holds = 0;
  let rows = 0;
  for (let i = 0; i < block.rows.length; i++) {
    const status = judgedStatus(unnamedRelationOf(candidate, block.rows[i], block.sheet, block.cols), values);
    if (status === 'holds') holds++;
    if (status === 'holds' || status === 'violated') rows++;
    // Out of reach even if every row left holds: the answer is already no.
    const left = block.rows.length - i - 1;
    if (holds + left < MIN_HOLDS || holds + left < MAJORITY * (rows + left)) return null;
  }
  return holds >= MIN_HOLDS && holds >= MAJORITY * rows ? { candidate, holds, rows } : null;
}

/**
 * The first or last row, when it is the sum of the others in a clear majority of the amount columns (three at
 * least); or when it is, as consistently, the sum of all the others but one: a 合计 that left an item out, which
 * the full sum then reports at each of its cells. Screened on plain numbers, confirmed on the interval engine.
 */
function findTotalRow(block: NumberBlock, grid: (NumberValue | null)[][], amounts: number[], values: CellValues, name: (col: number) => string): number | null {
  if (block.rows.length < 3 || amounts.length < 2) return null;
  const x = (r: number, c: number) => grid[r][c]?.value.toNumber() ?? 0;
  const h = (r: number, c: number) => (grid[r][c] ? 0.5 * 10 ** -grid[r][c]!.decimals : 0);
  for (const candidate of [block.rows.length - 1, 0]) {
    // gap[c] = total − Σ others, and the rounding it may carry.
    const gap = amounts.map((c) => grid.reduce((g, _, r) => (r === candidate ? g : g - x(r, c)), x(candidate, c)));
    const slack = amounts.map((c) => grid.reduce((s, _, r) => s + h(r, c), 0) + 1e-9);
    const fits = (leftOut: number | null) => amounts.filter((c, i) => Math.abs(gap[i] + (leftOut === null ? 0 : x(leftOut, c))) <= slack[i]).length;
    const enough = (holding: number) => holding >= Math.min(MIN_HOLDS, amounts.length) && holding >= MAJORITY * amounts.length;
    if (enough(fits(null)) && majorityHolds(totalRelations(block, candidate, amounts, name), values, amounts.length)) return candidate;
    // Leaving a row out is a second guess: it must show on three amount columns at least.
    for (let left = 0; left < block.rows.length; left++) {
      if (left === candidate || amounts.length < MIN_HOLDS || !enough(fits(left))) continue;
      const without = { ...block, rows: block.rows.filter((_, r) => r !== left) };
      if (majorityHolds(totalRelations(without, candidate > left ? candidate - 1 : candidate, amounts, name), values, amounts.length)) return candidate;
    }
  }
  return null;
}

function majorityHolds(relations: Relation[], values: CellValues, columns: number): boolean {
  let holds = 0;
  let applicable = 0;
  for (const relation of relations) {
    const status = judgedStatus(relation, values);
    if (status === 'holds') holds++;
    if (status === 'holds' || status === 'violated') applicable++;
  }
  return holds >= Math.min(MIN_HOLDS, columns) && holds >= MAJORITY * applicable;
}

function totalRelations(block: NumberBlock, totalRow: number, amounts: number[], name: (col: number) => string): Relation[] {
  const others = block.rows.filter((_, r) => r !== totalRow);
  return amounts.map((c) => {
    const col = block.cols[c];
    return {
      rule: 'sum',
      severity: 'error',
      target: { sheet: block.sheet, row: block.rows[totalRow], col },
      numerator: others.map((row) => plus({ sheet: block.sheet, row, col })),
      emptyAsZero: true,
      noFill: true,
      description: `合计行 ≠ 其余各行之和（${name(col)}）${INFERRED}`,
    };
  });
}
