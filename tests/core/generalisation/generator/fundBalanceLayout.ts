import type { CellRef, GridCell, SheetCell, SheetGrid } from '../../../../src/core';
import { amountCell, notApplicableCell, rateCell } from './cellForms';
import { FUND_LABELS } from './figures';
import { flowOfKey, isRate, type FundBalanceModel, type MeasureKey } from './fundBalanceModel';
import type { ModelCell } from './fundBalanceMistakes';
import type { Reality } from './realities';
import type { Rng } from './random';
import { AXIS_WORDS, FLOW_WORDS, headerWord, NOTES, TOTAL_WORDS, typed } from './words';

/** Cells written so far on one sheet, and where each model cell went. */
export class SheetWriter {
  private readonly cells = new Map<string, SheetCell>();
  private readonly refs = new Map<string, CellRef>();

  constructor(readonly name: string) {}

  put(row: number, col: number, cell: GridCell | string | number | null): void {
    if (cell === null || cell === '') return;
    const value: GridCell = typeof cell === 'object' ? cell : { value: cell };
    this.cells.set(`${row},${col}`, { ...value, row, col });
  }

  mark(table: number, cell: ModelCell, row: number, col: number): void {
    this.refs.set(`${table}:${cell.row}:${cell.key}`, { sheet: this.name, row, col });
  }

  ref(table: number, cell: ModelCell): CellRef {
    const ref = this.refs.get(`${table}:${cell.row}:${cell.key}`);
    if (!ref) throw new Error(`model cell ${table}:${cell.row}:${cell.key} was not written`);
    return ref;
  }

  grid(): SheetGrid {
    return { name: this.name, cells: [...this.cells.values()] };
  }
}

/** The counties whose tables the stackedTables reality puts one under the other. */
const STACKED_COUNTIES = ['和静县', '焉耆县'];

interface Part {
  keys: MeasureKey[];
  title: string;
}

/** Where a written table ends: the first row under it and its last column. */
export interface Extent {
  bottom: number;
  right: number;
}

/**
 * Write one 收支余情况表 at (top, left). `realities` decides the layout: title and unit lines, header words,
 * spacer column, a blank row, 合计 first or last, fund labels and order, value forms, notes, a split into a 收入
 * table and a 支出及结余 table (either first, one under the other or side by side), or funds across.
 */
export function writeFundBalance(rng: Rng, sheet: SheetWriter, table: number, model: FundBalanceModel, realities: Set<Reality>, top: number, left: number): Extent {
  if (realities.has('transposed')) return writeTransposed(rng, sheet, table, model, realities, top, left);
  const incomeKeys = model.keys.filter((k) => flowOfKey(k) === 'income');
  // Stacked tables are two counties' figures: each title names its county, as a clerk's does.
  const county = realities.has('stackedTables') ? STACKED_COUNTIES[table % STACKED_COUNTIES.length] : '';
  const parts: Part[] =
    realities.has('splitIncomeExpenditure') && incomeKeys.length < model.keys.length
      ? [
          { keys: incomeKeys, title: `${model.year}年${county}社会保险基金收入情况表` },
          { keys: model.keys.filter((k) => flowOfKey(k) !== 'income'), title: `${model.year}年${county}社会保险基金支出及结余情况表` },
        ]
      : [{ keys: model.keys, title: `${model.year}年${county}社会保险基金收支余情况表` }];
  const order = rowOrder(rng, model, realities);
  const labels = rowLabels(rng, model, realities);
  let row = top;
  let right = left;
  let bottom = top;
  for (const part of realities.has('splitBalanceFirst') ? [...parts].reverse() : parts) {
    const columns = withSpacer(rng, part.keys, realities);
    // Side by side: the next part starts on the first row, right of the last, after one or two blank columns.
    if (realities.has('sideBySide') && right > left) {
      row = top;
      left = right + 1 + rng.int(1, 2);
    }
    right = left + columns.length;
    if (realities.has('titleAndUnitLine') || parts.length > 1 || realities.has('stackedTables')) {
      sheet.put(row++, left, part.title);
      if (!realities.has('headerUnits')) sheet.put(row++, left + columns.length, `单位：${model.unit}`);
    }
    if (!realities.has('absentHeaders')) {
      const unknown = realities.has('unknownHeaders');
      if (!unknown) sheet.put(row, left, typed(rng, rng.pick(AXIS_WORDS), realities));
      let previousFlow = '';
      columns.forEach((key, i) => {
        if (!key) return;
        const flow = flowOfKey(key);
        if (!unknown && flow !== previousFlow) sheet.put(row, left + 1 + i, typed(rng, rng.pick(FLOW_WORDS[flow]), realities));
        previousFlow = flow;
        sheet.put(row + 1, left + 1 + i, headerWord(rng, key, realities, model.year, model.unit, i));
      });
      row += realities.has('blankRowUnderHeader') ? 3 : 2;
    }
    for (const index of order) {
      sheet.put(row, left, labels[index]);
      columns.forEach((key, i) => {
        if (key) writeValue(rng, sheet, table, model, realities, { row: index, key }, row, left + 1 + i);
      });
      row++;
    }
    bottom = Math.max(bottom, row);
  }
  row = bottom;
  if (realities.has('notesAndFooters')) {
    sheet.put(row++, left, rng.pick(NOTES));
    sheet.put(row, left, '填表人：张明');
    sheet.put(row, left + 3, '审核人：李华');
    sheet.put(row++, left + 6, '负责人：王强');
  }
  return { bottom: row, right };
}

