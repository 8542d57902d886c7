import type { SheetView } from '../grid/SheetView';
import { parseCellValue } from '../values/parseCellValue';
import { formatParsed } from '../values/formatValue';
import { readFundsBlock } from './readFundsBlock';
import { readGoalBlock } from './readGoalBlock';
import { assignPartColumns } from './partColumns';
import type { IndicatorColumns, IndicatorPartColumn, IndicatorRow, SelfEvaluationLayout } from './SelfEvaluationLayout';
import {
  ACTUAL_PAIR_LABEL,
  BUDGET_PAIR_LABEL,
  FUNDS_COLUMN_WORDS,
  GOAL_ACHIEVED,
  GOAL_EXPECTED,
  INDICATOR_COLUMN_WORDS,
  PROJECT_NAME_LABEL,
  SCORE_TOTAL_LABEL,
  SELF_EVALUATION_TITLE,
  selfEvaluationRoleOf,
  type IndicatorColumnRole,
  type IndicatorHeaderRole,
  type IndicatorPartRole,
} from '../vocabulary';

/**
 * Every 自评表 on a sheet. A table is anchored on its indicator header row (三级指标 / 指标值 / 实际完成值); the
 * funds block, 年度总体目标 and 项目名称 are looked for above it, down to the end of the table before, so several
 * tables stacked on one sheet (bachu) are told apart.
 */
export function recogniseSelfEvaluationTables(view: SheetView): SelfEvaluationLayout[] {
  const headers = findIndicatorHeaders(view);
  const tables: SelfEvaluationLayout[] = [];
  let upperLimit = view.top;
  headers.forEach(({ row, columns, parts, firstRow }, i) => {
    const lowerLimit = i + 1 < headers.length ? headers[i + 1].row - 1 : view.bottom;
    const { indicators, totalRow, lastRow } = readIndicatorRows(view, firstRow, columns, lowerLimit);
    if (indicators.length === 0) return;
    const above = { from: upperLimit, to: row - 1 };
    const funds = readFundsBlock(view, above);
    const goal = readGoalBlock(view, above);
    const project = findProjectName(view, above);
    const top = Math.min(row, project?.row ?? row, topOfTitle(view, above) ?? row, funds.headerRow ?? row, goal.headerRow ?? row);
    tables.push({
      sheet: view.name,
      range: { top, bottom: lastRow, ...usedColumns(view, top, lastRow) },
      ...(project ? { projectName: project.name } : {}),
      ...(funds.block ? { funds: funds.block } : {}),
      ...(goal.block ? { goal: goal.block } : {}),
      columns,
      parts,
      indicators,
      ...(totalRow !== undefined ? { totalRow } : {}),
    });
    upperLimit = lastRow + 1;
  });
  return tables;
}

interface IndicatorHeader {
  row: number;
  columns: IndicatorColumns;
  parts: IndicatorPartColumn[];
  /** The first indicator row: below the header, or below its second row. */
  firstRow: number;
}

function findIndicatorHeaders(view: SheetView): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  // Each row's roles are read once, though every row is looked at as a header and then as the row below one.
  let last: { row: number; roles: HeaderRoles } | null = null;
  const rolesOf = (row: number) => {
    if (last?.row !== row) last = { row, roles: rolesIn(view, row) };
    return { columns: { ...last.roles.columns }, parts: last.roles.parts };
  };
  for (const row of view.rows()) {
    const { columns: found, parts } = rolesOf(row);
    // A two-row header: `绩效指标` merged over the 一级 / 二级 / 三级指标 written in the row below.
    const below = row < view.bottom ? rolesOf(row + 1).columns : {};
    const levels = (['level1', 'level2', 'indicator'] as const).filter((role) => below[role] !== undefined);
    const twoRows = levels.length > 0 && below.target === undefined && below.actual === undefined;
    if (twoRows) for (const role of levels) found[role] = below[role];
    // Without a 三级指标 column the indicators are named in the 二级 column (their 二级 is the name itself).
    if (found.indicator === undefined && found.level2 !== undefined) {
      found.indicator = found.level2;
      delete found.level2;
    }
    if (found.indicator !== undefined && found.target !== undefined && found.actual !== undefined) {
      const columns = found as IndicatorColumns;
      headers.push({ row, columns, parts: assignPartColumns(parts, columns), firstRow: twoRows ? row + 2 : row + 1 });
    }
  }
  return headers;
}

interface HeaderRoles {
  /** The first column of each role. */
  columns: Partial<Record<IndicatorColumnRole, number>>;
  /** Every column of a part (a comparison, a unit, a direction, a nature), in order. */
  parts: { role: IndicatorPartRole; col: number }[];
}

const PART_ROLES = new Set<IndicatorHeaderRole>(['comparison', 'direction', 'nature', 'unit', 'targetUnit', 'actualUnit']);

