import type { CellValues } from '../relations/CellValues';
import { judgedStatus, relationStatus } from '../relations/relationStatus';
import { relationWith, type Relation } from '../relations/Relation';
import { saysPercent } from '../vocabulary';

/**
 * Rates read cell by cell. Under a `(%)` header one column may mix `5.72%` typed as text, 0.0572 formatted as
 * percent, and a bare 5.72 meaning 5.72%: each cell is read by its own form. A cell that shows `%` is a fraction.
 * A bare number says nothing by itself, so the bare numbers of the line share one reading: the one under which
 * more of them agree with their inputs, and on a tie what the header says. Returns the line's relations with
 * `factor: 100` on each target read in percentage points.
 */
export function readRatesCellByCell(line: Relation[], values: CellValues, header: string): Relation[] {
  let asFraction = 0;
  let shownPercent = 0;
  const bare: Relation[] = [];
  for (const relation of line) {
    const parsed = values.get(relation.target);
    if (parsed.kind !== 'number') continue;
    if (parsed.percent) {
      shownPercent++;
      continue;
    }
    bare.push(relation);
    if (relationStatus(relation, values) === 'holds') asFraction++;
  }
  // Points win with more rows holding, or as many when the header says %: each row is tried in points only
  // while that can still happen (a line of fractions is mostly settled by its first row).
  const needed = saysPercent(header) ? asFraction : asFraction + 1;
  let asPoints = 0;
  for (let i = 0; i < bare.length && asPoints + bare.length - i >= needed && asPoints < needed; i++) {
    if (judgedStatus(relationWith(bare[i], { factor: 100 }), values) === 'holds') asPoints++;
  }
  const bareInPoints = asPoints >= needed && bare.length > 0;
  // An empty cell is filled the way its line writes rates: points only where bare numbers (or, on an empty line,
  // the header) say so.
  const emptyInPoints = bare.length > 0 ? bareInPoints : shownPercent === 0 && saysPercent(header);
  return line.map((relation) => {
    const parsed = values.get(relation.target);
    const points = parsed.kind === 'number' ? !parsed.percent && bareInPoints : emptyInPoints;
    return points ? relationWith(relation, { factor: 100 }) : relation;
  });
}
