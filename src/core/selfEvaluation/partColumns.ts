import type { PartColumn } from '../scoring/targets/IndicatorReading';
import type { IndicatorPartRole } from '../vocabulary';
import type { IndicatorColumns, IndicatorPartColumn } from './SelfEvaluationLayout';

const PART_OF_ROLE: Record<IndicatorPartRole, [PartColumn, IndicatorPartColumn['of'] | null]> = {
  comparison: ['comparison', null],
  direction: ['direction', null],
  nature: ['nature', null],
  unit: ['unit', null],
  targetUnit: ['unit', 'target'],
  actualUnit: ['unit', 'actual'],
};

/**
 * Whose part each part column is. A header that names its side (`实际完成值单位`) says it; otherwise the one
 * column of its kind serves both values when it is a unit (one 计量单位 for 指标值 and 实际完成值) and the target
 * when it is a comparison, direction or nature; of several columns of one kind (`指标值 | 单位 | 实际完成值 | 单位`)
 * each is the value column's on its left.
 */
export function assignPartColumns(found: { role: IndicatorPartRole; col: number }[], columns: IndicatorColumns): IndicatorPartColumn[] {
  const count = new Map<PartColumn, number>();
  for (const { role } of found) if (PART_OF_ROLE[role][1] === null) count.set(PART_OF_ROLE[role][0], (count.get(PART_OF_ROLE[role][0]) ?? 0) + 1);
  return found.map(({ role, col }) => {
    const [part, side] = PART_OF_ROLE[role];
    if (side) return { col, part, of: side };
    if (count.get(part) === 1) return { col, part, of: part === 'unit' ? 'both' : 'target' };
    return { col, part, of: valueColumnLeftOf(col, columns) };
  });
}

function valueColumnLeftOf(col: number, columns: IndicatorColumns): 'target' | 'actual' {
  const left = (['target', 'actual'] as const).filter((side) => columns[side] < col);
  if (left.length === 0) return 'target';
  return left.reduce((a, b) => (columns[a] > columns[b] ? a : b));
}
