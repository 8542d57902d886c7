import { cellKey, type CellRef } from './grid/address';
import type { WorkbookGrid } from './grid/types';
import { CellValues } from './relations/CellValues';
import { checkRelations } from './relations/checkRelations';
import type { Analysis, Finding, PlannedFill } from './report/types';
import { DEFAULT_POLICY, resolvePolicy, type ScoringPolicy } from './scoring/ScoringPolicy';
import { analyseSelfEvaluations } from './selfEvaluation/analyseSelfEvaluations';
import { recogniseNumericTables } from './discovery/recogniseNumericTables';
import { reconcileRelations } from './discovery/reconcileRelations';
import { dropDoubleReadings } from './tables/dropDoubleReadings';
import { recogniseFundBalanceTables } from './tables/fundBalance/recogniseFundBalanceTables';
import { recogniseLineItemTables } from './tables/lineItems/recogniseLineItemTables';

export interface AnalyseOptions {
  /** A policy object, or the name of a preset. */
  policy?: ScoringPolicy | string;
}

/**
 * The core's one entry point: recognise every table in the workbook, check every relation, score every
 * self-evaluation indicator and plan the fills. Pure: the workbook is not changed.
 */
export function analyseWorkbook(workbook: WorkbookGrid, options: AnalyseOptions = {}): Analysis {
  const policy = typeof options.policy === 'string' ? resolvePolicy(options.policy) : options.policy ?? DEFAULT_POLICY;
  const values = new CellValues(workbook);

  const lineItems = recogniseLineItemTables(workbook, values);
  const { fundTables, lineItemTables, crossTableRelations } = dropDoubleReadings(
    recogniseFundBalanceTables(workbook, values),
    lineItems.tables,
    lineItems.crossTableRelations,
  );
  const selfEvaluations = analyseSelfEvaluations(workbook, values, policy, { expenditureByFund: lineItems.expenditureByFund });
  // The numbers confirm (or correct) the words, and read the tables no words describe.
  const reconciled = reconcileRelations([...fundTables, ...lineItemTables, ...selfEvaluations], values);
  const allTables = [...reconciled.tables, ...recogniseNumericTables(workbook, values, reconciled.tables)];
  const relations = [...allTables.flatMap((t) => t.relations), ...crossTableRelations];
  const relationCheck = checkRelations(relations, values);

  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  return {
    tables: allTables
      .map((t) => ({ sheet: t.sheet, range: t.range, kind: t.kind, ...(t.title ? { title: t.title } : {}) }))
      .sort((a, b) => byPosition(sheetOrder, { sheet: a.sheet, row: a.range.top, col: a.range.left }, { sheet: b.sheet, row: b.range.top, col: b.range.left })),
    findings: [...allTables.flatMap((t) => t.findings), ...reconciled.findings, ...relationCheck.findings].sort(
      (a, b) => byPosition(sheetOrder, a.at, b.at) || severityRank(a) - severityRank(b),
    ),
    // A table's own fills (a 自评表's policy scores) come before those computed from relations.
    fills: mergeFills(allTables.flatMap((t) => t.fills ?? []), relationCheck.fills).sort((a, b) => byPosition(sheetOrder, a.at, b.at)),
    review: allTables.flatMap((t) => t.review ?? []),
    indicators: allTables.flatMap((t) => t.indicators ?? []),
    policy: { name: policy.name, settings: { ...policy } },
  };
}

function mergeFills(...lists: PlannedFill[][]): PlannedFill[] {
  const byCell = new Map<string, PlannedFill>();
  for (const fill of lists.flat()) if (!byCell.has(cellKey(fill.at))) byCell.set(cellKey(fill.at), fill);
  return [...byCell.values()];
}

function severityRank(finding: Finding): number {
  return finding.severity === 'error' ? 0 : finding.severity === 'warning' ? 1 : 2;
}

function byPosition(order: Map<string, number>, a: CellRef, b: CellRef): number {
  return (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.row - b.row || a.col - b.col;
}
