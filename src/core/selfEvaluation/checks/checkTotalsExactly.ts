import { toA1, type CellRef } from '../../grid/address';
import { meets } from '../../numeric/Interval';
import type { CellValues } from '../../relations/CellValues';
import { evaluateRelation } from '../../relations/evaluateRelation';
import type { Relation } from '../../relations/Relation';
import type { Finding } from '../../report/types';
import { formatNumberValue, formatShown } from '../../values/formatValue';
import { statedInterval } from '../../values/parseCellValue';
import { sumOfAddends } from '../addendInterval';

/**
 * A 总分 off by less than the shared engine's rounding tolerance, though its parts are exact as typed (see
 * `addendInterval`): 84.49 stated where the 得分 add up to 84.51. Only where the engine finds the relation
 * holding, so a 总分 it already reports (or explains by another cell's error) is not reported twice.
 */
export function checkTotalsExactly(relations: Relation[], values: CellValues): Finding[] {
  const findings: Finding[] = [];
  for (const relation of relations) {
    if (relation.rule !== 'scoreTotal' && relation.rule !== 'weightTotal') continue;
    const stated = values.get(relation.target);
    if (stated.kind !== 'number' || evaluateRelation(relation, values).status !== 'holds') continue;
    const parts: CellRef[] = relation.numerator.map((t) => t.ref);
    const sum = sumOfAddends(values, parts);
    if (!sum || meets(statedInterval(stated), sum)) continue;
    const expected = formatShown(sum.lo.plus(sum.hi).div(2), stated.decimals, stated.percent);
    findings.push({
      sheet: relation.target.sheet,
      cell: toA1(relation.target.row, relation.target.col),
      severity: 'error',
      rule: relation.rule,
      stated: formatNumberValue(stated),
      expected,
      message: relation.description,
      related: parts.map((p) => toA1(p.row, p.col)),
    });
  }
  return findings;
}
