import type { SheetView } from '../grid/SheetView';
import type { GoalBlock } from './SelfEvaluationLayout';
import { GOAL_ACHIEVED, GOAL_EXPECTED } from '../vocabulary';

/** 年度总体目标: 预期目标 and 实际完成情况 headers side by side, their texts in the row below. */
export function readGoalBlock(view: SheetView, rows: { from: number; to: number }): { block?: GoalBlock; headerRow?: number } {
  for (const row of view.rows(rows.from, rows.to)) {
    let expectedCol: number | undefined;
    let achievedCol: number | undefined;
    for (const col of view.columnsIn(row)) {
      const text = view.word(row, col);
      if (expectedCol === undefined && GOAL_EXPECTED.test(text)) expectedCol = col;
      else if (expectedCol !== undefined && achievedCol === undefined && GOAL_ACHIEVED.test(text)) achievedCol = col;
    }
    if (expectedCol === undefined || achievedCol === undefined || row + 1 > rows.to) continue;
    const below = (col: number) => ({ sheet: view.name, row: row + 1, col });
    return { block: { expected: below(expectedCol), achieved: below(achievedCol) }, headerRow: row };
  }
  return {};
}
