import { cellKey, type CellRef } from './grid/address';
import { CellMap } from './grid/CellMap';
import type { WorkbookGrid } from './grid/types';
import { CellValues } from './relations/CellValues';
import { checkRelations } from './relations/checkRelations';
import type { Relation } from './relations/Relation';
import type { Analysis, Finding, PlannedFill } from './report/types';
import { DEFAULT_POLICY, resolvePolicy, type ScoringPolicy } from './scoring/ScoringPolicy';
import { analyseSelfEvaluations, selfEvaluationLayouts } from './selfEvaluation/analyseSelfEvaluations';
import { readTables, type ReadTable } from './reading/readTables';
import type { SheetTemplates } from './reading/sheetTemplates';
import { FactIndex, relationsFromFacts } from './catalogue/relationsFromFacts';
import { believeLines } from './catalogue/believeLines';
import { discoverUnknownMeasures } from './catalogue/discoverUnknownMeasures';
import type { FundId } from './vocabulary';
import type { ReportDocument } from './reportText/ReportDocument';
import { textTables } from './reportText/textTables';
import { withSlipHints } from './reportText/slipHints';
import { mostNamedYear, textSheetNamesFor, TextPlaces } from './reportText/textPlaces';

export interface AnalyseOptions {
  /** A policy object, or the name of a preset. */
  policy?: ScoringPolicy | string;
  /**
   * The report's text (its paragraphs, and the tables inside it as sheets): its figures are read as facts of the
   * same model and checked with the workbook's, against each other and against the tables.
   */
  documents?: ReportDocument[];
  /**
   * Sheets read in earlier analyses of a batch (counties' workbooks made from one template): a sheet that copies
   * one of them is read as it was (sheetTemplates.ts). Without it, only copies within the workbook are.
   */
  templates?: SheetTemplates;
}

/**
 * The core's one entry point, one pass down the data's path: cells → facts (every table read, every figure
 * labelled) → relations (the catalogue over the facts, each line believed only where most of it holds) →
 * findings (interval rounding, root cause). The 自评表s are read and scored on their own, fed by the facts
 * (each fund's 决算 expenditure). Pure: the workbook is not changed.
 */
export function analyseWorkbook(workbook: WorkbookGrid, options: AnalyseOptions = {}): Analysis {
  const policy = typeof options.policy === 'string' ? resolvePolicy(options.policy) : options.policy ?? DEFAULT_POLICY;
  const documents = options.documents ?? [];
  // The documents' own tables are sheets like the workbook's; their sentences' figures, a sheet each of their own.
  const tabled: WorkbookGrid = documents.length ? { ...workbook, sheets: [...workbook.sheets, ...documents.flatMap((d) => d.tables)] } : workbook;
  const textSheetNames = textSheetNamesFor(tabled, documents);
  // The text's own sheets join the values once its figures are read (addSheet), before any relation asks of them.
  const values = new CellValues(tabled);

  const layouts = selfEvaluationLayouts(tabled, values);
  const selfEvaluationRanges = layouts.map((t) => ({ sheet: t.sheet, range: t.range }));
  const tables = readTables(tabled, values, selfEvaluationRanges, options.templates ? { templates: options.templates } : {});
  // The text's year is the tables' report year where there are tables; else the year its sentences name most.
  const text = new TextPlaces();
  const tablesYear = reportYearOf(tables);
  documents.forEach((document, i) => {
    const sheet = textSheetNames[i];
    const read = textTables(document, sheet, tables.length, tablesYear ?? mostNamedYear(document));
    values.addSheet(read.sheet);
    tables.push(...read.tables);
    text.add(sheet, read.places);
  });
  const facts = new FactIndex(tables);
  const discovered = discoverUnknownMeasures(tables, values);
  const believed = believeLines(relationsFromFacts(tables, facts, values, discovered.rates), values);
  const selfEvaluations = analyseSelfEvaluations(layouts, values, policy, { expenditureByFund: expenditureByFund(tables) });

  const relations = [...believed.relations, ...discovered.relations, ...selfEvaluations.flatMap((t) => t.relations)];
  const hidden = hiddenCells(tables);
  const relationCheck = checkRelations(relations, values, (ref) => hidden.has(ref), believed.unwrittenCopies);

  const sheetOrder = new Map([...tabled.sheets.map((s) => s.name), ...textSheetNames].map((name, i) => [name, i]));
  // A table is reported where something of it is checked: figures with nothing to check (a 参保人数 list) are no table.
  const checked = checkedTables(tables, relations).filter((t) => t.kind !== 'report-text');
  const summaries = [
    ...checked.map((t) => ({ sheet: t.sheet, range: t.range, kind: t.kind, ...(t.title ? { title: t.title } : {}) })),
    ...selfEvaluations.map((t) => ({ sheet: t.sheet, range: t.range, kind: t.kind, ...(t.title ? { title: t.title } : {}) })),
  ];
  const placed = [...tables.flatMap(unitInLabelFindings), ...believed.findings, ...selfEvaluations.flatMap((t) => t.findings), ...relationCheck.findings]
    // A figure no reader of the table sees (hidden) may confirm a relation, never be reported.
    .filter((f) => !hidden.has(f.at))
    .map((f) => text.placed(f));
  const findings = withSlipHints(placed, tables, values);
  return {
    tables: summaries.sort((a, b) => byPosition(sheetOrder, { sheet: a.sheet, row: a.range.top, col: a.range.left }, { sheet: b.sheet, row: b.range.top, col: b.range.left })),
    findings: findings.sort((a, b) => byPosition(sheetOrder, a.at, b.at) || severityRank(a) - severityRank(b)),
    // A table's own fills (a 自评表's policy scores) come before those computed from relations.
    fills: mergeFills(selfEvaluations.flatMap((t) => t.fills ?? []), relationCheck.fills)
      .filter((f) => !hidden.has(f.at))
      .sort((a, b) => byPosition(sheetOrder, a.at, b.at)),
    review: selfEvaluations.flatMap((t) => t.review ?? []),
    indicators: selfEvaluations.flatMap((t) => t.indicators ?? []),
    policy: { name: policy.name, settings: { ...policy } },
  };
}

