import type { CellRef } from '../../grid/address';
import type { Flow, FundId, MeasureRole } from '../../vocabulary';

/** One fund line of a fund balance table: a row (funds down) or a column (funds across). */
export interface FundLine {
  index: number;
  label: string;
  labelCell: CellRef;
  fund: FundId | 'total';
  /** A `其中` line is part of the line above it, not an addend of the 合计. */
  ofWhich: boolean;
}

/** One measure line: a column (funds down) or a row (funds across), e.g. 基金收入 / 增长率. */
export interface Measure {
  index: number;
  header: string;
  flow: Flow | null;
  role: MeasureRole;
  year: number | null;
}

/**
 * A fund balance table independent of its orientation: funds on one axis, measures on the other.
 * `cell(fund, measure)` maps back to the sheet, so relations are written once for both layouts.
 */
export interface FundTableModel {
  sheet: string;
  orientation: 'funds-down' | 'funds-across';
  funds: FundLine[];
  measures: Measure[];
  /** Unit named near the table (`单位：万元`), '' when none. */
  unit: string;
  title: string;
  range: { top: number; left: number; bottom: number; right: number };
}

export function cellOf(model: FundTableModel, fund: FundLine, measure: Measure): CellRef {
  return model.orientation === 'funds-down'
    ? { sheet: model.sheet, row: fund.index, col: measure.index }
    : { sheet: model.sheet, row: measure.index, col: fund.index };
}
