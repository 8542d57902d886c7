import type { CellRef } from './address';

/** Excel's column count: a row and a column make one numeric key (as in SheetView). */
const COLUMNS = 16384;

/**
 * A map keyed by cell, for the hot loops that visit every cell of every relation: a numeric key within each sheet
 * costs no string (`cellKey` builds `Sheet!A1` text, which is for messages and the report).
 */
export class CellMap<T> {
  private readonly sheets = new Map<string, Map<number, T>>();

  get(ref: CellRef): T | undefined {
    return this.sheets.get(ref.sheet)?.get(ref.row * COLUMNS + ref.col);
  }

  has(ref: CellRef): boolean {
    return this.sheets.get(ref.sheet)?.has(ref.row * COLUMNS + ref.col) ?? false;
  }

  set(ref: CellRef, value: T): void {
    let sheet = this.sheets.get(ref.sheet);
    if (!sheet) this.sheets.set(ref.sheet, (sheet = new Map()));
    sheet.set(ref.row * COLUMNS + ref.col, value);
  }

  /** Every value, sheet by sheet in the order sheets were first set, cells in the order they were first set. */
  *values(): IterableIterator<T> {
    for (const sheet of this.sheets.values()) yield* sheet.values();
  }
}
