import type { CellRange } from './types';

/**
 * Merged areas found by cell. Each merge is listed under every row it spans when it is wider than tall, else under
 * every column: the cost is its shorter side, so 200,000 merges, or a merge across a whole row, index in linear
 * time. Merges never overlap (Excel refuses it), so within one row (or column) they are sorted by their start and
 * found by binary search: a lookup is O(log n) in the merges of one line, whatever the sheet holds.
 */
export class MergeIndex {
  private readonly byRow = new Map<number, CellRange[]>();
  private readonly byCol = new Map<number, CellRange[]>();

  constructor(merges: Iterable<CellRange>) {
    for (const merge of merges) {
      const height = merge.bottom - merge.top + 1;
      const width = merge.right - merge.left + 1;
      if (width >= height) for (let r = merge.top; r <= merge.bottom; r++) listUnder(this.byRow, r, merge);
      else for (let c = merge.left; c <= merge.right; c++) listUnder(this.byCol, c, merge);
    }
    for (const list of this.byRow.values()) list.sort((a, b) => a.left - b.left);
    for (const list of this.byCol.values()) list.sort((a, b) => a.top - b.top);
  }

  /** The merged area that holds the cell (its top-left included), if any. */
  at(row: number, col: number): CellRange | undefined {
    return coveringIn(this.byRow.get(row), col, 'left', 'right') ?? coveringIn(this.byCol.get(col), row, 'top', 'bottom');
  }

  /** A covered cell of a merged area (not its top-left), whose own value Excel hides. */
  covers(row: number, col: number): boolean {
    const merge = this.at(row, col);
    return merge !== undefined && (row !== merge.top || col !== merge.left);
  }
}

function listUnder(map: Map<number, CellRange[]>, key: number, merge: CellRange): void {
  const list = map.get(key);
  if (list) list.push(merge);
  else map.set(key, [merge]);
}

/** The merge in a sorted, non-overlapping list whose [start, end] holds `at`. */
function coveringIn(sorted: CellRange[] | undefined, at: number, start: 'left' | 'top', end: 'right' | 'bottom'): CellRange | undefined {
  if (!sorted) return undefined;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid][start] <= at) lo = mid + 1;
    else hi = mid;
  }
  const candidate = sorted[lo - 1];
  return candidate && candidate[end] >= at ? candidate : undefined;
}
