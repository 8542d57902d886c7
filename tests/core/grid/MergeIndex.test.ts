import { MergeIndex } from '../../../src/core';
import type { CellRange } from '../../../src/core';
import { seededRandom } from '../../helpers/grid';

const holds = (m: CellRange, row: number, col: number) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
const overlap = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Non-overlapping merges of every shape (wide, tall, single rows, whole-row strips), placed at random. */
function randomMerges(random: () => number, count: number): CellRange[] {
  const merges: CellRange[] = [];
  for (let tries = 0; merges.length < count && tries < count * 20; tries++) {
    const top = Math.floor(random() * 200);
    const left = Math.floor(random() * 60);
    const shape = random();
    const height = shape < 0.4 ? 1 : 1 + Math.floor(random() * (shape < 0.7 ? 3 : 40));
    const width = shape < 0.4 ? 2 + Math.floor(random() * 8) : 1 + Math.floor(random() * (shape < 0.7 ? 30 : 3));
    const merge = { top, left, bottom: top + height - 1, right: left + width - 1 };
    if (!merges.some((m) => overlap(m, merge))) merges.push(merge);
  }
  return merges;
}

describe('MergeIndex: the merged area of a cell, in the merges of one line', () => {
  it('finds what a scan of every merge finds, for every cell near 30 random layouts (seeded)', () => {
    const wrong: string[] = [];
    let covered = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const random = seededRandom(seed);
      const merges = randomMerges(random, 150);
      const index = new MergeIndex(merges);
      for (let row = 0; row < 250; row++) {
        for (let col = 0; col < 100; col++) {
          const scanned = merges.find((m) => holds(m, row, col));
          const hidden = scanned !== undefined && (row !== scanned.top || col !== scanned.left);
          if (hidden) covered++;
          if (index.at(row, col) !== scanned || index.covers(row, col) !== hidden) wrong.push(`seed ${seed}: R${row + 1}C${col + 1}`);
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(covered).toBeGreaterThan(10_000); // the layouts do cover cells
  });

  it('indexes a merge across a whole row and one down 100,000 rows by their short side', () => {
    const wide = { top: 5, left: 0, bottom: 5, right: 16383 };
    const tall = { top: 10, left: 3, bottom: 100_009, right: 4 };
    const index = new MergeIndex([wide, tall]);
    expect(index.at(5, 16383)).toBe(wide);
    expect(index.at(99_999, 4)).toBe(tall);
    expect(index.covers(10, 3)).toBe(false); // the top-left shows its value
    expect(index.covers(10, 4)).toBe(true);
    expect(index.at(100_010, 3)).toBeUndefined();
    expect(index.at(4, 0)).toBeUndefined();
  });
});
