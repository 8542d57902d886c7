import { Dec } from '../../../../src/core/numeric/decimal';
import type { Rng } from '../generator/random';
import { isInner } from './assignments';
import { fundNode, SCALE_FACTOR, type AccountId, type FactSet, type Flow, type FundNodeId, type Series } from './factModel';
import { accountLabel, cornerLabel, flowWord, fundLabel, measureLabel, seriesLabel, titleText, typed, type Realities } from './factWords';
import type { FactReality } from './factRealities';
import type { SheetBuilder } from './sheetBuilder';
import { amountForm, rateForm, shown, type StatedCell } from './statedCells';
import { factAt, type Leaf, type Member, type TableSpec } from './tableSpec';
import { notApplicableCell } from '../generator/cellForms';

/** A table written on a sheet: where it is, and the figures it states. */
export interface WrittenTable {
  index: number;
  sheet: SheetBuilder;
  spec: TableSpec;
  cells: StatedCell[];
  byFact: Map<string, StatedCell>;
  top: number;
  left: number;
  /** The first row under the table, and its last column. */
  bottom: number;
  right: number;
  /** Rows whose label names an aggregate (合计, 小计, a flow's own line), for mistakes and pictures. */
  title: string | null;
}

export interface RenderContext {
  rng: Rng;
  facts: FactSet;
  realities: Realities;
  /** Realities really written, for the case's list. */
  used: Set<FactReality>;
  /** Write a title row (else the sheet name states the fixed dimensions). */
  titleRow: boolean;
  /** Keep every figure a number (formulas read them). */
  numeric: boolean;
  /** Which wording a table's heading rows use (one per table, 0–2). */
  headingForm: number;
}

interface Column {
  leaf: Leaf | null;
  top: string | null;
  bottom: string | null;
}

interface RowPlan {
  leaf: Leaf | null;
  labels: string[];
}