function writeTransposed(rng: Rng, sheet: SheetWriter, table: number, model: FundBalanceModel, realities: Set<Reality>, top: number, left: number): Extent {
  const order = rowOrder(rng, model, realities);
  const labels = rowLabels(rng, model, realities);
  let row = top;
  if (realities.has('titleAndUnitLine') || realities.has('stackedTables')) {
    const county = realities.has('stackedTables') ? STACKED_COUNTIES[table % STACKED_COUNTIES.length] : '';
    sheet.put(row++, left, `${model.year}年${county}社会保险基金收支分析表`);
    if (!realities.has('headerUnits')) sheet.put(row++, left + order.length + 1, `单位：${model.unit}`);
  }
  sheet.put(row, left, typed(rng, rng.pick(AXIS_WORDS), realities));
  order.forEach((index, i) => sheet.put(row, left + 2 + i, labels[index]));
  row++;
  let previousFlow = '';
  model.keys.forEach((key, k) => {
    const flow = flowOfKey(key);
    if (flow !== previousFlow) sheet.put(row, left, typed(rng, rng.pick(FLOW_WORDS[flow]), realities));
    previousFlow = flow;
    sheet.put(row, left + 1, headerWord(rng, key, realities, model.year, model.unit, k));
    order.forEach((index, i) => writeValue(rng, sheet, table, model, realities, { row: index, key }, row, left + 2 + i));
    row++;
  });
  return { bottom: row, right: left + 1 + order.length };
}

function writeValue(rng: Rng, sheet: SheetWriter, table: number, model: FundBalanceModel, realities: Set<Reality>, cell: ModelCell, row: number, col: number): void {
  const value = model.rows[cell.row].shown.get(cell.key);
  sheet.mark(table, cell, row, col);
  if (value === undefined) return;
  if (value === null) {
    sheet.put(row, col, notApplicableCell(rng));
    return;
  }
  // Points need a header that says %: only then may a bare 5.72 mean 5.72%.
  const pointsAllowed = realities.has('headerUnits');
  sheet.put(row, col, isRate(cell.key) ? rateCell(rng, value, model.rateDecimals, realities, pointsAllowed) : amountCell(rng, value, model.amountDecimals, realities));
}

function rowOrder(rng: Rng, model: FundBalanceModel, realities: Set<Reality>): number[] {
  const total = model.rows.length - 1;
  const part = model.rows.findIndex((row) => row.ofWhich);
  const funds = Array.from({ length: total }, (_, i) => i).filter((i) => i !== part);
  let ordered = realities.has('fundOrder') ? rng.shuffle(funds) : funds;
  if (part >= 0) {
    // The 其中 row stays under its 职工医疗 row; half the time that pair comes last, so the 合计 follows a 其中 block.
    const parent = part - 1;
    if (!realities.has('totalFirst') && rng.chance(0.5)) ordered = [...ordered.filter((i) => i !== parent), parent];
    ordered = ordered.flatMap((i) => (i === parent ? [i, part] : [i]));
  }
  return realities.has('totalFirst') ? [total, ...ordered] : [...ordered, total];
}

/**
 * The row labels. Under unknownHeaders and absentHeaders the lines still name the funds and the 合计: figures
 * with no word of the report at all are no report's, and FundCheck says nothing of them (notTables.test.ts).
 */
function rowLabels(rng: Rng, model: FundBalanceModel, realities: Set<Reality>): string[] {
  return model.rows.map((row) => {
    if (row.fund === null) {
      const word = realities.has('totalLabels') ? rng.pick(TOTAL_WORDS) : '合计';
      return typed(rng, word, realities);
    }
    if (row.ofWhich) return typed(rng, rng.pick(['其中：生育保险', '其中：生育', '其中:生育保险']), realities);
    const names = FUND_LABELS[row.fund];
    return typed(rng, realities.has('fundAbbreviations') ? rng.pick(names.slice(1)) : names[0], realities);
  });
}

/** The columns with, under the spacerColumn reality, one empty column (null) somewhere inside. */
function withSpacer(rng: Rng, keys: MeasureKey[], realities: Set<Reality>): (MeasureKey | null)[] {
  if (!realities.has('spacerColumn') || keys.length < 2) return keys;
  const at = rng.int(1, keys.length - 1);
  return [...keys.slice(0, at), null, ...keys.slice(at)];
}