/** Each fund's 决算 expenditure of the report year, for the 自评表's 全年执行数 cross-check: its first statement. */
function expenditureByFund(tables: ReadTable[]): Map<FundId, CellRef> {
  const out = new Map<FundId, CellRef>();
  for (const table of tables) {
    for (const fact of table.facts) {
      const { fund, account, derivation, scenario, period } = fact.dims;
      if (account !== 'expenditure' || derivation !== 'amount' || scenario !== 'actual' || period !== table.reportYear) continue;
      if (!fund || fund === 'total' || fund.includes(':') || out.has(fund as FundId)) continue;
      out.set(fund as FundId, fact.at);
    }
  }
  return out;
}

/** The tables some relation (or a label's unit warning) checks: each relation's target looked up among its sheet's tables. */
function checkedTables(tables: ReadTable[], relations: Relation[]): ReadTable[] {
  const bySheet = new Map<string, ReadTable[]>();
  for (const table of tables) bySheet.set(table.sheet, [...(bySheet.get(table.sheet) ?? []), table]);
  const checked = new Set(tables.filter((t) => t.unitInLabels.length > 0));
  const mark = (ref: CellRef) => {
    const found = bySheet.get(ref.sheet)?.find((t) => inTable(t, ref));
    if (found) checked.add(found);
  };
  for (const relation of relations) {
    mark(relation.target);
    // The first statement of a fact stated twice is checked too (a Word table against the report's sentences).
    if (relation.rule === 'sameFact') mark(relation.numerator[0].ref);
  }
  return tables.filter((t) => checked.has(t));
}

function inTable(table: ReadTable, ref: CellRef): boolean {
  const { range } = table;
  return ref.sheet === table.sheet && ref.row >= range.top && ref.row <= range.bottom && ref.col >= range.left && ref.col <= range.right;
}

/** The report year most of the tables have, null without tables. */
function reportYearOf(tables: ReadTable[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.reportYear) counts.set(t.reportYear, (counts.get(t.reportYear) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year;
  return best;
}

function hiddenCells(tables: ReadTable[]): CellMap<true> {
  const hidden = new CellMap<true>();
  for (const table of tables) for (const fact of table.facts) if (fact.hidden) hidden.set(fact.at, true);
  return hidden;
}

/** bazhou-2020 labels a row `机关事业单位养老(元)` in a table kept in 万元: worth a second look. */
function unitInLabelFindings(table: ReadTable): Finding[] {
  return table.unitInLabels.flatMap(({ member, unit, tableUnit }) =>
    member.labelCell
      ? [
          {
            at: member.labelCell,
            severity: 'warning' as const,
            rule: 'unitInLabel' as const,
            stated: member.path[member.path.length - 1] ?? '',
            expected: null,
            message: `行标签注明单位为“${unit}”，而表格单位为“${tableUnit}”，请核实该行数字的单位`,
            related: [],
          },
        ]
      : [],
  );
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
