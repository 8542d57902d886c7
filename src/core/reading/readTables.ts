import type { CellRange, SheetGrid, WorkbookGrid } from '../grid/types';
import type { SheetView } from '../grid/SheetView';
import type { CellValues } from '../relations/CellValues';
import type { TableKind } from '../report/types';
import { factKey, type Dimensions, type Fact, type Member } from '../facts/Fact';
import { entityOf, isAccountWithin, namesFinalAccounts, namesSelfEvaluationHeader, QUOTIENT_DERIVATIONS, readLabel, SCALE_OF_UNIT, type AccountId, type Label } from '../vocabulary';
import { kindOf as kindOfCell } from '../values/parseCellValue';
import { findBodies, type Body } from './findBodies';
import { readAxes, type AxisLine, type TableAxes } from './readAxes';
import { readOutline } from './readOutline';
import { SheetTemplates, tableOnCopy } from './sheetTemplates';
import type { ReadTable } from './ReadTable';

export type { ReadTable } from './ReadTable';

interface Draft {
  sheet: SheetGrid;
  view: SheetView;
  body: Body;
  axes: TableAxes;
  context: Label;
  title: string;
  /** The template's draft this one copies: its table is that one's, placed on this sheet. */
  copyOf?: Draft;
}

/**
 * Every table of the workbook outside `claimed` (the 自评表s), read into facts: each figure labelled by its row's
 * labels, its column's headers and the table's title and unit line. A block of figures that no word of the
 * vocabulary describes is no report table and gives no fact: numbers alone never make a finding.
 */
export function readTables(
  workbook: WorkbookGrid,
  values: CellValues,
  claimed: { sheet: string; range: CellRange }[],
  options: { templates?: boolean | SheetTemplates } = {},
): ReadTable[] {
  const drafts: Draft[] = [];
  // Templates of this workbook's sheets, or of the sheets of a batch's earlier workbooks too (a county's template).
  const templates: SheetTemplates<Draft> | null =
    options.templates === false ? null : options.templates instanceof SheetTemplates ? (options.templates as SheetTemplates<Draft>) : new SheetTemplates<Draft>();
  for (const sheet of workbook.sheets) {
    const view = values.view(sheet.name);
    if (!view || view.isEmpty) continue;
    const ranges = claimed.filter((c) => c.sheet === sheet.name).map((c) => c.range);
    // A copy of a sheet read before (a province's county sheets) reads as that sheet did (sheetTemplates.ts).
    const template = templates?.templateOf(sheet, view, ranges);
    if (template) {
      for (const draft of template.drafts) drafts.push({ ...draft, sheet, view, copyOf: draft });
      continue;
    }
    const own = templates?.add(sheet, view, ranges);
    const read: TableAxes[] = [];
    for (const body of findBodies(view, ranges)) {
      own?.readBody(body);
      const floor = Math.max(view.top, ...read.filter((t) => t.bottom < body.top && t.left <= body.right && t.right >= body.left).map((t) => t.bottom + 1));
      const leftFloor = Math.max(view.left, ...read.filter((t) => t.right < body.left && t.top <= body.bottom && t.bottom >= body.top).map((t) => t.right + 1));
      const axes = readAxes(view, body, floor, leftFloor);
      read.push(axes);
      const contextLabels = axes.context.map(readLabel);
      const title = axes.context.find((t, i) => contextLabels[i].title) ?? longest(axes.context.filter((_, i) => !contextLabels[i].note)) ?? '';
      const corner = cornerTexts(view, axes).map(readLabel);
      const context = contextLabel([...contextLabels, ...corner], readLabel(title), readLabel(sheet.name));
      const draft: Draft = { sheet, view, body, axes, context, title };
      own?.drafts.push(draft);
      drafts.push(draft);
    }
  }
  // A table that names no year counts from the workbook's report year: the one most of its tables name.
  const years = drafts.map((d) => reportYearOf(d)).filter((y): y is number => y !== null);
  const workbookYear = mostCommon(years) ?? 0;
  const tables: ReadTable[] = [];
  for (const draft of drafts) {
    const year = reportYearOf(draft) ?? workbookYear;
    const original = draft.copyOf && templates?.readAs(draft.copyOf);
    const table = original && original.year === year ? original.table && tableOnCopy(original.table, draft.sheet.name, tables.length) : toTable(draft, tables.length, year);
    if (!draft.copyOf) templates?.remember(draft, year, table);
    if (table) tables.push(table);
  }
  return tables;
}

function longest(texts: string[]): string | undefined {
  return [...texts].sort((a, b) => b.length - a.length)[0];
}

/** The value given most often, the larger on a tie; null for none. */
export function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
  return best;
}

/** Texts in the header rows above the label columns (险种, 项目, 单位：万元). */
function cornerTexts(view: NonNullable<ReturnType<CellValues['view']>>, axes: TableAxes): string[] {
  const out: string[] = [];
  for (const row of axes.headerRows) for (const col of axes.labelColumns) if (view.text(row, col)) out.push(view.text(row, col));
  return out;
}

