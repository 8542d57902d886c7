/** `AB12` → 0-based row and column, without a regex (called for every cell of a sheet); null if malformed. */
export function decodeAddress(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code === 36) continue; // $
    const upper = code >= 97 && code <= 122 ? code - 32 : code;
    if (upper < 65 || upper > 90) break;
    col = col * 26 + (upper - 64);
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code === 36) continue;
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  if (col === 0 || row === 0) return null;
  return { row: row - 1, col: col - 1 };
}

/** `A1:C3` (or a single cell) as a 0-based inclusive range. */
export function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(':');
  const start = decodeAddress(a);
  const end = decodeAddress(b);
  if (!start || !end) return null;
  return { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
}
