import { fromA1, rangeToA1 } from './grid/address';
import type { WorkbookGrid } from './grid/types';
import { CellValues } from './relations/CellValues';
import { checkRelations } from './relations/checkRelations';
import type { Analysis, Finding, PlannedFill } from './report/types';
import { DEFAULT_POLICY, resolvePolicy, type ScoringPolicy } from './scoring/ScoringPolicy';
import { analyseSelfEvaluations } from './selfEvaluation/analyseSelfEvaluations';
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
  const selfEvaluation = analyseSelfEvaluations(workbook, values, policy, { expenditureByFund: lineItems.expenditureByFund });
  const allTables = [...fundTables, ...lineItemTables, ...selfEvaluation.tables];
  const relations = [...allTables.flatMap((t) => t.relations), ...crossTableRelations];
  const relationCheck = checkRelations(relations, values);

  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  return {
    tables: allTables
      .map((t) => ({ sheet: t.sheet, range: rangeToA1(t.range), kind: t.kind, ...(t.title ? { title: t.title } : {}) }))
      .sort((a, b) => byPosition(sheetOrder, a, b, a.range.split(':')[0], b.range.split(':')[0])),
    findings: [...allTables.flatMap((t) => t.findings), ...relationCheck.findings, ...selfEvaluation.findings].sort((a, b) =>
      byPosition(sheetOrder, a, b, a.cell, b.cell) || severityRank(a) - severityRank(b),
    ),
    fills: mergeFills(selfEvaluation.fills, relationCheck.fills).sort((a, b) => byPosition(sheetOrder, a, b, a.cell, b.cell)),
    review: selfEvaluation.review,
    indicators: selfEvaluation.indicators,
    policy: { name: policy.name, settings: { ...policy } },
  };
}

function mergeFills(...lists: PlannedFill[][]): PlannedFill[] {
  const byCell = new Map<string, PlannedFill>();
  for (const fill of lists.flat()) if (!byCell.has(`${fill.sheet}!${fill.cell}`)) byCell.set(`${fill.sheet}!${fill.cell}`, fill);
  return [...byCell.values()];
}

function severityRank(finding: Finding): number {
  return finding.severity === 'error' ? 0 : finding.severity === 'warning' ? 1 : 2;
}

function byPosition(order: Map<string, number>, a: { sheet: string }, b: { sheet: string }, cellA: string, cellB: string): number {
  const sheet = (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0);
  if (sheet !== 0) return sheet;
  const pa = fromA1(cellA);
  const pb = fromA1(cellB);
  return pa.row - pb.row || pa.col - pb.col;
}
