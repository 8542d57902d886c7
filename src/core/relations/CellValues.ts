import type { CellRef } from '../grid/address';
import { SheetView } from '../grid/SheetView';
import type { WorkbookGrid } from '../grid/types';
import { parseCellValue, type NumberValue, type ParsedValue } from '../values/parseCellValue';
import type { Relation } from './Relation';

/** Excel's column count: a row and a column make one numeric key (as in SheetView), no string per lookup. */
const COLUMNS = 16384;
const EMPTY: ParsedValue = { kind: 'empty' };

/** One sheet's parsed values and trial values, by numeric cell key. */
interface SheetValues {
  /** Undefined for a sheet the workbook does not have (a relation may name one): its cells are empty. */
  view: SheetView | undefined;
  parsed: Map<number, ParsedValue>;
  trial: Map<number, NumberValue>;
}

/** Parsed cell values of a workbook, looked up by reference, with trial values layered on top for root-cause search. */
export class CellValues {
  private readonly sheets = new Map<string, SheetValues>();
  /** Evaluations of relations none of whose cells carried a trial value; see `remembered`. */
  private readonly evaluations = new WeakMap<Relation, unknown>();

  constructor(workbook: WorkbookGrid) {
    for (const sheet of workbook.sheets) this.sheets.set(sheet.name, { view: new SheetView(sheet), parsed: new Map(), trial: new Map() });
  }

  view(sheet: string): SheetView | undefined {
    return this.sheets.get(sheet)?.view;
  }

  get(ref: CellRef): ParsedValue {
    const sheet = this.sheets.get(ref.sheet);
    if (!sheet) return EMPTY;
    const key = ref.row * COLUMNS + ref.col;
    if (sheet.trial.size > 0) {
      const trial = sheet.trial.get(key);
      if (trial) return trial;
    }
    return this.stated(sheet, key, ref);
  }

  /** The stated value ignoring any trial value. */
  original(ref: CellRef): ParsedValue {
    const sheet = this.sheets.get(ref.sheet);
    return sheet ? this.stated(sheet, ref.row * COLUMNS + ref.col, ref) : EMPTY;
  }

  raw(ref: CellRef) {
    return this.sheets.get(ref.sheet)?.view?.cell(ref.row, ref.col);
  }

  setTrial(ref: CellRef, value: NumberValue | null): void {
    let sheet = this.sheets.get(ref.sheet);
    if (!sheet) this.sheets.set(ref.sheet, (sheet = { view: undefined, parsed: new Map(), trial: new Map() }));
    if (value) sheet.trial.set(ref.row * COLUMNS + ref.col, value);
    else sheet.trial.delete(ref.row * COLUMNS + ref.col);
  }

  /**
   * A relation's evaluation depends only on its cells' values, which change only through trial values: while
   * none of its cells carries one, the evaluation made once is the evaluation (the same relation is judged by
   * reconciliation, the root-cause search, the warnings and the fills).
   */
  remembered<T>(relation: Relation, evaluate: () => T): T {
    if (this.touchesTrial(relation)) return evaluate();
    let evaluation = this.evaluations.get(relation) as T | undefined;
    if (evaluation === undefined) this.evaluations.set(relation, (evaluation = evaluate()));
    return evaluation;
  }

  private touchesTrial(relation: Relation): boolean {
    if (this.hasTrial(relation.target)) return true;
    for (const term of relation.numerator) if (this.hasTrial(term.ref)) return true;
    if (relation.denominator) for (const term of relation.denominator) if (this.hasTrial(term.ref)) return true;
    return false;
  }

  private hasTrial(ref: CellRef): boolean {
    const sheet = this.sheets.get(ref.sheet);
    return sheet !== undefined && sheet.trial.size > 0 && sheet.trial.has(ref.row * COLUMNS + ref.col);
  }

  private stated(sheet: SheetValues, key: number, ref: CellRef): ParsedValue {
    let parsed = sheet.parsed.get(key);
    if (!parsed) sheet.parsed.set(key, (parsed = sheet.view ? parseCellValue(sheet.view.cell(ref.row, ref.col)) : EMPTY));
    return parsed;
  }
}