/** Write the table with its top-left corner at (top, left). */
export function renderTable(context: Omit<RenderContext, 'headingForm'>, sheet: SheetBuilder, spec: TableSpec, index: number, top: number, left: number): WrittenTable {
  const ctx: RenderContext = { ...context, headingForm: context.rng.int(0, 2) };
  const { rng, facts, realities, used } = ctx;
  const unit = spec.scale;
  const factor = new Dec(SCALE_FACTOR[spec.scale]);
  const rowsNested = spec.assignment.rows.length === 2;
  const twoColumns = rowsNested && !(isInner(spec.assignment, 'account') && spec.assignment.rows[1] === 'account') && rng.chance(0.5);
  const labelCols = twoColumns ? 2 : 1;
  // Units go into the innermost column headers, where each column holds one kind of figure.
  const innermost = spec.assignment.cols[spec.assignment.cols.length - 1];
  const headerUnits = realities.has('headerUnits') && !spec.assignment.rows.includes('series') && innermost !== 'fund';
  if (headerUnits) used.add('headerUnits');
  const colRealities: Realities = headerUnits ? realities : new Set([...realities].filter((r) => r !== 'headerUnits'));

  const columns = columnPlan(ctx, spec, colRealities, unit);
  const rows = rowPlan(ctx, spec, twoColumns);
  const width = labelCols + columns.length;
  let row = top;
  let title: string | null = null;
  if (ctx.titleRow) {
    title = titleText(rng, facts, spec);
    if (realities.has('unitInTitle')) {
      title += `（单位：${unit}）`;
      used.add('unitInTitle');
    }
    sheet.put(row, left, title);
    if (realities.has('mergedHeaders')) sheet.merge({ top: row, left, bottom: row, right: left + width - 1 });
    row++;
  }
  if (!headerUnits && !(ctx.titleRow && realities.has('unitInTitle'))) sheet.put(row++, left + width - 1, rng.pick([`单位：${unit}`, `单位：${unit}`, `金额单位：${unit}`]));
  // Header rows: the corner names the row dimensions, then one row per column level.
  const levels = spec.assignment.cols.length;
  sheet.put(row, left, cornerLabel(rng, spec.assignment.rows[0], realities));
  if (twoColumns) sheet.put(row, left + 1, cornerLabel(rng, spec.assignment.rows[1], realities));
  columns.forEach((column, i) => {
    const col = left + labelCols + i;
    if (column.top !== null) sheet.put(row, col, column.top);
    if (levels === 2 && column.bottom !== null) sheet.put(row + 1, col, column.bottom);
  });
  if (realities.has('mergedHeaders')) mergeHeader(sheet, columns, row, left, labelCols, levels, used);
  row += levels;
  if (realities.has('blankRowUnderHeader')) {
    row++;
    used.add('blankRowUnderHeader');
  }
  if (columns.some((c) => c.leaf === null)) used.add('spacerColumn');

  const cells: StatedCell[] = [];
  const byFact = new Map<string, StatedCell>();
  const pointsAllowed = headerUnits;
  let runStart = row;
  rows.forEach((plan, r) => {
    plan.labels.forEach((label, k) => {
      if (label) sheet.put(row, left + k, label);
    });
    if (twoColumns && realities.has('mergedHeaders') && plan.labels[0] && r > 0) runStart = row;
    if (twoColumns && realities.has('mergedHeaders') && (r === rows.length - 1 || rows[r + 1].labels[0])) {
      sheet.merge({ top: runStart, left, bottom: row, right: left });
      if (row > runStart) used.add('mergedHeaders');
    }
    if (plan.leaf) {
      columns.forEach((column, i) => {
        if (!column.leaf) return;
        const col = left + labelCols + i;
        const id = factAt(facts, spec, plan.leaf!, column.leaf);
        if (!id) {
          if (facts.withoutBudget && [...plan.leaf!, ...column.leaf].concat(spec.fixed.fund ? [{ dim: 'fund', value: spec.fixed.fund }] : []).some((m) => m.value === facts.withoutBudget) && isBudgetCell(spec, plan.leaf!, column.leaf)) {
            sheet.put(row, col, notApplicableCell(rng));
            used.add('notApplicable');
          }
          return;
        }
        const truth = facts.values.get(id)!;
        const rate = id.endsWith('|growth') || id.endsWith('|exec');
        const decimals = rate ? spec.rateDecimals : spec.decimals;
        const value = shown(rate ? truth : truth.div(factor), decimals);
        const form = rate ? rateForm(rng, decimals, realities, pointsAllowed, ctx.numeric) : amountForm(rng, value, decimals, realities, ctx.numeric);
        if (form.kind === 'negative' || (form.kind === 'number' && form.numberFormat.includes(';') && value.isNegative())) used.add('negativeForms');
        if (form.kind === 'text') used.add('textNumbers');
        if (form.kind === 'rateText' || form.kind === 'ratePoints') used.add('percentForms');
        const cell: StatedCell = { key: sheet.key(row, col), sheet: sheet.name, row, col, table: index, fact: id, rate, value, decimals, factor: rate ? new Dec(1) : factor, hidden: false, form };
        cells.push(cell);
        if (!byFact.has(id)) byFact.set(id, cell);
      });
    }
    row++;
  });
  return { index, sheet, spec, cells, byFact, top, left, bottom: row, right: left + width - 1, title };
}

function isBudgetCell(spec: TableSpec, row: Leaf, col: Leaf): boolean {
  const series = [...row, ...col].find((m) => m.dim === 'series')?.value ?? spec.fixed.series;
  return series === 'budget' || series === 'exec';
}

