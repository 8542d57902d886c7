import { createPolicy, type ScoringPolicy } from './policyConfig';

/** 财预〔2020〕10号 as most counties apply it: proportional scores for every indicator that is not met. */
export const DEFAULT_POLICY: ScoringPolicy = createPolicy(
  'default',
  '按财预〔2020〕10号：完成得满分；未完成的正向指标按 实际/目标、反向指标按 目标/实际 计分；定性指标由人工评定',
);

/** Provinces that score reverse indicators by their deviation from the target, reaching 0 at twice the target. */
export const DEVIATION_POLICY: ScoringPolicy = createPolicy(
  'deviation',
  '反向指标按偏离度计分：分值 ×（1 −（实际 − 目标）÷ 目标），实际达到目标两倍及以上得 0 分；其余同默认规则',
  { reverseScoring: 'deviation' },
);

export const POLICY_PRESETS: readonly ScoringPolicy[] = [DEFAULT_POLICY, DEVIATION_POLICY];

/** A preset as a settings panel offers it: its name, the short label a user picks, and the policy. */
export interface PresetChoice {
  name: string;
  label: string;
  policy: ScoringPolicy;
}

export const PRESET_CHOICES: readonly PresetChoice[] = [
  { name: DEFAULT_POLICY.name, label: '默认（财预〔2020〕10号）', policy: DEFAULT_POLICY },
  { name: DEVIATION_POLICY.name, label: '反向指标按偏离度计分', policy: DEVIATION_POLICY },
];
