/** Excel's column count. */
const COLUMNS = 16384;
/** Rows whose `row × COLUMNS + col` key stays a small integer (V8's Smi, 31 bits): a report's rows, always. */
const SMALL_ROWS = 65536;

/**
 * Values by a sheet's row and column, looked up in O(1). A cell of the first 65,536 rows is keyed by one small integer; a cell below
 * them (a listing's row 200,000) goes into a map per row, since its single key would be a heap number that every
 * lookup hashes and the garbage collector carries (a 200,000-row listing spent a tenth of its check on them).
 */
export class PositionMap<T> {
  private readonly small = new Map<number, T>();
  private large: Map<number, Map<number, T>> | null = null;

  get(row: number, col: number): T | undefined {
    if (row < SMALL_ROWS) return this.small.get(row * COLUMNS + col);
    return this.large?.get(row)?.get(col);
  }

  has(row: number, col: number): boolean {
    return this.get(row, col) !== undefined;
  }

  set(row: number, col: number, value: T): void {
    if (row < SMALL_ROWS) {
      this.small.set(row * COLUMNS + col, value);
      return;
    }
    this.large ??= new Map();
    let cells = this.large.get(row);
    if (!cells) this.large.set(row, (cells = new Map()));
    cells.set(col, value);
  }
}