/** The value columns with their header texts (outer on the first column of its run), a spacer maybe inside. */
function columnPlan(ctx: RenderContext, spec: TableSpec, realities: Realities, unit: string): Column[] {
  const { rng } = ctx;
  const out: Column[] = [];
  let previousOuter = '';
  const lineIndex = new Map<string, number>();
  spec.cols.forEach((leaf) => {
    const outer = leaf.length === 2 ? leaf[0] : null;
    const innerMember = leaf[leaf.length - 1];
    const outerKey = outer ? `${outer.dim}:${outer.value}` : '';
    const label = (m: Member, innermost: boolean) => memberLabel(ctx, spec, m, leaf, 'col', lineIndex, innermost ? realities : withoutUnits(realities), unit);
    const column: Column = { leaf, top: null, bottom: null };
    if (outer) {
      if (outerKey !== previousOuter) column.top = label(outer, false);
      column.bottom = label(innerMember, true);
    } else column.top = label(innerMember, true);
    previousOuter = outerKey;
    out.push(column);
  });
  if (ctx.realities.has('spacerColumn') && out.length >= 2) {
    // At a run boundary, so that a merged outer header is not cut.
    const boundaries = out.map((c, i) => i).filter((i) => i > 0 && (spec.assignment.cols.length === 1 || out[i].top !== null));
    if (boundaries.length) out.splice(rng.pick(boundaries), 0, { leaf: null, top: null, bottom: null });
  }
  return out;
}

const withoutUnits = (realities: Realities): Realities => new Set([...realities].filter((r) => r !== 'headerUnits'));

/** The rows: one per leaf, with heading rows over an outer member (its own figures when it is an aggregate). */
function rowPlan(ctx: RenderContext, spec: TableSpec, twoColumns: boolean): RowPlan[] {
  const { realities } = ctx;
  const plans: RowPlan[] = [];
  const lineIndex = new Map<string, number>();
  const label = (m: Member, leaf: Leaf) => memberLabel(ctx, spec, m, leaf, 'row', lineIndex, withoutUnits(realities), spec.scale);
  if (spec.assignment.rows.length === 1) return spec.rows.map((leaf) => ({ leaf, labels: [label(leaf[0], leaf)] }));
  let previous = '';
  let block = 0;
  spec.rows.forEach((leaf) => {
    const [outer, inner] = leaf;
    const key = `${outer.dim}:${outer.value}`;
    const first = key !== previous;
    previous = key;
    if (twoColumns) {
      plans.push({ leaf, labels: [first ? label(outer, leaf) : '', label(inner, leaf)] });
      return;
    }
    // Heading style: the outer member heads its block; an aggregate first inner member (a fund's or flow's own
    // line, a measure's 合计) is that heading, with its figures.
    const aggregate = (inner.dim === 'account' && inner.value === 'all') || (outer.dim === 'measure' && inner.dim === 'fund' && inner.value === 'total');
    if (first) {
      const heading = headingLabel(ctx, spec, outer, inner, block);
      if (!(outer.dim === 'fund' && outer.value === 'total')) block++;
      if (aggregate) {
        plans.push({ leaf, labels: [heading] });
        return;
      }
      plans.push({ leaf: null, labels: [heading] });
    }
    plans.push({ leaf, labels: [label(inner, leaf)] });
  });
  return plans;
}

