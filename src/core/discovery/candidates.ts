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

/** The candidate as a Relation on one row, its description naming the columns by header or letter. */
export function relationOf(candidate: ColumnCandidate, row: number, sheet: string, cols: number[], name: (col: number) => string): Relation {
  const relation = unnamedRelationOf(candidate, row, sheet, cols);
  const [t, a, b] = [name(cols[candidate.target]), name(cols[candidate.a]), name(cols[candidate.b])];
  switch (candidate.shape) {
    case 'difference':
      relation.description = `${t} ≠ ${a} − ${b}${INFERRED}`;
      break;
    case 'addition':
      relation.description = `${t} ≠ ${a} + ${b}${INFERRED}`;
      break;
    case 'ratio':
      relation.description = `${t} ≠ ${a} ÷ ${b}${INFERRED}`;
      break;
    case 'growth':
      relation.description = `${t} ≠ (${a} − ${b}) ÷ ${b}${INFERRED}`;
      break;
  }
  return relation;
}

/** The same relation with an empty description: what a candidate is judged by, row after row, before it is named. */
export function unnamedRelationOf(candidate: ColumnCandidate, row: number, sheet: string, cols: number[]): Relation {
  const ref = (i: number): CellRef => ({ sheet, row, col: cols[i] });
  // Plain literals, no object spread: discovery makes one of these per candidate and row, and V8 copies a
  // spread object property by property.
  const target = ref(candidate.target);
  let relation: Relation;
  switch (candidate.shape) {
    case 'difference':
      relation = { severity: 'error', target, noFill: true, rule: 'change', numerator: [plus(ref(candidate.a)), minus(ref(candidate.b))], description: '' };
      break;
    case 'addition':
      relation = { severity: 'error', target, noFill: true, rule: 'closingBalance', numerator: [plus(ref(candidate.a)), plus(ref(candidate.b))], description: '' };
      break;
    case 'ratio':
      relation = { severity: 'error', target, noFill: true, rule: 'executionRate', numerator: [plus(ref(candidate.a))], denominator: [plus(ref(candidate.b))], description: '' };
      break;
    case 'growth':
      relation = {
        severity: 'error',
        target,
        noFill: true,
        rule: 'growthRate',
        numerator: [plus(ref(candidate.a)), minus(ref(candidate.b))],
        denominator: [plus(ref(candidate.b))],
        description: '',
      };
      break;
  }
  if (candidate.factor === 100) relation.factor = 100;
  return relation;
}

/** A column's name in a message: its header text when it has one, else its letter (`F列`). */
export function columnName(header: string | null, col: number): string {
  return header ? `“${header}”` : `${columnLetters(col)}列`;
}
