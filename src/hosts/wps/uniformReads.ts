import { rangeToA1, toA1, type CellRange } from '../../core';
import { type Uniform } from './readShape';
import { MAX_ADDRESS_TEXT } from './wpsConstants';

/** A cell position, 0-based. */
export interface Pos {
  row: number;
  col: number;
}

export const posKey = (p: Pos): number => p.row * 16384 + p.col;

export function boundsOf(cells: Pos[]): CellRange {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { top, left, bottom, right };
}

export function regionA1(r: CellRange): string {
  return r.top === r.bottom && r.left === r.right ? toA1(r.top, r.left) : rangeToA1(r);
}

/**
 * A per-range property (a number format, a fill's colour) for each of `cells`, where WPS answers one value when the
 * cells of a range agree and null when they differ: ask over the cells' bounding box and split only where they
 * disagree (into columns, then halves of rows), so the number of calls follows the distinct areas, not the cells.
 */
export function readOverBounds<T>(cells: Pos[], ask: (box: CellRange) => Uniform<T>): Map<number, T> {
  const out = new Map<number, T>();
  const visit = (group: Pos[]): void => {
    if (group.length === 0) return;
    const box = boundsOf(group);
    const answer = ask(box);
    if (answer.kind === 'same') for (const c of group) out.set(posKey(c), answer.value);
    else if (answer.kind === 'perCell') for (const c of group) out.set(posKey(c), answer.rows[c.row - box.top][c.col - box.left]);
    else if (box.left !== box.right) byColumn(group).forEach(visit);
    else halves(group, (c) => c.row).forEach(visit);
  };
  visit(cells);
  return out;
}

/**
 * The same for scattered cells, asked as multi-area ranges ("B3,F7,…", under the 255-character address limit) so
 * that cells in between never make the answer mixed; a mixed answer is split in halves.
 */
export function readOverAreas<T>(cells: Pos[], ask: (address: string) => T | null): Map<number, T> {
  const out = new Map<number, T>();
  const visit = (group: Pos[]): void => {
    if (group.length === 0) return;
    const answer = ask(group.map((c) => toA1(c.row, c.col)).join(','));
    if (answer !== null) for (const c of group) out.set(posKey(c), answer);
    else if (group.length > 1) halves(group, (_, i) => i).forEach(visit);
  };
  for (const chunk of addressChunks(cells)) visit(chunk);
  return out;
}

/** Cells in groups whose joined A1 addresses stay within the address limit. */
export function addressChunks<T extends Pos>(cells: T[]): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let length = 0;
  for (const c of cells) {
    const text = toA1(c.row, c.col).length;
    if (current.length > 0 && length + 1 + text > MAX_ADDRESS_TEXT) {
      chunks.push(current);
      current = [];
    }
    length = current.length > 0 ? length + 1 + text : text;
    current.push(c);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function byColumn(cells: Pos[]): Pos[][] {
  const columns = new Map<number, Pos[]>();
  for (const c of cells) {
    const column = columns.get(c.col);
    if (column) column.push(c);
    else columns.set(c.col, [c]);
  }
  return [...columns.values()];
}

function halves<T>(items: T[], order: (item: T, index: number) => number): T[][] {
  const sorted = items.map((item, i) => ({ item, k: order(item, i) })).sort((a, b) => a.k - b.k);
  const mid = sorted.length >> 1;
  return [sorted.slice(0, mid), sorted.slice(mid)].map((half) => half.map((x) => x.item));
}
