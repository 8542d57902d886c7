import type { WorkbookGrid } from '../../grid/types';
import { rangesOverlap } from '../../grid/ranges';
import type { SheetView } from '../../grid/SheetView';
import type { CellValues } from '../../relations/CellValues';
import type { Finding } from '../../report/types';
import type { RecognisedTable } from '../RecognisedTable';
import { foldWidth, lineFlowOf, moneyUnitInLabel, namesSelfEvaluationHeader, namesTable, unitOfLine } from '../../vocabulary';
import { findFundAxes, type FundAxis } from './findFundAxes';
import { fundBalanceRelations } from './fundBalanceRelations';
import { splitTableRelations } from './splitTableRelations';
import type { FundTableModel } from './FundTableModel';
import { readColumnMeasures, readRowMeasures } from './readMeasures';

/** The fewest measures (预算数, 完成数, 增长率…) a balance table without a 合计 has; one suffices with a 合计 to check. */
const MIN_MEASURES = 2;

/** 收支余情况表 (funds down) and 收支分析表 (funds across), wherever they sit, however many per sheet. */
export function recogniseFundBalanceTables(workbook: WorkbookGrid, values: CellValues): RecognisedTable[] {
  const models: FundTableModel[] = [];
  for (const sheet of workbook.sheets) {
    const view = values.view(sheet.name);
    if (!view) continue;
    const axes = findFundAxes(view);
    const found = axes
      .map((axis) => toModel(view, axis, axes))
      .filter((m): m is FundTableModel => m !== null);
    models.push(...withoutOverlaps(found).sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left));
  }
  const spanning = splitTableRelations(models);
  const tables: RecognisedTable[] = [];
  for (const model of models) {
    const relations = [...fundBalanceRelations(model, values), ...(spanning.get(model) ?? [])];
    // Fund names with figures but nothing to check (a 参保人数 list) are not a balance table.
    if (relations.length === 0) continue;
    tables.push({
      kind: model.orientation === 'funds-down' ? 'fund-balance' : 'fund-balance-transposed',
      sheet: model.sheet,
      range: model.range,
      title: model.title || undefined,
      relations,
      findings: unitInLabelFindings(model),
    });
  }
  return tables;
}

function toModel(view: SheetView, axis: FundAxis, axes: FundAxis[]): FundTableModel | null {
  const layout = axis.orientation === 'funds-down' ? readColumnMeasures(view, axis) : readRowMeasures(view, axis, nextAxisLine(axis, axes) - 1);
  const hasTotal = axis.entries.some((e) => e.fund === 'total');
  if (layout.measures.length < (hasTotal ? 1 : MIN_MEASURES)) return null;
  const first = axis.entries[0].index;
  const last = axis.entries[axis.entries.length - 1].index;
  const range =
    axis.orientation === 'funds-down'
      ? { top: Math.min(layout.headerStart, first), left: axis.line, bottom: last, right: layout.extentEnd }
      : { top: axis.line, left: Math.min(layout.headerStart, first), bottom: layout.extentEnd, right: last };
  const funds = axis.entries.map((e) => ({
    index: e.index,
    label: e.label,
    labelCell: axis.orientation === 'funds-down' ? { sheet: view.name, row: e.index, col: axis.line } : { sheet: view.name, row: axis.line, col: e.index },
    fund: e.fund,
    ofWhich: e.ofWhich,
  }));
  if (hasSelfEvaluationHeader(view, range, axis)) return null;
  const { title, unit } = describeSurroundings(view, range);
  // A table whose headers name no flow (预算数, 完成数… under a 收入情况表 title) takes its flow from the title.
  const titleFlow = lineFlowOf(title);
  const measures = titleFlow === 'income' || titleFlow === 'expenditure' ? layout.measures.map((m) => (m.flow ? m : { ...m, flow: titleFlow })) : layout.measures;
  return { sheet: view.name, orientation: axis.orientation, funds, measures, unit, title, range };
}

/** The row of the next funds-across table below this one (its fund names), which ends this table. */
function nextAxisLine(axis: FundAxis, axes: FundAxis[]): number {
  const first = axis.entries[0].index;
  const last = axis.entries[axis.entries.length - 1].index;
  let next = Infinity;
  for (const other of axes) {
    if (other.orientation !== 'funds-across' || other.line <= axis.line || other.line >= next) continue;
    const overlaps = other.entries.some((e) => e.index >= first && e.index <= last);
    if (overlaps) next = other.line;
  }
  return next;
}

/** Header cells (above the funds, or left of them when transposed) naming a self-evaluation's 分值/得分. */
function hasSelfEvaluationHeader(view: SheetView, range: FundTableModel['range'], axis: FundAxis): boolean {
  const first = axis.entries[0].index;
  const header =
    axis.orientation === 'funds-down'
      ? { top: range.top, bottom: first - 1, left: range.left, right: range.right }
      : { top: range.top, bottom: range.bottom, left: range.left, right: first - 1 };
  for (const row of view.rows(header.top, header.bottom)) {
    for (const col of view.columnsIn(row, header.left, header.right)) {
      if (namesSelfEvaluationHeader(view.word(row, col))) return true;
    }
  }
  return false;
}

/** Two axes can describe one table (a 合计 column beside fund names); keep the one with more measures. */
function withoutOverlaps(models: FundTableModel[]): FundTableModel[] {
  const sorted = [...models].sort((a, b) => b.measures.length * b.funds.length - a.measures.length * a.funds.length);
  const kept: FundTableModel[] = [];
  for (const model of sorted) {
    const overlaps = kept.some(
      (k) => k.sheet === model.sheet && rangesOverlap(k.range, model.range),
    );
    if (!overlaps) kept.push(model);
  }
  return kept;
}

/** The title (…情况表 / …分析表) and 单位 written in the few rows above a table. */
function describeSurroundings(view: SheetView, range: FundTableModel['range']): { title: string; unit: string } {
  let title = '';
  let unit = '';
  for (let row = range.top - 1; row >= Math.max(view.top, range.top - 4); row--) {
    for (const col of view.columnsIn(row, view.left, Math.max(range.right, view.left + 1))) {
      const word = view.word(row, col);
      if (!word) continue;
      const lineUnit = unitOfLine(word);
      if (lineUnit && !unit) unit = lineUnit;
      else if (!title && namesTable(word)) title = foldWidth(view.text(row, col));
    }
  }
  return { title, unit };
}

/** bazhou-2020 labels a row `机关事业单位养老(元)` in a table kept in 万元: worth a second look. */
function unitInLabelFindings(model: FundTableModel): Finding[] {
  if (!model.unit) return [];
  const findings: Finding[] = [];
  for (const line of model.funds) {
    const labelUnit = moneyUnitInLabel(line.label);
    if (!labelUnit || labelUnit === model.unit) continue;
    findings.push({
      at: line.labelCell,
      severity: 'warning',
      rule: 'unitInLabel',
      stated: line.label,
      expected: null,
      message: `行标签注明单位为“${labelUnit}”，而表格单位为“${model.unit}”，请核实该行数字的单位`,
      related: [],
    });
  }
  return findings;
}
