import { fromA1, type Finding, type Severity, type TableSummary } from '../core';

/** A finding shown in the list, with the findings it causes (their `causedBy` names it) folded under it. */
export interface FindingNode {
  finding: Finding;
  consequences: Finding[];
}

export interface TableGroup {
  /** The table the cells belong to, or null for cells outside every recognised table. */
  table: TableSummary | null;
  nodes: FindingNode[];
}

export interface SheetGroup {
  sheet: string;
  tables: TableGroup[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings grouped by sheet (in workbook order), then by table, root causes first. A consequence is shown under its
 * root cause when that root is shown; on its own only when its root is filtered out and its own severity is shown.
 */
export function groupFindings(findings: Finding[], tables: TableSummary[], shown: ReadonlySet<Severity>): SheetGroup[] {
  const byKey = new Map(findings.map((f) => [`${f.sheet}!${f.cell}`, f]));
  const roots = findings.filter((f) => !f.causedBy || !byKey.has(f.causedBy));
  const visibleRoots = new Set(roots.filter((f) => shown.has(f.severity)));
  const nodes: FindingNode[] = [...visibleRoots].map((finding) => ({ finding, consequences: [] }));
  const nodeOf = new Map(nodes.map((n) => [`${n.finding.sheet}!${n.finding.cell}`, n]));
  for (const f of findings) {
    if (!f.causedBy || !byKey.has(f.causedBy)) continue;
    const root = nodeOf.get(f.causedBy);
    if (root && root.finding !== f) root.consequences.push(f);
    else if (shown.has(f.severity)) nodes.push({ finding: f, consequences: [] });
  }

  const sheets: SheetGroup[] = [];
  for (const node of nodes) {
    let sheet = sheets.find((s) => s.sheet === node.finding.sheet);
    if (!sheet) sheets.push((sheet = { sheet: node.finding.sheet, tables: [] }));
    const table = tables.find((t) => t.sheet === node.finding.sheet && contains(t.range, node.finding.cell)) ?? null;
    let group = sheet.tables.find((g) => g.table === table);
    if (!group) sheet.tables.push((group = { table, nodes: [] }));
    group.nodes.push(node);
  }
  const sheetOrder = (name: string) => findings.findIndex((f) => f.sheet === name);
  sheets.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet));
  for (const sheet of sheets) {
    sheet.tables.sort((a, b) => (a.table ? tables.indexOf(a.table) : Infinity) - (b.table ? tables.indexOf(b.table) : Infinity));
    for (const group of sheet.tables) group.nodes.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || position(a.finding.cell, b.finding.cell));
  }
  return sheets;
}

function contains(range: string, cell: string): boolean {
  const [from, to = from] = range.split(':');
  const a = fromA1(from);
  const b = fromA1(to);
  const c = fromA1(cell);
  return c.row >= a.row && c.row <= b.row && c.col >= a.col && c.col <= b.col;
}

function position(x: string, y: string): number {
  const a = fromA1(x);
  const b = fromA1(y);
  return a.row - b.row || a.col - b.col;
}
