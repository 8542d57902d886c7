import { cellKey, type CellRef } from '../grid/address';
import { SheetView } from '../grid/SheetView';
import type { WorkbookGrid } from '../grid/types';
import { parseCellValue, type NumberValue, type ParsedValue } from '../values/parseCellValue';

/** Parsed cell values of a workbook, looked up by reference, with trial values layered on top for root-cause search. */
export class CellValues {
  private readonly views = new Map<string, SheetView>();
  private readonly cache = new Map<string, ParsedValue>();
  private readonly trial = new Map<string, NumberValue>();

  constructor(workbook: WorkbookGrid) {
    for (const sheet of workbook.sheets) this.views.set(sheet.name, new SheetView(sheet));
  }

  view(sheet: string): SheetView | undefined {
    return this.views.get(sheet);
  }

  get(ref: CellRef): ParsedValue {
    const key = cellKey(ref);
    const trial = this.trial.get(key);
    if (trial) return trial;
    let parsed = this.cache.get(key);
    if (!parsed) {
      const view = this.views.get(ref.sheet);
      parsed = view ? parseCellValue(view.cell(ref.row, ref.col)) : { kind: 'empty' };
      this.cache.set(key, parsed);
    }
    return parsed;
  }

  /** The stated value ignoring any trial value. */
  original(ref: CellRef): ParsedValue {
    const key = cellKey(ref);
    const trial = this.trial.get(key);
    this.trial.delete(key);
    const value = this.get(ref);
    if (trial) this.trial.set(key, trial);
    return value;
  }

  raw(ref: CellRef) {
    return this.views.get(ref.sheet)?.cell(ref.row, ref.col);
  }

  setTrial(ref: CellRef, value: NumberValue | null): void {
    if (value) this.trial.set(cellKey(ref), value);
    else this.trial.delete(cellKey(ref));
  }
}
