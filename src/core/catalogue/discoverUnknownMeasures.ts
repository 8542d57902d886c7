import type { CellValues } from '../relations/CellValues';
import type { Relation } from '../relations/Relation';
import { columnName } from '../discovery/candidates';
import { discoverRelations } from '../discovery/discoverRelations';
import type { ReadTable } from '../reading/readTables';

/**
 * A report table whose headers name no measure the vocabulary knows (`栏目一`, or no header row): its lines are
 * the report's (funds, a 合计) but what each column holds is told by the numbers alone — relation discovery's
 * differences, sums, ratios and growth rates, and a total row, each accepted only where it holds on a clear
 * majority of rows. A table without a word of the report never gets here: numbers alone make no finding.
 */
export function discoverUnknownMeasures(tables: ReadTable[], values: CellValues): { relations: Relation[]; rates: Set<string> } {
  const out: Relation[] = [];
  const rates = new Set<string>();
  for (const table of tables) {
    const unknown = new Set(table.facts.filter((f) => f.dims.derivation === 'unknown').map((f) => f.at.col));
    if (unknown.size === 0) continue;
    const rows = table.rows.filter((m) => m.hasData && !m.hidden).map((m) => m.index);
    const cols = table.columns.filter((m) => m.hasData && !m.hidden).map((m) => m.index);
    if (rows.length < 3 || cols.length < 2) continue;
    const view = values.view(table.sheet);
    const name = (col: number) => {
      const member = table.columns.find((m) => m.index === col);
      const header = member?.path[member.path.length - 1]?.replace(/\s+/g, '') ?? view?.text(rows[0] - 1, col).replace(/\s+/g, '') ?? '';
      return columnName(header || null, col);
    };
    const wordsTotal = table.edges.some((e) => e.kind === 'sum');
    const discovery = discoverRelations({ sheet: table.sheet, rows, cols }, values, name);
    for (const { candidate } of discovery.columns) {
      if (candidate.shape === 'ratio' || candidate.shape === 'growth') rates.add(`${table.id}:${cols[candidate.target]}`);
    }
    for (const relation of discovery.relations) {
      if (!unknown.has(relation.target.col)) continue;
      // The words already know the 合计 row: its sums come from the outline, not from the numbers.
      if (relation.rule === 'sum' && wordsTotal) continue;
      out.push(relation);
    }
  }
  return { relations: out, rates };
}
