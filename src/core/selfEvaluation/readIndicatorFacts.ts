import type { CellRef } from '../grid/address';
import type { SheetView } from '../grid/SheetView';
import type { StatedPart } from '../scoring/targets/IndicatorReading';
import { readActualParts, readTargetParts } from '../scoring/targets/readIndicatorParts';
import type { IndicatorFact } from './IndicatorFact';
import { shownText } from './recogniseSelfEvaluationTables';
import type { SelfEvaluationLayout } from './SelfEvaluationLayout';

/** Each indicator row of a table as a fact: its value cells and the part cells of its row, read together. */
export function readIndicatorFacts(layout: SelfEvaluationLayout, view: SheetView): IndicatorFact[] {
  const { columns, sheet } = layout;
  return layout.indicators.map((row) => {
    const at = (col: number): CellRef => ({ sheet, row: row.row, col });
    const partsOf = (side: 'target' | 'actual'): StatedPart<CellRef>[] =>
      layout.parts
        .filter((p) => p.of === side || p.of === 'both')
        .map((p) => ({ column: p.part, text: shownText(view, row.row, p.col), source: at(p.col) }));
    const optional = (col: number | undefined) => (col === undefined ? undefined : at(col));
    const weightCell = optional(columns.weight);
    const scoreCell = optional(columns.score);
    const noteCell = optional(columns.deviationNote);
    return {
      name: row.name,
      level1: row.level1,
      level2: row.level2,
      nameCell: at(columns.indicator),
      target: readTargetParts({ text: row.target, source: at(columns.target) }, partsOf('target')),
      actual: readActualParts({ text: row.actual, source: at(columns.actual) }, partsOf('actual')),
      ...(weightCell ? { weightCell } : {}),
      ...(scoreCell ? { scoreCell } : {}),
      ...(noteCell ? { noteCell } : {}),
    };
  });
}
