import { PositionMap } from '../../../src/core/grid/PositionMap';

describe('PositionMap', () => {
  it('keeps a value per cell in the first rows and far below them alike, each cell apart', () => {
    const map = new PositionMap<string>();
    const cells: [number, number][] = [
      [0, 0],
      [0, 16383],
      [65535, 16383],
      [65536, 0],
      [200_000, 3],
      [1_048_575, 16383],
    ];
    cells.forEach(([row, col]) => map.set(row, col, `${row},${col}`));
    for (const [row, col] of cells) expect(map.get(row, col)).toBe(`${row},${col}`);
    expect(map.has(65536, 1)).toBe(false);
    expect(map.get(200_000, 4)).toBeUndefined();
    expect(map.get(1, 0)).toBeUndefined();
    map.set(200_000, 3, 'again');
    expect(map.get(200_000, 3)).toBe('again');
  });
});
