import type { CellValues } from '../relations/CellValues';
import { evaluateRelation } from '../relations/evaluateRelation';
import type { Relation } from '../relations/Relation';
import { saysPercent } from '../vocabulary';

/**
 * Rates may be typed as percentage points (`-23.20` under a `增长率(%)` header) rather than as fractions or `%`
 * text. Decide for one rate line (a column or a row of rates), given its relations read as fractions: the
 * reading under which more of its cells agree with their inputs, and on a tie what the header says.
 */
export function inPercentPoints(relations: Relation[], values: CellValues, header: string): boolean {
  let asFraction = 0;
  let asPoints = 0;
  for (const relation of relations) {
    const parsed = values.get(relation.target);
    if (parsed.kind !== 'number') continue;
    // A `%` typed or formatted anywhere on the line says fractions.
    if (parsed.percent) return false;
    if (evaluateRelation(relation, values).status === 'holds') asFraction++;
    if (evaluateRelation({ ...relation, factor: 100 }, values).status === 'holds') asPoints++;
  }
  return asPoints > asFraction || (asPoints === asFraction && saysPercent(header));
}
