import { cellKey, type CellRange, type CellRef, type Finding, type Severity, type TableSummary } from '../core';

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
  const byKey = new Map(findings.map((f) => [cellKey(f.at), f]));
  const roots = findings.filter((f) => !f.causedBy || !byKey.has(cellKey(f.causedBy)));
  const visibleRoots = new Set(roots.filter((f) => shown.has(f.severity)));
  const nodes: FindingNode[] = [...visibleRoots].map((finding) => ({ finding, consequences: [] }));
  const nodeOf = new Map(nodes.map((n) => [cellKey(n.finding.at), n]));
  for (const f of findings) {
    if (!f.causedBy || !byKey.has(cellKey(f.causedBy))) continue;
    const root = nodeOf.get(cellKey(f.causedBy));
    if (root && root.finding !== f) root.consequences.push(f);
    else if (shown.has(f.severity)) nodes.push({ finding: f, consequences: [] });
  }

  const sheets: SheetGroup[] = [];
  for (const node of nodes) {
    const at = node.finding.at;
    let sheet = sheets.find((s) => s.sheet === at.sheet);
    if (!sheet) sheets.push((sheet = { sheet: at.sheet, tables: [] }));
    const table = tables.find((t) => t.sheet === at.sheet && contains(t.range, at)) ?? null;
    let group = sheet.tables.find((g) => g.table === table);
    if (!group) sheet.tables.push((group = { table, nodes: [] }));
    group.nodes.push(node);
  }
  const sheetOrder = (name: string) => findings.findIndex((f) => f.at.sheet === name);
  sheets.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet));
  for (const sheet of sheets) {
    sheet.tables.sort((a, b) => (a.table ? tables.indexOf(a.table) : Infinity) - (b.table ? tables.indexOf(b.table) : Infinity));
    for (const group of sheet.tables) group.nodes.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || position(a.finding.at, b.finding.at));
  }
  return sheets;
}

function contains(range: CellRange, c: CellRef): boolean {
  return c.row >= range.top && c.row <= range.bottom && c.col >= range.left && c.col <= range.right;
}

function position(a: CellRef, b: CellRef): number {
  return a.row - b.row || a.col - b.col;
}