function headingLabel(ctx: RenderContext, spec: TableSpec, outer: Member, inner: Member, block: number): string {
  const { rng, realities, facts } = ctx;
  const flow = inner.dim === 'account' ? ((outer.dim === 'measure' ? outer.value : spec.fixed.measure) as Flow) : null;
  // A balance has no account lines: its heading is the balance itself (当期结余, 累计结余), never a flow's 合计.
  if (flow && flow !== 'income' && flow !== 'expenditure' && outer.dim === 'measure') return measureLabel(rng, flow, realities);
  if (outer.dim === 'fund') {
    const id = outer.value as FundNodeId;
    if (id === 'total') return flow ? typed(rng, [`社会保险基金${flowWord(flow)}合计`, `全县社会保险基金${flowWord(flow)}合计`, '合计'][ctx.headingForm], realities) : fundLabel(rng, id, realities);
    const name = fundNode(facts, id).kind === 'fund' ? fundLabel(rng, id, realities, 'heading', block) : fundLabel(rng, id, realities);
    return flow ? `${name}基金${flowWord(flow)}` : name;
  }
  if (outer.dim === 'measure' && flow) return typed(rng, [`${NUMBERS[block]}、基金${flowWord(flow)}`, `基金${flowWord(flow)}合计`, `${flowWord(flow)}合计`][ctx.headingForm], realities);
  if (outer.dim === 'measure' && inner.dim === 'fund' && inner.value === 'total') {
    const word = measureLabel(rng, outer.value, new Set()).replace(/^基金/, '');
    return typed(rng, [`社会保险基金${word}`, `${word}合计`, `社会保险基金${word}`][ctx.headingForm], realities);
  }
  if (outer.dim === 'measure') return measureLabel(rng, outer.value, realities);
  if (outer.dim === 'series') return seriesLabel(rng, outer.value as Series, facts.year, withoutUnits(realities), '');
  return outer.value;
}

const NUMBERS = '一二三四五六七八九十';

/** A member's label in a header or a row label column. */
function memberLabel(ctx: RenderContext, spec: TableSpec, m: Member, leaf: Leaf, where: 'row' | 'col', lineIndex: Map<string, number>, realities: Realities, unit: string): string {
  const { rng, facts } = ctx;
  switch (m.dim) {
    case 'fund':
      return fundLabel(rng, m.value as FundNodeId, realities, where);
    case 'measure':
      return withUnit(ctx, measureLabel(rng, m.value, realities, leaf.length === 2 && leaf[1] === m), m.value === 'balance' ? null : false, realities, unit);
    case 'series':
      return seriesLabel(rng, m.value as Series, facts.year, realities, unit);
    case 'account': {
      const flow = ((leaf.find((x) => x.dim === 'measure')?.value ?? spec.fixed.measure) as Flow) ?? 'income';
      const owner = leaf.find((x) => x.dim === 'fund' || x.dim === 'measure')?.value ?? '';
      const id = m.value as AccountId;
      const partial = id === 'basicPension' || id === 'funeral' || id === 'unemploymentBenefit';
      const counter = `${where}:${owner}:${partial ? 'partial' : 'line'}`;
      const index = id === 'all' ? 0 : lineIndex.get(counter) ?? 0;
      if (id !== 'all') lineIndex.set(counter, index + 1);
      if (!partial && id !== 'all') lineIndex.delete(`${where}:${owner}:partial`);
      const label = accountLabel(rng, flow, id, spec.accountStyle, { index, firstLine: index === 0, partial }, realities, where);
      return where === 'col' ? withUnit(ctx, label, false, realities, unit) : label;
    }
  }
}

/** A measure or account header with its unit under headerUnits (amounts only; a rate's header says % itself). */
function withUnit(ctx: RenderContext, label: string, rate: boolean | null, realities: Realities, unit: string): string {
  if (rate === null || !realities.has('headerUnits')) return label;
  return label + ctx.rng.pick([`（${unit}）`, `(${unit})`]);
}

/** Merge each outer header over its run, and the corner over the header rows. */
function mergeHeader(sheet: SheetBuilder, columns: Column[], row: number, left: number, labelCols: number, levels: number, used: Set<FactReality>): void {
  if (levels === 2) {
    for (let k = 0; k < labelCols; k++) sheet.merge({ top: row, left: left + k, bottom: row + 1, right: left + k });
    for (let i = 0; i < columns.length; i++) {
      if (columns[i].top === null) continue;
      let j = i;
      while (j + 1 < columns.length && columns[j + 1].top === null && columns[j + 1].leaf !== null) j++;
      if (j > i) {
        sheet.merge({ top: row, left: left + labelCols + i, bottom: row, right: left + labelCols + j });
        used.add('mergedHeaders');
      }
    }
  }
}

