import type { CellValues } from '../relations/CellValues';
import { relationStatus } from '../relations/relationStatus';
import { eachRelationCell, type Relation } from '../relations/Relation';
import type { CellRef } from '../grid/address';
import type { Finding } from '../report/types';
import type { RecognisedTable } from '../tables/RecognisedTable';
import { columnName, INFERRED, relationOf } from './candidates';
import { discoverRelations } from './discoverRelations';
import type { NumberBlock } from './findNumberBlocks';

/**
 * Let the numbers confirm the words. Where the relation a column's header implies fails on most of its rows (a
 * column labelled one thing and holding another, a year typed in place of 本年/上年) while a relation discovered
 * from the numbers holds on a clear majority, the discovered relation replaces it and an info finding says so.
 */
export function reconcileRelations(tables: RecognisedTable[], values: CellValues): { tables: RecognisedTable[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const out = tables.map((table) => {
    if (table.kind === 'self-evaluation' || table.kind === 'numeric') return table;
    const failing = failingLines(table.relations, values);
    if (failing.length === 0) return table;
    const block = blockOf(table);
    const name = (col: number) => columnName(values.view(table.sheet)?.text(table.range.top, col).trim() || null, col);
    // A line is replaced only by a candidate aimed at its own column: when the numbers hold none, the rest of the
    // discovery (every column's candidates, to tell derived columns) would change nothing and is not made.
    const discovery = discoverRelations(block, values, name, { columnsOnly: true, wanted: new Set(failing.map((line) => line[0].target.col)) });
    let relations = table.relations;
    for (const line of failing) {
      const col = line[0].target.col;
      // The numbers must name a standard measure of the table's own inputs (本年 ÷ 预算, 本年 − 上年 with the years
      // the other way round), not a quotient of derived figures: 增减 ÷ 本年 under 增长率 is a rate on the wrong
      // base, a mistake to report, not a column to relabel.
      const derived = new Set(discovery.columns.map((c) => c.candidate.target));
      const found = discovery.ranked.find((c) => block.cols[c.candidate.target] === col && !derived.has(c.candidate.a) && !derived.has(c.candidate.b));
      if (!found) continue;
      const replacement = line.map((r) => relationOf(found.candidate, r.target.row, table.sheet, block.cols, name));
      relations = [...relations.filter((r) => !line.includes(r)), ...replacement];
      findings.push({
        at: line[0].target,
        severity: 'info',
        rule: 'inferredRelation',
        stated: null,
        expected: null,
        message: `此列按表头应满足“${line[0].description.replace('≠', '=')}”，但多数行不成立；数值表明本列满足“${replacement[0].description.replace('≠', '=').replace(INFERRED, '')}”，已按后者核对${INFERRED}`,
        related: [],
      });
    }
    return relations === table.relations ? table : { ...table, relations };
  });
  return { tables: out, findings };
}

/** Lines of one rule down one column (at least three rows) whose relations are violated on more than half. */
function failingLines(relations: Relation[], values: CellValues): Relation[][] {
  const lines = new Map<string, Relation[]>();
  for (const relation of relations) {
    if (relation.comparison === 'atMost' || relation.rule === 'sum' || relation.rule === 'ofWhichSum' || relation.rule === 'crossSheetBalance') continue;
    const key = `${relation.rule}|${relation.target.sheet}|${relation.target.col}`;
    const line = lines.get(key);
    if (line) line.push(relation);
    else lines.set(key, [relation]);
  }
  return [...lines.values()].filter((line) => {
    const statuses = line.map((r) => relationStatus(r, values));
    const violated = statuses.filter((s) => s === 'violated').length;
    return line.length >= 3 && violated * 2 > statuses.filter((s) => s === 'holds' || s === 'violated').length;
  });
}

/** The rows and columns a table's relations touch, on its own sheet. */
function blockOf(table: RecognisedTable): NumberBlock {
  const rows = new Set<number>();
  const cols = new Set<number>();
  const visit = (ref: CellRef) => {
    if (ref.sheet !== table.sheet) return;
    rows.add(ref.row);
    cols.add(ref.col);
  };
  for (const relation of table.relations) eachRelationCell(relation, visit);
  return { sheet: table.sheet, rows: [...rows].sort((a, b) => a - b), cols: [...cols].sort((a, b) => a - b) };
}
