/** A1 addresses and sheet-qualified cell keys. Rows and columns are 0-based in code, 1-based in A1 text. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function fromA1(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

export function rangeToA1(range: { top: number; left: number; bottom: number; right: number }): string {
  return `${toA1(range.top, range.left)}:${toA1(range.bottom, range.right)}`;
}

/** A cell on a sheet, the unit every relation and finding refers to. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** The one `Sheet!A1` key of a cell, for maps and for messages across sheets. */
export function cellKey(ref: CellRef): string {
  return `${ref.sheet}!${toA1(ref.row, ref.col)}`;
}

/** A1 on `fromSheet`, `Sheet!A1` for a cell on another sheet. */
export function qualifiedA1(ref: CellRef, fromSheet: string): string {
  return ref.sheet === fromSheet ? toA1(ref.row, ref.col) : cellKey(ref);
}

export function sameCell(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}
