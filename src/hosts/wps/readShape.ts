/**
 * WPS documents the object model by analogy with Excel's COM model and does not pin down what a JS call returns for
 * a range of cells. Rather than guess, the adapter checks each answer against the one shape it accepts and stops
 * with a Chinese sentence naming what it got, so a WPS version that answers otherwise is reported, not misread.
 */
export class WpsShapeError extends Error {
  readonly code = 'WpsUnexpectedAnswer';

  constructor(what: string, expected: string, received: unknown) {
    super(`WPS 返回的${what}与预期不符：应为${expected}，实际为${describe(received)}。工作簿未改动；请将此提示告知管理员（可能是 WPS 版本不受支持）。`);
    this.name = 'WpsShapeError';
  }
}

/** A short description of a value for the message: its type and, for arrays, its dimensions. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) {
    const inner = value.length > 0 && Array.isArray(value[0]) ? ` × ${(value[0] as unknown[]).length}` : '';
    return `数组（${value.length}${inner}）`;
  }
  if (typeof value === 'object') return '对象';
  return `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}

/**
 * A range's Value2 or Formula as rows of cells: a 2-D array (rows of columns) for several cells, a scalar for one.
 * A one-cell answer given as [[x]] is unambiguous and accepted too.
 */
export function rowsOf(value: unknown, rowCount: number, columnCount: number, what: string): unknown[][] {
  if (rowCount === 1 && columnCount === 1) {
    if (!Array.isArray(value)) return [[value]];
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value as unknown[][];
  } else if (Array.isArray(value) && value.length === rowCount && value.every((row) => Array.isArray(row) && row.length === columnCount)) {
    return value as unknown[][];
  }
  const expected = rowCount === 1 && columnCount === 1 ? '单个值' : `${rowCount} 行 × ${columnCount} 列的二维数组`;
  throw new WpsShapeError(what, expected, value);
}

/** What a range's NumberFormat (or an Interior property) says: one value for every cell, one per cell, or "mixed". */
export type Uniform<T> = { kind: 'same'; value: T } | { kind: 'perCell'; rows: T[][] } | { kind: 'mixed' };

export function uniformOf<T>(value: unknown, rowCount: number, columnCount: number, what: string, accept: (v: unknown) => v is T): Uniform<T> {
  if (accept(value)) return { kind: 'same', value };
  if (value === null || value === undefined) {
    if (rowCount === 1 && columnCount === 1) throw new WpsShapeError(what, '单个单元格的值', value);
    return { kind: 'mixed' };
  }
  if (Array.isArray(value)) {
    const rows = rowsOf(value, rowCount, columnCount, what);
    if (rows.every((row) => row.every(accept))) return { kind: 'perCell', rows: rows as T[][] };
  }
  throw new WpsShapeError(what, `一个值（各单元格相同）或 null（各不相同）`, value);
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
