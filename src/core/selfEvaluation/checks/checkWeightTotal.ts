import { toA1, type CellRef } from '../../grid/address';
import { Dec } from '../../numeric/decimal';
import { shownInterval } from '../../numeric/Interval';
import type { CellValues } from '../../relations/CellValues';
import type { Finding } from '../../report/types';
import type { ScoringPolicy } from '../../scoring/ScoringPolicy';
import type { EvaluatedTable } from '../evaluateTable';
import { weightsNot100Message } from '../messages';

/** Σ 分值 should be 100 (the funds block's 分值 included when the 总分 counts it); within the weights' rounding. */
export function checkWeightTotal(table: EvaluatedTable, values: CellValues, policy: ScoringPolicy): Finding[] {
  const cells = [...table.indicators.map((i) => i.weightCell), ...(table.fundsInTotal ? [table.layout.funds?.weight] : [])].filter(
    (c): c is CellRef => c !== undefined,
  );
  if (cells.length === 0 || table.totalWeight === null) return [];
  let lo = new Dec(0);
  let hi = new Dec(0);
  for (const ref of cells) {
    const parsed = values.get(ref);
    if (parsed.kind !== 'number') return [];
    const shown = shownInterval(parsed.value, parsed.decimals);
    lo = lo.plus(shown.lo);
    hi = hi.plus(shown.hi);
  }
  const expected = new Dec(policy.expectedWeightTotal);
  if (lo.lte(expected) && expected.lte(hi)) return [];
  const { layout } = table;
  const at: CellRef =
    layout.totalRow !== undefined && layout.columns.weight !== undefined ? { sheet: layout.sheet, row: layout.totalRow, col: layout.columns.weight } : cells[0];
  const total = table.totalWeight.toString();
  return [
    {
      sheet: at.sheet,
      cell: toA1(at.row, at.col),
      severity: 'warning',
      rule: 'weightsNot100',
      stated: total,
      expected: String(policy.expectedWeightTotal),
      message: weightsNot100Message(total, policy.expectedWeightTotal),
      related: cells.filter((c) => c !== at).map((c) => toA1(c.row, c.col)),
    },
  ];
}
