import { columnLetters, type CellRef } from '../grid/address';
import { minus, plus, type Relation } from '../relations/Relation';

/**
 * The shapes of relation discovery looks for between a block's columns, each true on every row of a report table
 * when it holds: 增加 = 本年 − 上年, 累计结余 = 上年结余 + 当期结余, 完成预算 = 本年 ÷ 预算, 增长率 = (本年 − 上年) ÷ 上年
 * (rates as fractions or in percentage points).
 */
export type ColumnShape = 'difference' | 'addition' | 'ratio' | 'growth';

export interface ColumnCandidate {
  shape: ColumnShape;
  /** Block column indexes: target, first and second input. */
  target: number;
  a: number;
  b: number;
  /** 100 when the target is in percentage points. */
  factor: 1 | 100;
}

export const INFERRED = '（由数值关系推断）';

/** What a candidate computes from plain numbers, for the quick float screen before the exact check. */
export function approximate(shape: ColumnShape, a: number, b: number, factor: number): number | null {
  switch (shape) {
    case 'difference':
      return a - b;
    case 'addition':
      return a + b;
    case 'ratio':
      return b === 0 ? null : (a / b) * factor;
    case 'growth':
      return b === 0 ? null : ((a - b) / b) * factor;
  }
}

/** The candidate as a Relation on one row, its description naming the columns by header or letter. */
export function relationOf(candidate: ColumnCandidate, row: number, sheet: string, cols: number[], name: (col: number) => string): Relation {
  const ref = (i: number): CellRef => ({ sheet, row, col: cols[i] });
  const [t, a, b] = [name(cols[candidate.target]), name(cols[candidate.a]), name(cols[candidate.b])];
  const base = { severity: 'error' as const, target: ref(candidate.target), noFill: true, ...(candidate.factor === 100 ? { factor: 100 } : {}) };
  switch (candidate.shape) {
    case 'difference':
      return { ...base, rule: 'change', numerator: [plus(ref(candidate.a)), minus(ref(candidate.b))], description: `${t} ≠ ${a} − ${b}${INFERRED}` };
    case 'addition':
      return { ...base, rule: 'closingBalance', numerator: [plus(ref(candidate.a)), plus(ref(candidate.b))], description: `${t} ≠ ${a} + ${b}${INFERRED}` };
    case 'ratio':
      return { ...base, rule: 'executionRate', numerator: [plus(ref(candidate.a))], denominator: [plus(ref(candidate.b))], description: `${t} ≠ ${a} ÷ ${b}${INFERRED}` };
    case 'growth':
      return {
        ...base,
        rule: 'growthRate',
        numerator: [plus(ref(candidate.a)), minus(ref(candidate.b))],
        denominator: [plus(ref(candidate.b))],
        description: `${t} ≠ (${a} − ${b}) ÷ ${b}${INFERRED}`,
      };
  }
}

/** A column's name in a message: its header text when it has one, else its letter (`F列`). */
export function columnName(header: string | null, col: number): string {
  return header ? `“${header}”` : `${columnLetters(col)}列`;
}
