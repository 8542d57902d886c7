import { fromA1, toA1, type SheetCell } from '../../core';
import { occupiedLines, type SheetInfo } from '../shared';
import type { HostContext, HostRange, HostRangeView } from './HostContext';
import { batchesUnder, rectAddress, type HostLimits, type RowBlock } from './limits';

/** A block read with the cells, with what Excel said of it in the same sync: Range.rowHidden / columnHidden. */
export interface BlockLines extends RowBlock {
  /** true: every row of the block hidden; false: none; null: some. */
  rowHidden: boolean | null;
  columnHidden: boolean | null;
}

export interface HiddenLines {
  rows: number[];
  columns: number[];
}

/** Lines guessed at once: a slice along each, in the same sync, the first visible one's answer standing. */
const GUESS_LINES = 3;
/** Syncs a sheet's axis may guess in; if every guessed line was hidden, its lines are then asked one by one. */
const MAX_GUESSES = 2;
/** Unknown lines further apart than this are sliced apart, so a few far-off lines never cost the span between. */
const SPAN_GAP = 64;

type Axis = 'row' | 'column';

/**
 * Which rows and columns holding cells are hidden (ExcelApi 1.2–1.3). The blocks' `rowHidden` / `columnHidden`,
 * loaded with the cells, settle every block that hides none or all of its lines: a workbook with nothing hidden
 * costs no round trip more. Only lines of mixed blocks (null) are asked, in one more sync for all sheets: a
 * RangeView of a one-column slice along a column known visible lists exactly the visible rows (`cellAddresses`,
 * one address per row, so the answer follows the rows, not the cells), and a one-row slice the visible columns.
 * Where no line of the other axis is known visible, the GUESS_LINES holding most cells are taken (the label
 * column, the header row) and each one's own `columnHidden` / `rowHidden`, loaded with its slice, says whether its
 * answer stands; if all were hidden, the next sync slices along a line the other axis found visible, and after
 * MAX_GUESSES such misses the remaining lines are asked one range each. Views are sent under `maxViewBytesPerSync`;
 * the count of syncs depends on what is hidden, never on the number of sheets.
 */
export async function readHiddenLines(
  context: HostContext,
  sheets: SheetInfo[],
  cells: Map<string, SheetCell[]>,
  flags: BlockLines[],
  limits: HostLimits,
  signal?: AbortSignal,
): Promise<Map<string, HiddenLines>> {
  const bySheet = new Map<string, BlockLines[]>();
  for (const block of flags) {
    const list = bySheet.get(block.sheetId);
    if (list) list.push(block);
    else bySheet.set(block.sheetId, [block]);
  }
  // Sheets whose blocks all hide nothing are settled already and cost nothing here.
  const hides = (blocks: BlockLines[] | undefined) => blocks?.some((b) => b.rowHidden !== false || b.columnHidden !== false) === true;
  const states = sheets.filter((s) => hides(bySheet.get(s.id))).map((s) => new SheetLines(s, cells.get(s.id) ?? [], bySheet.get(s.id) ?? []));
  for (let round = 0; ; round++) {
    const plans = states.flatMap((state) => [...state.plan('row', limits), ...state.plan('column', limits)]);
    if (plans.length === 0) break;
    // Cannot happen: each round settles lines, rules out guessed ones or (rows) waits for the columns, which never wait.
    if (round > MAX_GUESSES + 2) throw new Error('hidden rows and columns: no progress');
    const weight = (p: Plan) => Math.max(p.kind === 'view' ? p.bytes / limits.maxViewBytesPerSync : 0, 1 / limits.maxCellPropertiesPerSync);
    for (const batch of batchesUnder(plans, weight, 1)) {
      signal?.throwIfAborted();
      const queued = batch.map((plan) => queue(context, plan));
      await context.sync();
      for (const q of queued) q.plan.state.settle(q);
    }
  }
  const out = new Map<string, HiddenLines>();
  for (const state of states) out.set(state.sheet.id, { rows: state.row.hiddenList(), columns: state.column.hiddenList() });
  return out;
}

