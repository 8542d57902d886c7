import type Decimal from 'decimal.js';
import type { CellRef } from '../grid/address';
import { roundHalfUp } from '../numeric/decimal';
import { shownInterval } from '../numeric/Interval';
import type { CellValues } from '../relations/CellValues';
import type { PlannedFill, ReviewItem } from '../report/types';
import type { ScoringPolicy } from '../scoring/ScoringPolicy';
import { describeNumberFormat } from '../values/numberFormat';
import type { NumberValue } from '../values/parseCellValue';
import type { EvaluatedTable } from './evaluateTable';
import { MESSAGES, reviewMessage } from './messages';

/**
 * The 执行率, 得分 and 总分 this table can fill, and the 得分 a person must decide. A cell that already holds a
 * different value becomes a conflict, written only when the user asks to overwrite.
 */
export function planTableFills(table: EvaluatedTable, values: CellValues, policy: ScoringPolicy): { fills: PlannedFill[]; review: ReviewItem[] } {
  const fills: PlannedFill[] = [];
  const review: ReviewItem[] = [];
  const scoreFormat = chooseScoreFormat(table, values, policy);
  const add = (fill: PlannedFill | null) => fill && fills.push(fill);
  const sameScore = (computed: Decimal) => (stated: NumberValue) => roundHalfUp(stated.value, policy.scoreDecimals).eq(computed);

  const { funds } = table;
  const block = table.layout.funds;
  if (block?.rate && funds?.rate) {
    const format = ownFormat(values, block.rate, (f) => f.percent) ?? policy.rateFormat;
    const rate = funds.rate;
    const agrees = (stated: NumberValue) => {
      const shown = shownInterval(stated.value, stated.decimals);
      return shown.lo.lte(rate) && rate.lte(shown.hi);
    };
    // The exact ratio is written; the number format shows it rounded (`0.0%`), as 得分 is computed from it.
    add(planFill(values, block.rate, exactRatioText(rate), format, MESSAGES.fillRate, agrees));
  }
  if (block?.score && funds?.score) {
    add(planFill(values, block.score, funds.score.toFixed(policy.scoreDecimals), scoreFormat, MESSAGES.fillFundsScore, sameScore(funds.score)));
  }

  for (const indicator of table.indicators) {
    const cell = indicator.fact.scoreCell ?? indicator.fact.nameCell;
    if (indicator.reviewReason) {
      review.push({ at: cell, message: reviewMessage(indicator.reviewReason, policy, indicator.fact) });
      continue;
    }
    if (indicator.fact.scoreCell && indicator.score !== null) {
      add(planFill(values, indicator.fact.scoreCell, indicator.score.toFixed(policy.scoreDecimals), scoreFormat, MESSAGES.fillIndicatorScore, sameScore(indicator.score)));
    }
  }

  const { layout } = table;
  if (layout.totalRow !== undefined && layout.columns.score !== undefined && table.totalScore !== null) {
    const cell = { sheet: layout.sheet, row: layout.totalRow, col: layout.columns.score };
    add(planFill(values, cell, table.totalScore.toFixed(policy.scoreDecimals), scoreFormat, MESSAGES.fillTotal, sameScore(table.totalScore)));
  }
  return { fills, review };
}

/** A ratio as a cell can hold it: 15 significant digits (a double's), no exponent. */
function exactRatioText(rate: Decimal): string {
  const digits = rate.toSignificantDigits(15);
  return digits.toFixed(Math.max(0, digits.decimalPlaces()));
}

/** A fill for an empty cell, a conflict for a cell holding something else, nothing when the cell already agrees. */
function planFill(
  values: CellValues,
  ref: CellRef,
  value: string,
  numberFormat: string,
  reason: string,
  agrees: (stated: NumberValue) => boolean,
): PlannedFill | null {
  const stated = values.get(ref);
  const previous = values.raw(ref)?.value ?? null;
  const base = { at: ref, value, numberFormat, reason };
  if (stated.kind === 'empty') return { ...base, previous: typeof previous === 'object' && previous !== null ? previous.error : previous };
  if (stated.kind === 'number' && agrees(stated)) return null;
  const raw = typeof previous === 'object' && previous !== null ? previous.error : previous;
  return { ...base, conflict: true, previous: raw };
}

/** The cell's own format when it fits (a styled empty cell), else null. */
function ownFormat(values: CellValues, ref: CellRef, fits: (f: ReturnType<typeof describeNumberFormat>) => boolean): string | null {
  const format = values.raw(ref)?.numberFormat;
  if (!format) return null;
  const described = describeNumberFormat(format);
  return described.decimals !== null && fits(described) ? format : null;
}

/** What the table's other score cells (or the 分值 column) show, if it shows at least the policy's decimals. */
function chooseScoreFormat(table: EvaluatedTable, values: CellValues, policy: ScoringPolicy): string {
  const fits = (f: ReturnType<typeof describeNumberFormat>) => !f.percent && f.decimals !== null && f.decimals >= policy.scoreDecimals;
  const candidates = [
    ...table.indicators.map((i) => i.fact.scoreCell),
    table.layout.funds?.score,
    ...table.indicators.map((i) => i.fact.weightCell),
  ].filter((c): c is CellRef => c !== undefined);
  for (const ref of candidates) {
    const format = ownFormat(values, ref, fits);
    if (format) return format;
  }
  return policy.scoreFormat;
}
