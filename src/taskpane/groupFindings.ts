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
 * Linear in findings and tables (a workbook of a thousand county sheets is grouped in a few milliseconds).
 */
export function groupFindings(findings: Finding[], tables: TableSummary[], shown: ReadonlySet<Severity>): SheetGroup[] {
  const byKey = new Map(findings.map((f) => [cellKey(f.at), f]));
  const roots = findings.filter((f) => !f.causedBy || !byKey.has(cellKey(f.causedBy)));
  const nodes: FindingNode[] = roots.filter((f) => shown.has(f.severity)).map((finding) => ({ finding, consequences: [] }));
  const nodeOf = new Map(nodes.map((n) => [cellKey(n.finding.at), n]));
  for (const f of findings) {
    if (!f.causedBy || !byKey.has(cellKey(f.causedBy))) continue;
    const root = nodeOf.get(cellKey(f.causedBy));
    if (root && root.finding !== f) root.consequences.push(f);
    else if (shown.has(f.severity)) nodes.push({ finding: f, consequences: [] });
  }

  const tablesOf = new Map<string, { table: TableSummary; order: number }[]>();
  tables.forEach((table, order) => {
    const list = tablesOf.get(table.sheet) ?? [];
    list.push({ table, order });
    tablesOf.set(table.sheet, list);
  });
  const sheetOrder = new Map<string, number>();
  findings.forEach((f, i) => {
    if (!sheetOrder.has(f.at.sheet)) sheetOrder.set(f.at.sheet, i);
  });

  const sheets = new Map<string, { group: SheetGroup; byTable: Map<TableSummary | null, TableGroup> }>();
  for (const node of nodes) {
    const at = node.finding.at;
    let sheet = sheets.get(at.sheet);
    if (!sheet) sheets.set(at.sheet, (sheet = { group: { sheet: at.sheet, tables: [] }, byTable: new Map() }));
    const table = tablesOf.get(at.sheet)?.find((t) => contains(t.table.range, at))?.table ?? null;
    let group = sheet.byTable.get(table);
    if (!group) {
      sheet.byTable.set(table, (group = { table, nodes: [] }));
      sheet.group.tables.push(group);
    }
    group.nodes.push(node);
  }
  const tableOrder = new Map(tables.map((t, i) => [t, i]));
  const out = [...sheets.values()].map((s) => s.group).sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0));
  for (const sheet of out) {
    sheet.tables.sort((a, b) => (a.table ? (tableOrder.get(a.table) ?? 0) : Infinity) - (b.table ? (tableOrder.get(b.table) ?? 0) : Infinity));
    for (const group of sheet.tables) group.nodes.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || position(a.finding.at, b.finding.at));
  }
  return out;
}

/** The first `limit` findings of the grouped list (whole groups cut where the limit falls), and how many are left. */
export function limitGroups(groups: SheetGroup[], limit: number): { groups: SheetGroup[]; rest: number; total: number } {
  const total = groups.reduce((n, s) => n + s.tables.reduce((m, g) => m + g.nodes.length, 0), 0);
  if (total <= limit) return { groups, rest: 0, total };
  let budget = limit;
  const out: SheetGroup[] = [];
  for (const sheet of groups) {
    if (budget <= 0) break;
    const tables: TableGroup[] = [];
    for (const group of sheet.tables) {
      if (budget <= 0) break;
      const nodes = group.nodes.slice(0, budget);
      budget -= nodes.length;
      tables.push({ ...group, nodes });
    }
    out.push({ ...sheet, tables });
  }
  return { groups: out, rest: total - limit, total };
}

/** Whether the range holds the cell (same sheet assumed). */
export function contains(range: CellRange, c: { row: number; col: number }): boolean {
  return c.row >= range.top && c.row <= range.bottom && c.col >= range.left && c.col <= range.right;
}

function position(a: CellRef, b: CellRef): number {
  return a.row - b.row || a.col - b.col;
}