/** One question for the next sync: a slice's visible lines, or one line's own flag. */
type Plan =
  | { kind: 'view'; state: SheetLines; axis: Axis; cross: number; guess: boolean; first: number; last: number; bytes: number }
  | { kind: 'line'; state: SheetLines; axis: Axis; line: number };

type Queued = { plan: Plan; range: HostRange; view?: HostRangeView };

function queue(context: HostContext, plan: Plan): Queued {
  const sheet = context.workbook.worksheets.getItem(plan.state.sheet.id);
  if (plan.kind === 'line') {
    const range = sheet.getRange(plan.axis === 'row' ? toA1(plan.line, 0) : toA1(0, plan.line));
    range.load(plan.axis === 'row' ? 'rowHidden' : 'columnHidden');
    return { plan, range };
  }
  const count = plan.last - plan.first + 1;
  const rect = plan.axis === 'row' ? { row: plan.first, col: plan.cross, rowCount: count, columnCount: 1 } : { row: plan.cross, col: plan.first, rowCount: 1, columnCount: count };
  const range = sheet.getRange(rectAddress(rect));
  // A guessed line's own flag: the slice lists the other axis's visible lines only if the line itself is visible.
  if (plan.guess) range.load(plan.axis === 'row' ? 'columnHidden' : 'rowHidden');
  const view = range.getVisibleView();
  view.load('cellAddresses');
  return { plan, range, view };
}

/** What is known of one axis of a sheet (its rows, or its columns). */
class AxisLines {
  /** Occupied lines settled: true hidden, false visible. */
  private readonly state = new Map<number, boolean>();
  /** A line known visible, holding cells or not: a slice along it lists the other axis's visible lines exactly. */
  visible: number | undefined;
  /** Lines a guess found hidden. */
  readonly ruledOut = new Set<number>();
  guesses = 0;

  constructor(
    /** Lines holding cells, ascending. */
    readonly occupied: number[],
    private readonly cellsPerLine: Map<number, number>,
  ) {}

  set(line: number, hidden: boolean): void {
    if (!hidden) this.visible ??= line;
    else this.ruledOut.add(line);
    if (this.cellsPerLine.has(line)) this.state.set(line, hidden);
  }

  /** What a block's flag says of its lines [first, first + count). */
  mark(first: number, count: number, flag: boolean | null): void {
    if (flag === null) return;
    if (!flag) this.visible ??= first;
    for (let i = lowerBound(this.occupied, first); i < this.occupied.length && this.occupied[i] < first + count; i++) this.state.set(this.occupied[i], flag);
  }

  unknown(): number[] {
    return this.occupied.filter((line) => !this.state.has(line));
  }

  /** The occupied lines most likely visible: those holding most cells (the label column, the header row) not ruled out. */
  candidates(count: number): number[] {
    const open = this.occupied.filter((line) => this.state.get(line) !== true && !this.ruledOut.has(line));
    return open.sort((a, b) => (this.cellsPerLine.get(b) ?? 0) - (this.cellsPerLine.get(a) ?? 0) || a - b).slice(0, count);
  }

  hiddenList(): number[] {
    return this.occupied.filter((line) => this.state.get(line) === true);
  }
}

/** One sheet with some hidden or mixed block: its rows and columns as known so far. */
class SheetLines {
  readonly row: AxisLines;
  readonly column: AxisLines;
  /** UTF-8 bytes of one address in a RangeView's answer: the sheet's name (maybe quoted), `!`, A1 and JSON. */
  private readonly addressBytes: number;

