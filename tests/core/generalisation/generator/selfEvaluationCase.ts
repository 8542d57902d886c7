import Decimal from 'decimal.js';
import { fromA1, toA1, type GridCell, type SheetGrid } from '../../../../src/core';
import { randomTable } from '../../selfEvaluation/generalisation/randomTable';
import type { Rng } from './random';

/** 自评表 mistakes: a 得分 above its 分值, a wrong 总分; or the 得分 left empty for FundCheck to fill exactly. */
export const SELF_EVALUATION_MISTAKES = ['scoreAboveWeight', 'wrongTotalScore'] as const;
export type SelfEvaluationMistake = (typeof SELF_EVALUATION_MISTAKES)[number];

export interface SelfEvaluationCase {
  sheet: SheetGrid;
  /** A1 cells that must be the errors. */
  errors: string[];
  /** A1 得分 cells left empty and the exact score FundCheck must fill each with. */
  scores: [string, string][];
}

export function selfEvaluationCase(rng: Rng, mistake: SelfEvaluationMistake | 'none'): SelfEvaluationCase {
  const random = randomTable(() => rng.float());
  const base = random.sheet.grid();
  const changes = new Map<string, GridCell | null>();
  const errors: string[] = [];
  const scores: [string, string][] = [];
  if (mistake === 'scoreAboveWeight') {
    const i = rng.int(0, random.weights.length - 1);
    const cell = random.table.indicator('score', i);
    changes.set(cell, { value: new Decimal(random.weights[i]).plus(rng.pick([0.5, 1, 2, 5])).toNumber(), numberFormat: '0.00' });
    errors.push(cell);
  } else if (mistake === 'wrongTotalScore') {
    const cell = random.table.total('score');
    // Shown with two decimals as the 得分 are, or typed bare (General shows 81.7 for 81.70): either is exact.
    const value = new Decimal(random.total).plus(rng.pick([0.01, 0.02, -0.01, 1, -2, 10])).toNumber();
    changes.set(cell, rng.chance(0.5) ? { value, numberFormat: '0.00' } : { value });
    errors.push(cell);
  } else if (rng.chance(0.3)) {
    changes.set(random.table.total('score'), { value: random.total });
  } else if (rng.chance(0.5)) {
    random.scores.forEach((score, i) => {
      const cell = random.table.indicator('score', i);
      changes.set(cell, null);
      scores.push([cell, new Decimal(score).toFixed(2)]);
    });
  }
  const cells = base.cells
    .filter((c) => !changes.has(toA1(c.row, c.col)))
    .concat(
      [...changes].filter(([, cell]) => cell !== null).map(([address, cell]) => ({ ...(cell as GridCell), ...fromA1(address) })),
    );
  return { sheet: { ...base, cells }, errors, scores };
}
