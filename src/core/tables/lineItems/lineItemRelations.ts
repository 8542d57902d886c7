import type { CellRef } from '../../grid/address';
import { relations, type Relation } from '../../relations/Relation';
import type { LineItem, LineItemTable, ValueColumn } from './LineItemTable';

/**
 * The relations a line-item table's layout implies, column by column: each total or outline parent = Σ its
 * numbered lines; each 其中 ≤ its line; and the total's 其中:X = Σ the items' 其中:X where items break X out.
 */
export function lineItemRelations(table: LineItemTable): Relation[] {
  const out: Relation[] = [];
  for (const column of table.columns) {
    const at = (row: number): CellRef => ({ sheet: table.sheet, row, col: column.col });
    for (const section of table.sections) {
      addOutline(section, true, column, at, out);
      addOfWhichSums(section, column, at, out);
    }
  }
  return out;
}

function addOutline(line: LineItem, isTotal: boolean, column: ValueColumn, at: (row: number) => CellRef, out: Relation[]): void {
  if (line.children.length > 0) {
    const description = isTotal ? '合计 ≠ 各项目之和' : '项目 ≠ 各明细项之和';
    out.push(relations.sum(at(line.row), line.children.map((child) => at(child.row)), description, column.fillFormat));
  }
  for (const part of line.ofWhich) out.push(relations.ofWhich(at(part.row), at(line.row)));
  for (const child of line.children) addOutline(child, false, column, at, out);
}

function addOfWhichSums(section: LineItem, column: ValueColumn, at: (row: number) => CellRef, out: Relation[]): void {
  for (const part of section.ofWhich) {
    const matches = section.children.flatMap((item) => item.ofWhich.filter((p) => p.key === part.key).slice(0, 1));
    if (matches.length === 0) continue;
    out.push(relations.ofWhichSum(at(part.row), matches.map((p) => at(p.row)), column.fillFormat));
  }
}
