/**
 * Every knob of a scoring policy in one typed object, validated once (after HyperFormula's Config): the presets in
 * `presets.ts` are instances, and a province's own rules are one `createPolicy({...})` away.
 */
export interface ScoringPolicy {
  /** Preset or custom name; goes into the report so a reader knows which rules produced the 得分. */
  readonly name: string;
  /** Chinese one-line description for the report and the task pane. */
  readonly description: string;
  /** Decimals every 得分 and the 总分 are rounded to (half-up, in decimal arithmetic). */
  readonly scoreDecimals: number;
  /** Number format for a filled 得分 when no neighbouring score cell shows one. */
  readonly scoreFormat: string;
  /** Number format for a filled 执行率 when no neighbouring rate cell shows one. */
  readonly rateFormat: string;
  /**
   * How a reverse (≤, <) indicator that is not met scores: `ratio` 分值 × target/actual; `deviation`
   * 分值 × (1 − (actual − target)/target), reaching 0 at `deviationZeroAtMultiple` × target.
   */
  readonly reverseScoring: 'ratio' | 'deviation';
  /** Multiple of the target from which a reverse indicator scores 0 under `deviation` (2: twice the target). */
  readonly deviationZeroAtMultiple: number;
  /** funds 得分 = 分值 × min(执行率, 1) when true; an over-executed budget earns no more than full marks. */
  readonly capExecutionRate: boolean;
  /** Σ 分值 a table should add up to (the funds block's 分值 included when the 总分 row counts it). */
  readonly expectedWeightTotal: number;
  /**
   * 财预〔2020〕10号 bands for what a person decides on a qualitative indicator, shown in review messages:
   * [label, lowest share of 分值, highest share].
   */
  readonly qualitativeBands: readonly (readonly [string, number, number])[];
}

export type ScoringPolicySettings = Omit<ScoringPolicy, 'name' | 'description'>;

/** The decimals a 得分 may be rounded to, for a settings panel and for validation alike. */
export const SCORE_DECIMALS = { min: 0, max: 6 } as const;

export const DEFAULT_SETTINGS: ScoringPolicySettings = {
  scoreDecimals: 2,
  scoreFormat: '0.00',
  rateFormat: '0.0%',
  reverseScoring: 'ratio',
  deviationZeroAtMultiple: 2,
  capExecutionRate: true,
  expectedWeightTotal: 100,
  qualitativeBands: [
    ['达成', 0.8, 1],
    ['部分达成', 0.6, 0.8],
    ['未达成', 0, 0.6],
  ],
};

/** A policy setting out of range: API misuse, so it throws (a user's workbook never causes it). */
export class InvalidPolicyError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPolicyError';
  }
}

export function createPolicy(name: string, description: string, overrides: Partial<ScoringPolicySettings> = {}): ScoringPolicy {
  const policy: ScoringPolicy = { name, description, ...DEFAULT_SETTINGS, ...overrides };
  validatePolicy(policy);
  return Object.freeze(policy);
}

function validatePolicy(policy: ScoringPolicy): void {
  if (!policy.name.trim()) throw new InvalidPolicyError('scoring policy needs a name');
  if (!Number.isInteger(policy.scoreDecimals) || policy.scoreDecimals < SCORE_DECIMALS.min || policy.scoreDecimals > SCORE_DECIMALS.max) {
    throw new InvalidPolicyError(`scoreDecimals must be an integer from ${SCORE_DECIMALS.min} to ${SCORE_DECIMALS.max}, got ${policy.scoreDecimals}`);
  }
  if (!(policy.deviationZeroAtMultiple > 1)) {
    throw new InvalidPolicyError(`deviationZeroAtMultiple must be greater than 1, got ${policy.deviationZeroAtMultiple}`);
  }
  if (!(policy.expectedWeightTotal > 0)) throw new InvalidPolicyError(`expectedWeightTotal must be positive, got ${policy.expectedWeightTotal}`);
  if (!policy.rateFormat.includes('%')) throw new InvalidPolicyError(`rateFormat must be a percentage format, got ${policy.rateFormat}`);
}
