import type { WorkbookGrid } from '../../src/core';
import { FactIndex, relationsFromFacts, type CatalogueRelations } from '../../src/core/catalogue/relationsFromFacts';
import { readTables, type ReadTable } from '../../src/core/reading/readTables';
import { CellValues } from '../../src/core/relations/CellValues';
import { recogniseSelfEvaluationTables } from '../../src/core/selfEvaluation/recogniseSelfEvaluationTables';

/**
 * The tables a workbook is read into (its 自评表s left to their own reader, as analyseWorkbook does) and the
 * relations the catalogue writes over their facts, for tests of the fact layer.
 */
export function readFacts(workbook: WorkbookGrid): { tables: ReadTable[]; catalogue: CatalogueRelations } {
  const values = new CellValues(workbook);
  const selfEvaluations = workbook.sheets.flatMap((sheet) => recogniseSelfEvaluationTables(values.view(sheet.name)!).map((t) => ({ sheet: t.sheet, range: t.range })));
  const tables = readTables(workbook, values, selfEvaluations);
  return { tables, catalogue: relationsFromFacts(tables, new FactIndex(tables), values) };
}

/** The relations of one rule whose target lies in `sheet`, as [target row, input rows] — a table's sums at a glance. */
export function sumsOn(workbook: WorkbookGrid, sheet: string, rule = 'sum'): [number, number[]][] {
  return readFacts(workbook)
    .catalogue.relations.filter((r) => r.rule === rule && r.target.sheet === sheet)
    .map((r): [number, number[]] => [r.target.row, r.numerator.map((t) => t.ref.row)]);
}

/** How many relations of each rule the catalogue writes for a workbook. */
export function ruleCounts(workbook: WorkbookGrid): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const relation of readFacts(workbook).catalogue.relations) counts[relation.rule] = (counts[relation.rule] ?? 0) + 1;
  return counts;
}
