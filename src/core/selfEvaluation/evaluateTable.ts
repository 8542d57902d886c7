import type { CellRef } from '../grid/address';
import { Dec } from '../numeric/decimal';
import type { CellValues } from '../relations/CellValues';
import { judgeIndicator, type Judgement, type ReviewReason } from '../scoring/judgeIndicator';
import type { ScoringPolicy } from '../scoring/ScoringPolicy';
import { executionRate, fundsScore, scoreIndicator } from '../scoring/scoreIndicator';
import type { IndicatorFact } from './IndicatorFact';
import { readIndicatorFacts } from './readIndicatorFacts';
import type { SelfEvaluationLayout } from './SelfEvaluationLayout';

/** One indicator judged and scored under the policy. */
export interface EvaluatedIndicator {
  fact: IndicatorFact;
  judgement: Judgement;
  /** 分值 as stated; null when the table has none. */
  weight: Dec | null;
  /** The policy's 得分, rounded; null when there is no 分值 or a person must judge. */
  score: Dec | null;
  /** Why the score is left for a person (review, or a proportion that means nothing). */
  reviewReason?: ReviewReason;
}

export interface EvaluatedFunds {
  budget: Dec | null;
  actual: Dec | null;
  rate: Dec | null;
  weight: Dec | null;
  score: Dec | null;
}

export interface EvaluatedTable {
  layout: SelfEvaluationLayout;
  indicators: EvaluatedIndicator[];
  funds?: EvaluatedFunds;
  /** Whether the 总分 row counts the funds block's 分值/得分 (财预〔2020〕10号: 10 points of the 100). */
  fundsInTotal: boolean;
  /** The policy's 总分 = Σ rounded 得分; null while any indicator waits for a person or lacks a 分值. */
  totalScore: Dec | null;
  /** Σ 分值 as stated (funds included when counted); null when any 分值 is missing. */
  totalWeight: Dec | null;
}

export function numberAt(values: CellValues, ref: CellRef | undefined): Dec | null {
  if (!ref) return null;
  const parsed = values.get(ref);
  return parsed.kind === 'number' ? parsed.value : null;
}

export function evaluateTable(layout: SelfEvaluationLayout, values: CellValues, policy: ScoringPolicy): EvaluatedTable {
  const view = values.view(layout.sheet);
  const facts = view ? readIndicatorFacts(layout, view) : [];
  const indicators = facts.map((fact) => evaluateIndicator(fact, values, policy));
  const funds = layout.funds ? evaluateFunds(layout, values, policy) : undefined;
  const fundsInTotal = countsFunds(layout, indicators, funds, values);
  const scored = [...indicators.map((i) => i.score), ...(fundsInTotal ? [funds?.score ?? null] : [])];
  const weights = [...indicators.map((i) => i.weight), ...(fundsInTotal ? [funds?.weight ?? null] : [])];
  return {
    layout,
    indicators,
    ...(funds ? { funds } : {}),
    fundsInTotal,
    totalScore: sumAll(scored),
    totalWeight: sumAll(weights),
  };
}

function sumAll(parts: (Dec | null)[]): Dec | null {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  return parts.reduce<Dec>((sum, p) => sum.plus(p!), new Dec(0));
}

function evaluateIndicator(fact: IndicatorFact, values: CellValues, policy: ScoringPolicy): EvaluatedIndicator {
  const judgement = judgeIndicator(fact);
  const weight = numberAt(values, fact.weightCell);
  const outcome = weight === null ? null : scoreIndicator(judgement, weight, policy);
  const reviewReason = judgement.status === 'review' ? judgement.reason : outcome && outcome.score === null ? outcome.reason : undefined;
  return { fact, judgement, weight, score: outcome?.score ?? null, ...(reviewReason ? { reviewReason } : {}) };
}

function evaluateFunds(layout: SelfEvaluationLayout, values: CellValues, policy: ScoringPolicy): EvaluatedFunds {
  const block = layout.funds!;
  const budget = numberAt(values, block.budget);
  const actual = numberAt(values, block.actual);
  const weight = numberAt(values, block.weight);
  const rate = budget !== null && actual !== null ? executionRate(actual, budget) : null;
  const score = weight !== null && budget !== null && actual !== null ? fundsScore(weight, actual, budget, policy) : null;
  return { budget, actual, rate, weight, score };
}

/**
 * The standard 总分 (100) is Σ indicator 分值 (90) + the funds block's 分值 (10). A table whose stated 总分 分值
 * equals the indicators alone evidently leaves the funds out, and is judged that way.
 */
function countsFunds(layout: SelfEvaluationLayout, indicators: EvaluatedIndicator[], funds: EvaluatedFunds | undefined, values: CellValues): boolean {
  if (!funds || funds.weight === null) return false;
  if (layout.totalRow === undefined || layout.columns.weight === undefined) return true;
  const stated = values.get({ sheet: layout.sheet, row: layout.totalRow, col: layout.columns.weight });
  const indicatorsOnly = sumAll(indicators.map((i) => i.weight));
  if (stated.kind !== 'number' || indicatorsOnly === null) return true;
  const shown = (x: Dec) => x.toDecimalPlaces(stated.decimals).eq(stated.value);
  return !(shown(indicatorsOnly) && !shown(indicatorsOnly.plus(funds.weight)));
}