function rolesIn(view: SheetView, row: number): HeaderRoles {
  const columns: HeaderRoles['columns'] = {};
  const parts: HeaderRoles['parts'] = [];
  for (const col of view.columnsIn(row)) {
    const role = selfEvaluationRoleOf(INDICATOR_COLUMN_WORDS, view.word(row, col));
    if (!role) continue;
    if (PART_ROLES.has(role)) parts.push({ role: role as IndicatorPartRole, col });
    else if (columns[role as IndicatorColumnRole] === undefined) columns[role as IndicatorColumnRole] = col;
  }
  return { columns, parts };
}

/** A cell as the report shows it: `95%` for 0.95 formatted as a percentage, the text as typed otherwise. */
export function shownText(view: SheetView, row: number, col: number): string {
  const cell = view.cell(row, col);
  if (typeof cell.value === 'number') return formatParsed(parseCellValue(cell)) ?? '';
  return view.text(row, col);
}

function readIndicatorRows(view: SheetView, firstRow: number, columns: IndicatorColumns, lowerLimit: number) {
  const indicators: IndicatorRow[] = [];
  let level1 = '';
  let level2 = '';
  let totalRow: number | undefined;
  let lastRow = firstRow - 1;
  const left = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined));
  for (let row = firstRow; row <= lowerLimit; row++) {
    if (isTotalRow(view, row, left, columns)) {
      totalRow = row;
      lastRow = row;
      break;
    }
    const text = (col: number | undefined) => (col === undefined ? '' : shownText(view, row, col));
    const cells = { level1: text(columns.level1), level2: text(columns.level2), name: text(columns.indicator), target: text(columns.target), actual: text(columns.actual) };
    const hasScoreCells = text(columns.weight) !== '' || text(columns.score) !== '';
    if (!Object.values(cells).some((t) => t !== '') && !hasScoreCells) break;
    if (startsAnotherTable(view, row)) break;
    // Merged 一级/二级 cells hold their value in the top cell only: carry it down.
    if (cells.level1) {
      level1 = cells.level1;
      level2 = '';
    }
    if (cells.level2) level2 = cells.level2;
    if (cells.name || cells.target || cells.actual) indicators.push({ row, level1, level2, name: cells.name, target: cells.target, actual: cells.actual });
    lastRow = row;
  }
  return { indicators, totalRow, lastRow };
}

function isTotalRow(view: SheetView, row: number, left: number, columns: IndicatorColumns): boolean {
  const end = columns.weight ?? columns.score ?? columns.actual;
  for (const col of view.columnsIn(row, Math.min(left, view.left), end - 1)) if (SCORE_TOTAL_LABEL.test(view.word(row, col))) return true;
  return false;
}

/**
 * A title, a 项目名称, or the next table's funds or goal header: a table with no 总分 row and no blank row
 * before the next one ends here, whichever of its parts the next table starts with.
 */
function startsAnotherTable(view: SheetView, row: number): boolean {
  const fundsRoles = new Set<string>();
  let goalExpected = false;
  for (const col of view.columnsIn(row)) {
    const text = view.word(row, col);
    if (PROJECT_NAME_LABEL.test(text) || (SELF_EVALUATION_TITLE.test(text) && text.length <= 40)) return true;
    if (BUDGET_PAIR_LABEL.test(text) || ACTUAL_PAIR_LABEL.test(text)) fundsRoles.add(BUDGET_PAIR_LABEL.test(text) ? 'budget' : 'actual');
    const role = selfEvaluationRoleOf(FUNDS_COLUMN_WORDS, text);
    if (role) fundsRoles.add(role);
    if (GOAL_EXPECTED.test(text)) goalExpected = true;
    else if (goalExpected && GOAL_ACHIEVED.test(text)) return true;
  }
  return fundsRoles.has('budget') && fundsRoles.has('actual');
}

function findProjectName(view: SheetView, rows: { from: number; to: number }): { row: number; name: string } | null {
  for (const row of view.rows(rows.from, rows.to).reverse()) {
    for (const col of view.columnsIn(row)) {
      if (!PROJECT_NAME_LABEL.test(view.word(row, col))) continue;
      for (const right of view.columnsIn(row, col + 1)) {
        const name = view.text(row, right);
        if (name && !PROJECT_NAME_LABEL.test(view.word(row, right))) return { row, name };
      }
    }
  }
  return null;
}

function topOfTitle(view: SheetView, rows: { from: number; to: number }): number | null {
  for (const row of view.rows(rows.from, rows.to).reverse()) {
    for (const col of view.columnsIn(row)) {
      const text = view.word(row, col);
      if (SELF_EVALUATION_TITLE.test(text) && text.length <= 40) return row;
    }
  }
  return null;
}

function usedColumns(view: SheetView, top: number, bottom: number): { left: number; right: number } {
  let left = view.right;
  let right = view.left;
  for (const row of view.rows(top, bottom)) {
    for (const col of view.columnsIn(row)) {
      if (view.text(row, col) === '') continue;
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
  }
  return left <= right ? { left, right } : { left: view.left, right: view.right };
}
