import type Decimal from 'decimal.js';
import type { CellRef } from '../../grid/address';
import { roundHalfUp } from '../../numeric/decimal';
import type { CellValues } from '../../relations/CellValues';
import type { Finding } from '../../report/types';
import type { ScoringPolicy } from '../../scoring/ScoringPolicy';
import { formatNumberValue } from '../../values/formatValue';
import type { EvaluatedTable } from '../evaluateTable';
import { scoreDiffersMessage } from '../messages';

/**
 * A stated 得分 that is not what the policy gives. Only a warning: the unit may score by other rules (the policy
 * in the report says which ones FundCheck used).
 */
export function checkStatedScores(table: EvaluatedTable, values: CellValues, policy: ScoringPolicy): Finding[] {
  const pairs: [CellRef | undefined, Decimal | null, CellRef[]][] = table.indicators.map((i) => [
    i.fact.scoreCell,
    i.score,
    [i.fact.nameCell, i.fact.weightCell].filter((c): c is CellRef => c !== undefined),
  ]);
  const block = table.layout.funds;
  if (block) pairs.push([block.score, table.funds?.score ?? null, [block.weight, block.rate, block.actual, block.budget].filter((c): c is CellRef => c !== undefined)]);

  const findings: Finding[] = [];
  for (const [cell, computed, related] of pairs) {
    if (!cell || computed === null) continue;
    const stated = values.get(cell);
    if (stated.kind !== 'number' || roundHalfUp(stated.value, policy.scoreDecimals).eq(computed)) continue;
    const expected = computed.toFixed(policy.scoreDecimals);
    findings.push({
      at: cell,
      severity: 'warning',
      rule: 'scoreDiffersFromPolicy',
      stated: formatNumberValue(stated),
      expected,
      message: scoreDiffersMessage(policy, expected),
      related,
    });
  }
  return findings;
}
