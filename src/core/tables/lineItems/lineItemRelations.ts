import type { CellRef } from '../../grid/address';
import type { CellValues } from '../../relations/CellValues';
import { relations, type Relation } from '../../relations/Relation';
import { readRatesCellByCell } from '../../values/percentReading';
import type { MeasureRole } from '../../vocabulary';
import type { LineItem, LineItemTable, ValueColumn } from './LineItemTable';
import { allItems } from './readSections';

/**
 * The relations a line-item table's layout implies, column by column: each total or outline parent = Σ its
 * numbered lines; each 小计 = Σ the lines it closes; each 其中 ≤ its line; the total's 其中:X = Σ the items'
 * 其中:X where items break X out; and, row by row, 完成预算% / 增长率 / 增减 from the row's amounts.
 */
export function lineItemRelations(table: LineItemTable, values: CellValues): Relation[] {
  const out: Relation[] = [];
  for (const column of table.columns) {
    const at = (row: number): CellRef => ({ sheet: table.sheet, row, col: column.col });
    for (const section of table.sections) {
      addOutline(section, true, column, at, out);
      addOfWhichSums(section, column, at, out);
    }
  }
  out.push(...rowRelations(table, values));
  return out;
}

function addOutline(line: LineItem, isTotal: boolean, column: ValueColumn, at: (row: number) => CellRef, out: Relation[]): void {
  if (line.children.length > 0) {
    const description = isTotal ? '合计 ≠ 各项目之和' : '项目 ≠ 各明细项之和';
    out.push(relations.sum(at(line.row), line.children.map((child) => at(child.row)), description, column.fillFormat));
  }
  for (const subtotal of line.subtotals) {
    out.push(relations.sum(at(subtotal.row), subtotal.parts.map((part) => at(part.row)), '小计 ≠ 各项目之和', column.fillFormat));
  }
  if (mayBoundParts(column)) for (const part of line.ofWhich) out.push(relations.ofWhich(at(part.row), at(line.row)));
  for (const child of line.children) addOutline(child, false, column, at, out);
}

/**
 * 其中 ≤ its line holds for amounts that cannot be negative; an 增减 column (or a 结余 that turns negative) can hold
 * −100 on the line and −50 on its 其中, which is no error.
 */
function mayBoundParts(column: ValueColumn): boolean {
  return column.role !== 'change' && column.role !== 'netBalance' && column.role !== 'closingBalance' && column.role !== 'openingBalance';
}

function addOfWhichSums(section: LineItem, column: ValueColumn, at: (row: number) => CellRef, out: Relation[]): void {
  for (const part of section.ofWhich) {
    const matches = section.children.flatMap((item) => item.ofWhich.filter((p) => p.key === part.key).slice(0, 1));
    if (matches.length === 0) continue;
    out.push(relations.ofWhichSum(at(part.row), matches.map((p) => at(p.row)), column.fillFormat));
  }
}

/** Every labelled row of the table that carries figures: totals, items, 小计 and 其中 lines. */
function figureRows(table: LineItemTable): number[] {
  const lines = table.sections.flatMap((s) => [s, ...allItems(s)]);
  return [...lines.map((l) => l.row), ...lines.flatMap((l) => [...l.ofWhich.map((p) => p.row), ...l.subtotals.map((s) => s.row)])];
}

/** A 决算表 with 预算数, 决算数 and 上年数 columns states, on each row, the rates and change between them. */
function rowRelations(table: LineItemTable, values: CellValues): Relation[] {
  const byRole = (role: MeasureRole) => table.columns.find((c) => c.role === role);
  const budget = byRole('budget');
  const actual = byRole('actual');
  const prior = byRole('prior');
  const rows = figureRows(table);
  const at = (row: number, column: ValueColumn): CellRef => ({ sheet: table.sheet, row, col: column.col });
  const out: Relation[] = [];
  out.push(...fundColumnSums(table, rows));
  const change = byRole('change');
  if (change && actual && prior) out.push(...rows.map((row) => relations.change(at(row, change), at(row, actual), at(row, prior), change.fillFormat)));
  for (const rate of table.rateColumns) {
    const make =
      rate.role === 'executionRate' && actual && budget
        ? (row: number) => relations.executionRate(at(row, rate), at(row, actual), at(row, budget), rate.fillFormat)
        : rate.role === 'growthRate' && actual && prior
          ? (row: number) => relations.growthRate(at(row, rate), at(row, actual), at(row, prior), rate.fillFormat)
          : null;
    if (!make) continue;
    const line = rows.map(make);
    out.push(...readRatesCellByCell(line, values, rate.header));
  }
  return out;
}

/** A table with a 合计 column and a column per fund: on every row, 合计 = Σ the funds (其中 columns left out). */
function fundColumnSums(table: LineItemTable, rows: number[]): Relation[] {
  const total = table.columns.find((c) => c.fund === 'total');
  const funds = table.columns.filter((c) => c.fund !== null && c.fund !== 'total' && !c.ofWhich);
  if (!total || funds.length < 2) return [];
  const at = (row: number, column: ValueColumn): CellRef => ({ sheet: table.sheet, row, col: column.col });
  return rows.map((row) => relations.sum(at(row, total), funds.map((f) => at(row, f)), '合计 ≠ 本行各险种之和', total.fillFormat));
}