/** What the surroundings say for the whole table: the unit, the year, one fund or one account the title names. */
function contextLabel(around: Label[], title: Label, sheetName: Label): Label {
  const context: Label = { word: title.word, known: false };
  const unit = around.find((l) => l.scale !== undefined && (l.note || !l.known));
  if (unit?.scale !== undefined) context.scale = unit.scale;
  else if (title.scale !== undefined) context.scale = title.scale;
  for (const source of [title, sheetName]) {
    if (context.year === undefined && source.year !== undefined) context.year = source.year;
    if (!context.fund && source.fund) context.fund = source.fund;
    // A title about one grouping (养老保险基金收入明细表): its figures are the grouping's.
    if (!context.fund && !context.group && source.group) context.group = source.group;
    if (!context.account && source.account) context.account = source.account;
    if (!context.scenario && source.scenario) context.scenario = source.scenario;
  }
  context.known = !!(context.fund || context.group || context.account || title.total || title.known);
  return context;
}

/** The latest year a table names in its headers, labels or title. */
function reportYearOf(draft: Draft): number | null {
  let year: number | null = draft.context.year ?? null;
  for (const line of [...draft.axes.rows, ...draft.axes.columns]) {
    for (const text of line.path) {
      const y = readLabel(text).year;
      if (y !== undefined && (year === null || y > year)) year = y;
    }
  }
  return year;
}

function toTable(draft: Draft, id: number, reportYear: number): ReadTable | null {
  const { sheet, view, axes, context, title } = draft;
  const rows = readOutline(axes.rows, `${id}r`);
  const columns = readOutline(axes.columns, `${id}c`);
  const reportWords = [...rows.members, ...columns.members].some((m) => isReportLabel(m.label)) || isReportLabel(context);
  if (!reportWords || rows.members.length === 0 || columns.members.length === 0) return null;
  // 分值 / 得分 over the figures: a 自评表's funds block, its own reader's.
  if ([...rows.members, ...columns.members].some((m) => m.path.some((text) => namesSelfEvaluationHeader(text)))) return null;
  const hiddenSheet = sheet.visibility === 'hidden' || sheet.visibility === 'veryHidden';
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const hiddenColumns = new Set(sheet.hiddenColumns ?? []);
  placeLabels(rows.members, axes.rows, sheet.name);
  placeLabels(columns.members, axes.columns, sheet.name);
  for (const m of rows.members) m.hidden = hiddenSheet || hiddenRows.has(m.index);
  for (const m of columns.members) m.hidden = hiddenSheet || hiddenColumns.has(m.index);
  const tableScale = context.scale ?? 0;
  const facts: Fact[] = [];
  // `其中：` alone on its row only opens the list of parts under it: a line of no figure of its own.
  const opensPartsOnly = (m: Member) => m.label.ofWhich === true && !m.label.word;
  rows.members.forEach((row, r) => {
    if (opensPartsOnly(row)) return;
    columns.members.forEach((col, c) => {
      if (opensPartsOnly(col)) return;
      const dims = factDimensions(row, col, context, reportYear, tableScale);
      if (!dims) return;
      const empty = kindOfCell(view.cell(row.index, col.index)) === 'empty';
      facts.push({ at: { sheet: sheet.name, row: row.index, col: col.index }, dims, table: id, row: r, col: c, hidden: row.hidden || col.hidden, empty });
    });
  });
  plainBudgets(facts);
  const unitInLabels = rows.members.flatMap((member) => {
    const unit = member.label.scale;
    if (unit === undefined || !tableScale || unit === tableScale) return [];
    return [{ member, unit: unitName(unit), tableUnit: unitName(tableScale) }];
  });
  return {
    id,
    sheet: sheet.name,
    range: { top: axes.top, left: axes.left, bottom: axes.bottom, right: axes.right },
    title,
    entity: entityOf(title),
    kind: kindOf(rows.members, columns.members, facts),
    rows: rows.members,
    columns: columns.members,
    facts,
    reportYear,
    scale: tableScale,
    finalAccounts: [title, ...columns.members.flatMap((m) => m.path)].some((text) => namesFinalAccounts(text)),
    hidden: hiddenSheet,
    edges: [...rows.edges, ...columns.edges],
    unitInLabels,
  };
}

/**
 * 年初预算数 and 调整预算数 are two figures only where a table states both of one line; a table that words each
 * line's one budget its own way (调整预算数 here, 全年预算数 there, 年初预算数 on the 合计) has one budget.
 */
function plainBudgets(facts: Fact[]): void {
  const kinds = new Map<string, Set<string>>();
  for (const fact of facts) {
    if (fact.dims.scenario !== 'budget') continue;
    const key = factKey({ ...fact.dims, budgetKind: '' });
    const set = kinds.get(key);
    if (set) set.add(fact.dims.budgetKind);
    else kinds.set(key, new Set([fact.dims.budgetKind]));
  }
  if ([...kinds.values()].some((set) => set.size > 1)) return;
  for (const fact of facts) if (fact.dims.scenario === 'budget') fact.dims.budgetKind = '';
}

function unitName(scale: number): string {
  return Object.entries(SCALE_OF_UNIT).find(([, s]) => s === scale)?.[0] ?? '';
}

