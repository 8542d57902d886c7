import type { CellRef } from '../grid/address';
import type { SheetView } from '../grid/SheetView';
import { kindOf } from '../values/parseCellValue';
import type { FundsBlock } from './SelfEvaluationLayout';
import { ACTUAL_PAIR_LABEL, BUDGET_PAIR_LABEL, FUNDS_COLUMN_WORDS, FUNDS_TOTAL_LABEL, selfEvaluationRoleOf, type FundsColumnRole } from '../vocabulary';

interface RowSpan {
  from: number;
  to: number;
}

/** The 项目资金 block between `rows.from` and `rows.to`, in either layout. */
export function readFundsBlock(view: SheetView, rows: RowSpan): { block?: FundsBlock; headerRow?: number } {
  return readColumnsLayout(view, rows) ?? readPairsLayout(view, rows) ?? {};
}

function isNumber(view: SheetView, row: number, col: number): boolean {
  return kindOf(view.cell(row, col)) === 'number';
}

/** 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 across, 年度资金总额 / 其中… down. */
function readColumnsLayout(view: SheetView, rows: RowSpan): { block: FundsBlock; headerRow: number } | null {
  for (const row of view.rows(rows.from, rows.to)) {
    const columns: Partial<Record<FundsColumnRole, number>> = {};
    for (const col of view.columnsIn(row)) {
      const role = selfEvaluationRoleOf(FUNDS_COLUMN_WORDS, view.word(row, col));
      // A label followed by its number is the pairs layout, not a column header.
      if (role && columns[role] === undefined && !isNumber(view, row, col + 1)) columns[role] = col;
    }
    const budgetCol = columns.budget ?? columns.initialBudget;
    if (budgetCol === undefined || columns.actual === undefined) continue;
    const totalRow = findTotalRow(view, row, rows.to, Math.min(budgetCol, columns.actual), columns.actual);
    if (totalRow === null) continue;
    const at = (col: number | undefined): CellRef | undefined => (col === undefined ? undefined : { sheet: view.name, row: totalRow, col });
    const block: FundsBlock = {
      layout: 'columns',
      budget: at(budgetCol)!,
      actual: at(columns.actual)!,
      ...(columns.budget !== undefined && columns.initialBudget !== undefined ? { initialBudget: at(columns.initialBudget) } : {}),
      ...(columns.weight !== undefined ? { weight: at(columns.weight) } : {}),
      ...(columns.rate !== undefined ? { rate: at(columns.rate) } : {}),
      ...(columns.score !== undefined ? { score: at(columns.score) } : {}),
    };
    return { block, headerRow: row };
  }
  return null;
}

/** The 年度资金总额 row under the header; else the first row with an amount. */
function findTotalRow(view: SheetView, headerRow: number, lastRow: number, firstValueCol: number, actualCol: number): number | null {
  const end = Math.min(lastRow, headerRow + 6);
  for (let row = headerRow + 1; row <= end; row++) {
    for (const col of view.columnsIn(row, view.left, firstValueCol - 1)) if (FUNDS_TOTAL_LABEL.test(view.word(row, col))) return row;
  }
  for (let row = headerRow + 1; row <= end; row++) if (isNumber(view, row, actualCol)) return row;
  return null;
}

/** bachu: `预算数：` 20309 `执行数：` 19980 on one row. */
function readPairsLayout(view: SheetView, rows: RowSpan): { block: FundsBlock; headerRow: number } | null {
  for (const row of view.rows(rows.from, rows.to)) {
    let budget: CellRef | undefined;
    let actual: CellRef | undefined;
    for (const col of view.columnsIn(row, view.left, view.right - 1)) {
      const label = view.word(row, col);
      const valueCol = nextFilledColumn(view, row, col);
      if (valueCol === null || !isNumber(view, row, valueCol)) continue;
      if (!budget && BUDGET_PAIR_LABEL.test(label)) budget = { sheet: view.name, row, col: valueCol };
      if (!actual && ACTUAL_PAIR_LABEL.test(label)) actual = { sheet: view.name, row, col: valueCol };
    }
    if (budget && actual) return { block: { layout: 'pairs', budget, actual }, headerRow: row };
  }
  return null;
}

function nextFilledColumn(view: SheetView, row: number, col: number): number | null {
  for (const c of view.columnsIn(row, col + 1)) if (view.text(row, c) !== '') return c;
  return null;
}
