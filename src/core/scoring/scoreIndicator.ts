import { Dec, roundHalfUp } from '../numeric/decimal';
import type { Judgement, ReviewReason, Shortfall } from './judgeIndicator';
import type { ScoringPolicy } from './policyConfig';

export type ScoreOutcome = { score: Dec } | { score: null; reason: ReviewReason };

/**
 * The 得分 the policy gives: full 分值 when met, a proportional share when not, nothing when only a person can
 * judge. Always between 0 and 分值, rounded half-up to the policy's decimals.
 */
export function scoreIndicator(judgement: Judgement, weight: Dec, policy: ScoringPolicy): ScoreOutcome {
  if (judgement.status === 'review') return { score: null, reason: judgement.reason };
  if (judgement.status === 'met') return { score: roundHalfUp(weight, policy.scoreDecimals) };
  const raw = earned(judgement.shortfall, weight, policy);
  if (raw === null) return { score: null, reason: 'notProportional' };
  return { score: roundHalfUp(Dec.min(weight, Dec.max(0, raw)), policy.scoreDecimals) };
}

/**
 * Points earned for a shortfall, unrounded. Multiplications come before the one division so a quotient that
 * terminates is exact (3 × 67 / 200 = 1.005, which rounds to 1.01, not 1.00).
 * null: the proportion means nothing (a bound of zero or below on a range, a negative target).
 */
function earned(shortfall: Shortfall, weight: Dec, policy: ScoringPolicy): Dec | null {
  switch (shortfall.kind) {
    case 'positive': {
      const { target, actual } = shortfall;
      if (actual.lte(0)) return new Dec(0);
      if (target.lte(0)) return null;
      return weight.mul(actual).div(target);
    }
    case 'reverse':
      return reverseEarned(shortfall.target, shortfall.actual, weight, policy);
    case 'belowRange': {
      const { lower, actual } = shortfall;
      if (lower.lte(0)) return null;
      return actual.lte(0) ? new Dec(0) : weight.mul(actual).div(lower);
    }
    case 'aboveRange': {
      const { upper, actual } = shortfall;
      if (upper.lte(0)) return null;
      return weight.mul(upper).div(actual);
    }
    case 'several': {
      let sum = new Dec(0);
      for (const part of shortfall.parts) {
        if (part === null) {
          sum = sum.plus(weight);
          continue;
        }
        const share = earned(part, weight, policy);
        if (share === null) return null;
        sum = sum.plus(Dec.min(weight, Dec.max(0, share)));
      }
      return sum.div(shortfall.parts.length);
    }
  }
}

/** A reverse indicator (≤, <) that went over its target. A target of 0 leaves no proportion to earn: 0 points. */
function reverseEarned(target: Dec, actual: Dec, weight: Dec, policy: ScoringPolicy): Dec | null {
  if (target.isZero()) return new Dec(0);
  if (target.lt(0)) return null;
  if (policy.reverseScoring === 'ratio') return weight.mul(target).div(actual);
  // 分值 × (1 − (actual − target) / ((m − 1) · target)) = 分值 × (m·target − actual) / ((m − 1) · target): 0 at m × target.
  const m = new Dec(policy.deviationZeroAtMultiple);
  return weight.mul(m.mul(target).minus(actual)).div(m.minus(1).mul(target));
}

/** 执行率 = 全年执行数 ÷ 全年预算数; null when there is no budget to divide by. */
export function executionRate(actual: Dec, budget: Dec): Dec | null {
  return budget.isZero() ? null : actual.div(budget);
}

/** funds 得分 = 分值 × min(执行率, 1) (uncapped if the policy says so), from the exact rate, rounded half-up. */
export function fundsScore(weight: Dec, actual: Dec, budget: Dec, policy: ScoringPolicy): Dec | null {
  if (budget.isZero()) return null;
  const over = actual.gt(budget) && policy.capExecutionRate;
  const raw = over ? weight : weight.mul(Dec.max(0, actual)).div(budget);
  return roundHalfUp(raw, policy.scoreDecimals);
}
