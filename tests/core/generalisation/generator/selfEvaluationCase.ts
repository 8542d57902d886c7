import Decimal from 'decimal.js';
import { fromA1, toA1, type GridCell, type SheetGrid } from '../../../../src/core';
import { randomTable, type RandomTable } from '../../selfEvaluation/generalisation/randomTable';
import type { Rng } from './random';

/**
 * 自评表 mistakes: a 得分 above its 分值, a wrong 总分, one 得分 changed within its 分值, one 分值 changed; or the
 * 得分 left empty for FundCheck to fill exactly.
 */
export const SELF_EVALUATION_MISTAKES = ['scoreAboveWeight', 'wrongTotalScore', 'wrongScore', 'wrongWeight'] as const;
export type SelfEvaluationMistake = (typeof SELF_EVALUATION_MISTAKES)[number];

/**
 * What a generated 自评表 is made of beyond the standard layout: the part columns of its template and the forms of
 * its actuals (see randomIndicator.ts), printed with a failing case and counted by the coverage test.
 */
export const SELF_EVALUATION_REALITIES = [
  'comparisonColumn',
  'unitColumn',
  'unitColumnEach',
  'directionColumn',
  'natureSign',
  'natureWords',
  'ratioActual',
  'zeroWordsActual',
  'zeroCountActual',
  'dateActual',
  'sentenceActual',
  'roundingTrap',
] as const;
export type SelfEvaluationReality = (typeof SELF_EVALUATION_REALITIES)[number];

export interface SelfEvaluationCase {
  sheet: SheetGrid;
  realities: SelfEvaluationReality[];
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
  const points = (value: Decimal.Value): GridCell => ({ value: new Decimal(value).toNumber(), numberFormat: '0.00' });
  if (mistake === 'scoreAboveWeight') {
    const i = rng.int(0, random.weights.length - 1);
    const cell = random.table.indicator('score', i);
    changes.set(cell, points(new Decimal(random.weights[i]).plus(rng.pick([0.5, 1, 2, 5]))));
    errors.push(cell);
  } else if (mistake === 'wrongTotalScore') {
    const cell = random.table.total('score');
    // Shown with two decimals as the 得分 are, or typed bare (General shows 81.7 for 81.70): either is exact.
    const value = new Decimal(random.total).plus(rng.pick([0.01, 0.02, -0.01, 1, -2, 10])).toNumber();
    changes.set(cell, rng.chance(0.5) ? { value, numberFormat: '0.00' } : { value });
    errors.push(cell);
  } else if (mistake === 'wrongScore') {
    // Within its 分值: the sum cannot say which addend is wrong, so the 总分 is the error (the 得分 a warning).
    const i = rng.int(0, random.weights.length - 1);
    const [score, weight] = [new Decimal(random.scores[i]), new Decimal(random.weights[i])];
    const delta = rng.pick([0.02, 0.1, 0.5, 1.25, 3]);
    const candidates = [score.minus(delta), score.plus(delta), score.minus(0.02), score.plus(0.02)];
    const changed = candidates.find((x) => x.gte(0) && x.lte(weight))!;
    changes.set(random.table.indicator('score', i), points(changed));
    errors.push(random.table.total('score'));
  } else if (mistake === 'wrongWeight') {
    // Raised, so no 得分 goes above it: Σ 分值 no longer gives the 总分's 分值.
    const i = rng.int(0, random.weights.length - 1);
    changes.set(random.table.indicator('weight', i), points(new Decimal(random.weights[i]).plus(rng.pick([0.5, 1, 2, 3]))));
    errors.push(random.table.total('weight'));
  } else if (rng.chance(0.2)) {
    changes.set(random.table.total('score'), { value: random.total });
  } else if (rng.chance(0.75)) {
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
  return { sheet: { ...base, cells }, realities: realitiesOf(random), errors, scores };
}

function realitiesOf(random: RandomTable): SelfEvaluationReality[] {
  const { template, forms, kinds } = random;
  const found: SelfEvaluationReality[] = [];
  if (template.comparison) found.push('comparisonColumn');
  if (template.units === 'shared') found.push('unitColumn');
  if (template.units === 'each') found.push('unitColumnEach');
  if (template.direction) found.push('directionColumn');
  if (template.nature === 'sign') found.push('natureSign');
  if (template.nature === 'words') found.push('natureWords');
  if (forms.includes('ratio')) found.push('ratioActual');
  if (forms.includes('zeroWords')) found.push('zeroWordsActual');
  if (forms.includes('zeroCount')) found.push('zeroCountActual');
  if (forms.includes('date')) found.push('dateActual');
  if (forms.includes('sentence')) found.push('sentenceActual');
  if (kinds.includes('roundingTrap')) found.push('roundingTrap');
  return found;
}
