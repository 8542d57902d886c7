import type { CellValues } from '../../relations/CellValues';
import type { Finding } from '../../report/types';
import { numberAt, type EvaluatedTable } from '../evaluateTable';
import { MISSING_DEVIATION_NOTE } from '../messages';

/** 得分 < 分值 needs a 偏差原因分析及改进措施; the 得分 is the stated one, else the one FundCheck will fill. */
export function checkDeviationNotes(table: EvaluatedTable, values: CellValues): Finding[] {
  const findings: Finding[] = [];
  for (const indicator of table.indicators) {
    if (!indicator.fact.noteCell || indicator.weight === null) continue;
    const score = numberAt(values, indicator.fact.scoreCell) ?? indicator.score;
    if (score === null || score.gte(indicator.weight)) continue;
    if (values.get(indicator.fact.noteCell).kind !== 'empty') continue;
    const note = indicator.fact.noteCell;
    findings.push({
      at: note,
      severity: 'warning',
      rule: 'missingDeviationNote',
      stated: null,
      expected: null,
      message: MISSING_DEVIATION_NOTE,
      related: [indicator.fact.scoreCell ?? indicator.fact.nameCell, indicator.fact.weightCell!],
    });
  }
  return findings;
}
