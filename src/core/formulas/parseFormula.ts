import { parse } from 'excel-formula-parser';
import type Decimal from 'decimal.js';
import { fromA1, type CellRef } from '../grid/address';
import { Dec } from '../numeric/decimal';

/**
 * The formulas FundCheck can recompute from their inputs: + − × ÷, parentheses, numbers, SUM / ROUND / ABS over
 * cells and ranges of any sheet. Text is parsed by excel-formula-parser (Excel's grammar, quoted sheet names,
 * absolute references); anything else (IF, `%`, text, comparisons, whole columns) is unsupported: null, never
 * guessed.
 */
export type Expr =
  | { kind: 'number'; value: Decimal }
  | { kind: 'cell'; ref: CellRef }
  | { kind: 'range'; sheet: string; top: number; left: number; bottom: number; right: number }
  | { kind: 'negate'; operand: Expr }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { kind: 'call'; name: FunctionName; args: Expr[] };

export const FUNCTIONS = ['SUM', 'ROUND', 'ABS'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

/** A range larger than this is not a report table's formula: skipped, so checking stays linear in the cells. */
const MAX_RANGE_CELLS = 10000;

/** The nodes of excel-formula-parser's tree that FundCheck reads. */
type AstNode =
  | { type: 'number'; value: number }
  | { type: 'cell'; key: string }
  | { type: 'cell-range'; left: { type: 'cell'; key: string }; right: { type: 'cell'; key: string } }
  | { type: 'unary-expression'; operator: string; operand: AstNode }
  | { type: 'binary-expression'; operator: string; left: AstNode; right: AstNode }
  | { type: 'function'; name: string; arguments: AstNode[] }
  | { type: 'text' | 'logical' };

class Unsupported extends Error {}

export function parseFormula(text: string, sheet: string): Expr | null {
  // The parser drops a postfix `%` (B3% reads as B3): refuse rather than compute a hundred times too much.
  if (text.replace(/"[^"]*"|'[^']*'/g, '').includes('%')) return null;
  try {
    return toExpr(parse(text) as unknown as AstNode, sheet);
  } catch {
    return null;
  }
}

function toExpr(node: AstNode, sheet: string): Expr {
  switch (node.type) {
    case 'number':
      return { kind: 'number', value: new Dec(String(node.value)) };
    case 'cell':
      return { kind: 'cell', ref: refOf(node.key, sheet) };
    case 'cell-range': {
      const a = refOf(node.left.key, sheet);
      const b = refOf(node.right.key, a.sheet);
      const range = { kind: 'range' as const, sheet: a.sheet, top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
      if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > MAX_RANGE_CELLS) throw new Unsupported();
      return range;
    }
    case 'unary-expression':
      if (node.operator === '-') return { kind: 'negate', operand: toExpr(node.operand, sheet) };
      if (node.operator === '+') return toExpr(node.operand, sheet);
      throw new Unsupported();
    case 'binary-expression':
      if (node.operator === '+' || node.operator === '-' || node.operator === '*' || node.operator === '/') {
        return { kind: 'binary', op: node.operator, left: toExpr(node.left, sheet), right: toExpr(node.right, sheet) };
      }
      throw new Unsupported();
    case 'function': {
      const name = node.name.toUpperCase();
      if (!(FUNCTIONS as readonly string[]).includes(name)) throw new Unsupported();
      return { kind: 'call', name: name as FunctionName, args: node.arguments.map((a) => toExpr(a, sheet)) };
    }
    default:
      throw new Unsupported();
  }
}

/** `B3`, `$B$3`, `Sheet2!B3`, `收入 表!C4` (the parser has removed the quotes). */
function refOf(key: string, sheet: string): CellRef {
  const bang = key.lastIndexOf('!');
  const { row, col } = fromA1(bang < 0 ? key : key.slice(bang + 1));
  return { sheet: bang < 0 ? sheet : key.slice(0, bang), row, col };
}
