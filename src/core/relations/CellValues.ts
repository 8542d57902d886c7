import type { CellRef } from '../grid/address';
import type { Relation } from './Relation';
import { SheetView } from '../grid/SheetView';
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { parseCellValue, type NumberValue, type ParsedValue } from '../values/parseCellValue';

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
  /** Trial values set over the whole workbook: while there are none, a relation's status stays what it was. */
  private trials = 0;
  /**
   * Statuses on the stated values, by relation (relations are never changed once made); see relationStatus. A Map,
   * not a WeakMap: it lives as long as these values, one analysis, and costs the garbage collector nothing meanwhile.
   */
  readonly statedStatuses = new Map<Relation, string>();

  constructor(workbook: WorkbookGrid) {
    for (const sheet of workbook.sheets) this.sheets.set(sheet.name, { view: new SheetView(sheet), parsed: new Map(), trial: new Map() });
  }

  /** A sheet made after the values were (the report text's figures): its cells, in place of any of that name. */
  addSheet(sheet: SheetGrid): void {
    this.sheets.set(sheet.name, { view: new SheetView(sheet), parsed: new Map(), trial: new Map() });
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
    const key = ref.row * COLUMNS + ref.col;
    const had = sheet.trial.has(key);
    this.log?.push({ ref, previous: sheet.trial.get(key) ?? null });
    if (value) sheet.trial.set(key, value);
    else sheet.trial.delete(key);
    this.trials += (value ? 1 : 0) - (had ? 1 : 0);
  }

  /** Trial values replaced since `mark()`, so that `rollBack()` can put them back (a search looking ahead). */
  private log: { ref: CellRef; previous: NumberValue | null }[] | null = null;
  private marks = 0;

  /** Start remembering every trial value set from now on; returns where to roll back to. */
  mark(): number {
    this.log ??= [];
    this.marks++;
    return this.log.length;
  }

  /** Undo every trial value set since `mark` returned `at`, latest first; each mark is rolled back once. */
  rollBack(at: number): void {
    const log = this.log!;
    const entries = log.splice(at);
    this.log = null;
    for (let i = entries.length - 1; i >= 0; i--) this.setTrial(entries[i].ref, entries[i].previous);
    this.marks--;
    this.log = this.marks > 0 ? log : null;
  }

  /** The trial value set at a cell, if one. */
  trialAt(ref: CellRef): NumberValue | undefined {
    return this.sheets.get(ref.sheet)?.trial.get(ref.row * COLUMNS + ref.col);
  }

  /** Every trial value gone: the values are the stated ones again. */
  clearTrials(): void {
    for (const sheet of this.sheets.values()) sheet.trial.clear();
    this.trials = 0;
  }

  /** Some sheet holds a formula. */
  hasFormulas(): boolean {
    for (const sheet of this.sheets.values()) if (sheet.view?.hasFormulas) return true;
    return false;
  }

  /** True while some trial value is set (root-cause search): statuses are then computed afresh. */
  hasTrials(): boolean {
    return this.trials > 0;
  }

  private stated(sheet: SheetValues, key: number, ref: CellRef): ParsedValue {
    let parsed = sheet.parsed.get(key);
    if (!parsed) sheet.parsed.set(key, (parsed = sheet.view ? parseCellValue(sheet.view.cell(ref.row, ref.col)) : EMPTY));
    return parsed;
  }
}
