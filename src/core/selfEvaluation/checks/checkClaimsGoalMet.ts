import type { CellValues } from '../../relations/CellValues';
import type { Finding } from '../../report/types';
import type { EvaluatedTable } from '../evaluateTable';
import { claimsGoalMetMessage } from '../messages';
import { CLAIMS_GOAL_MET, normaliseWord } from '../../vocabulary';

/** 实际完成情况 that says 达到了预期目标 while indicators below were not met (bachu D10, D34). */
export function checkClaimsGoalMet(table: EvaluatedTable, values: CellValues): Finding[] {
  const achieved = table.layout.goal?.achieved;
  if (!achieved) return [];
  const text = values.view(achieved.sheet)?.text(achieved.row, achieved.col) ?? '';
  if (!CLAIMS_GOAL_MET.test(normaliseWord(text))) return [];
  const missed = table.indicators.filter((i) => i.judgement.status === 'not-met');
  if (missed.length === 0) return [];
  return [
    {
      at: achieved,
      severity: 'warning',
      rule: 'claimsTargetMet',
      stated: text,
      expected: null,
      message: claimsGoalMetMessage(missed.length),
      related: missed.map((i) => i.fact.nameCell),
    },
  ];
}