  constructor(
    readonly sheet: SheetInfo,
    cells: SheetCell[],
    blocks: BlockLines[],
  ) {
    const lines = occupiedLines(cells);
    const perRow = new Map<number, number>();
    const perColumn = new Map<number, number>();
    for (const cell of cells) {
      perRow.set(cell.row, (perRow.get(cell.row) ?? 0) + 1);
      perColumn.set(cell.col, (perColumn.get(cell.col) ?? 0) + 1);
    }
    this.row = new AxisLines(lines.rows, perRow);
    this.column = new AxisLines(lines.columns, perColumn);
    for (const b of blocks) {
      this.row.mark(b.row, b.rowCount, b.rowHidden);
      this.column.mark(b.col, b.columnCount, b.columnHidden);
    }
    this.addressBytes = new TextEncoder().encode(sheet.name).length + 24;
  }

  private axis(axis: Axis): AxisLines {
    return axis === 'row' ? this.row : this.column;
  }

  /** The questions that settle this axis's unknown lines as far as one sync can. */
  plan(axis: Axis, limits: HostLimits): Plan[] {
    const own = this.axis(axis);
    const unknown = own.unknown();
    if (unknown.length === 0) return [];
    const cross = this.axis(axis === 'row' ? 'column' : 'row');
    const guess = cross.visible === undefined;
    // Rows too many to slice along three guesses in one sync wait for the columns being settled in this one, to be
    // sliced once along a column found visible. Columns never wait, so rows wait at most until they are settled.
    const long = unknown.length * this.addressBytes * GUESS_LINES > limits.maxViewBytesPerSync;
    if (guess && axis === 'row' && long && cross.unknown().length > 0) return [];
    const along = !guess ? [cross.visible as number] : own.guesses < MAX_GUESSES ? cross.candidates(GUESS_LINES) : [];
    if (along.length === 0) return unknown.map((line) => ({ kind: 'line', state: this, axis, line }));
    if (guess) own.guesses++;
    const perSlice = Math.max(1, Math.floor(limits.maxViewBytesPerSync / this.addressBytes));
    return along.flatMap((line) =>
      spans(unknown, perSlice).map(([first, last]): Plan => ({ kind: 'view', state: this, axis, cross: line, guess, first, last, bytes: (last - first + 1) * this.addressBytes })),
    );
  }

  settle(q: Queued): void {
    const { plan } = q;
    const own = this.axis(plan.axis);
    if (plan.kind === 'line') {
      own.set(plan.line, (plan.axis === 'row' ? q.range.rowHidden : q.range.columnHidden) === true);
      return;
    }
    const cross = this.axis(plan.axis === 'row' ? 'column' : 'row');
    if (plan.guess) {
      const crossHidden = (plan.axis === 'row' ? q.range.columnHidden : q.range.rowHidden) === true;
      cross.set(plan.cross, crossHidden);
      if (crossHidden) return; // nothing of this axis is visible along a hidden line: ask again next sync
    }
    const visible = new Set<number>();
    for (const row of (q.view as HostRangeView).cellAddresses) for (const address of row) visible.add(lineOf(address, plan.axis));
    for (let i = lowerBound(own.occupied, plan.first); i < own.occupied.length && own.occupied[i] <= plan.last; i++) {
      const line = own.occupied[i];
      own.set(line, !visible.has(line));
    }
  }
}

/** The row or column of an address a RangeView gives ("Sheet1!B3", "'报表 1'!$B$3", "B3"). */
function lineOf(address: unknown, axis: Axis): number {
  if (typeof address !== 'string') throw new Error(`RangeView.cellAddresses: not an address: ${String(address)}`);
  const at = fromA1(address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, ''));
  return axis === 'row' ? at.row : at.col;
}

/** Ascending lines as [first, last] spans: apart where a gap exceeds SPAN_GAP, and at most `size` lines long. */
function spans(lines: number[], size: number): [number, number][] {
  const out: [number, number][] = [];
  let first = lines[0];
  let last = first;
  for (const line of lines.slice(1)) {
    if (line - last > SPAN_GAP || line - first + 1 > size) {
      out.push([first, last]);
      first = line;
    }
    last = line;
  }
  out.push([first, last]);
  return out;
}

/** The index of the first entry >= value in an ascending array. */
function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