function placeLabels(members: Member[], lines: AxisLine[], sheet: string): void {
  members.forEach((member, i) => {
    const at = lines[i].labelAt;
    member.labelCell = at ? { sheet, row: at.row, col: at.col } : null;
  });
}

/** A word of the report: a fund, a total, an account line, a scenario, a derivation (a year alone is not one). */
function isReportLabel(label: Label): boolean {
  return !!(label.fund || label.group || label.total || label.wholeFund || label.account || label.bareBalance || label.scenario || label.derivation);
}

/**
 * A figure's dimensions from its row's labels, its column's headers and the table's context; null when the two
 * axes say different things of one dimension (the figure is then not read as a fact).
 */
function factDimensions(row: Member, col: Member, context: Label, reportYear: number, tableScale: number): Dimensions | null {
  const r = row.label;
  const c = col.label;
  const pick = <K extends keyof Label>(key: K): Label[K] | null | undefined => {
    const a = r[key];
    const b = c[key];
    if (a !== undefined && b !== undefined && a !== b) return null;
    return a ?? b ?? context[key];
  };
  const fund = pickItem(row.fund, col.fund, context.fund ?? context.group ?? '');
  const account = pickAccount(row.account, col.account, context.account ?? '');
  const scenario = pick('scenario');
  const budgetKind = pick('budgetKind');
  const derivation = pick('derivation');
  const period = pick('period');
  // The title's year is the report's: a column of 上年 figures under it is the year before.
  const axisYear = r.year !== undefined && c.year !== undefined && r.year !== c.year ? null : r.year ?? c.year;
  const year = axisYear === undefined && period ? undefined : axisYear === undefined ? context.year : axisYear;
  if (fund === null || account === null || scenario === null || budgetKind === null || derivation === null || period === null || year === null) return null;
  // A column (or row) whose header the vocabulary does not know may hold any measure: the numbers tell (discovery).
  const measureWords = (l: Label) => !!(l.scenario || l.derivation || l.period || l.year !== undefined);
  let unnamed = '';
  // Named by its place and its header as typed, for messages (`合计 栏目一`).
  if (!c.known && !col.fund && !col.account && !c.subtotal && !c.total && !measureWords(r)) unnamed += `c${col.index}:${col.path[col.path.length - 1] ?? ''};`;
  if (!r.known && !row.account && !row.fund && !r.subtotal && !r.total && !measureWords(c)) unnamed += `r${row.index}:${row.path[row.path.length - 1] ?? ''};`;
  const resolvedYear = year ?? (period === 'prior' ? reportYear - 1 : reportYear);
  return {
    fund,
    account: account || (r.bareBalance || c.bareBalance ? 'balance' : ''),
    scenario: scenario ?? 'actual',
    budgetKind: budgetKind ?? '',
    period: resolvedYear,
    derivation: derivation ?? (unnamed ? 'unknown' : 'amount'),
    unnamed,
    // A unit in a column's header is the column's; one in a row's label is only worth a warning (unitInLabels).
    scale: derivation && QUOTIENT_DERIVATIONS.has(derivation) ? 0 : (c.scale ?? tableScale),
    notMoney: !!(r.notMoney || c.notMoney),
  };
}

/**
 * The account from the two axes: the deeper of two that nest (`利息收入` in a `收入决算数` column), else the line's
 * own (a 决算结余表's `本年收支结余` lines under a `年末结余决算数` header: the row names the line, the column the
 * figures' kind).
 */
function pickAccount(row: string, col: string, context: string): string {
  if (row && col && row !== col) {
    if (isAccountId(row) && isAccountId(col) && isAccountWithin(col as AccountId, row as AccountId)) return col;
    return row;
  }
  return row || col || context;
}

function isAccountId(value: string): boolean {
  return !!value && !value.includes(':') && value !== 'balance';
}

/** An item dimension from the two axes: one may say it, or both the same; the context fills what neither says. */
function pickItem(row: string, col: string, context: string): string | null {
  if (row && col && row !== col) return null;
  return row || col || context;
}

/**
 * What kind of table a person would call it, for the report: funds across (收支分析表), lines of accounts with
 * their 其中 parts (决算表), funds down (收支余情况表), or figures only the numbers describe.
 */
function kindOf(rows: Member[], columns: Member[], facts: Fact[]): TableKind {
  const funds = (members: Member[]) => members.filter((m) => m.label.fund || m.label.total || m.label.group).length;
  const accountLines = rows.filter((m) => m.label.account || m.label.ofWhich).length;
  const numbered = rows.filter((m) => m.label.numbering).length;
  if (rows.some((m) => m.label.ofWhich) || (numbered >= 2 && accountLines * 2 >= rows.length)) return 'line-items';
  if (funds(columns) >= 2 && funds(columns) >= funds(rows)) return 'fund-balance-transposed';
  if (accountLines * 2 >= rows.length && accountLines >= 2 && funds(rows) < 2) return 'line-items';
  if (facts.length > 0 && facts.every((f) => f.dims.derivation === 'unknown')) return 'numeric';
  return 'fund-balance';
}
