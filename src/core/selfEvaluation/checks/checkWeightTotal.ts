import type { CellRef } from '../../grid/address';
import { Dec } from '../../numeric/decimal';
import type { CellValues } from '../../relations/CellValues';
import type { Finding } from '../../report/types';
import type { ScoringPolicy } from '../../scoring/ScoringPolicy';
import type { EvaluatedTable } from '../evaluateTable';
import { sumOfAddends } from '../../relations/addendInterval';
import { weightsNot100Message } from '../messages';

/** Σ 分值 should be 100 (the funds block's 分值 included when the 总分 counts it); within the rounding of weights that show fewer digits than they hold. */
export function checkWeightTotal(table: EvaluatedTable, values: CellValues, policy: ScoringPolicy): Finding[] {
  const cells = [...table.indicators.map((i) => i.fact.weightCell), ...(table.fundsInTotal ? [table.layout.funds?.weight] : [])].filter(
    (c): c is CellRef => c !== undefined,
  );
  if (cells.length === 0 || table.totalWeight === null) return [];
  // Whole points typed as such are exact: seven of them may not hide a 98 as 100 behind ±0.5 each.
  const sum = sumOfAddends(values, cells);
  if (!sum) return [];
  const expected = new Dec(policy.expectedWeightTotal);
  if (sum.lo.lte(expected) && expected.lte(sum.hi)) return [];
  const { layout } = table;
  const at: CellRef =
    layout.totalRow !== undefined && layout.columns.weight !== undefined ? { sheet: layout.sheet, row: layout.totalRow, col: layout.columns.weight } : cells[0];
  const total = table.totalWeight.toString();
  return [
    {
      at,
      severity: 'warning',
      rule: 'weightsNot100',
      stated: total,
      expected: String(policy.expectedWeightTotal),
      message: weightsNot100Message(total, policy.expectedWeightTotal),
      related: cells.filter((c) => c !== at),
    },
  ];
}
