import type { CellRange, GridCell, SheetGrid } from '../grid/types';
import type { SheetView } from '../grid/SheetView';
import { readLabel } from '../vocabulary';
import type { Fact, Member } from '../facts/Fact';
import type { Body } from './findBodies';
import type { ReadTable } from './ReadTable';
import type { DimensionEdge } from './readOutline';

/**
 * A province's workbook is often one county table copied to a sheet per county: the same titles, headers and
 * labels, other figures. Such a sheet reads exactly as the first sheet of its template, so it is read once: a sheet
 * is a copy of a sheet read before when every cell is the same, except the figures in the bodies the first sheet's
 * reading found, which may hold any other number of the same kind (not a year, the same number format, a formula
 * where there was one). Reading looks at a figure's cell only for its kind (a number, a year, a dash, nothing), so the
 * copy's tables are the first sheet's, on the copy's sheet.
 */
export class SheetTemplates<D = unknown> {
  private readonly bySketch = new Map<string, Template<D>[]>();
  /** Each template draft's table as read, with the report year it was read for. */
  private readonly read = new Map<D, { year: number; table: ReadTable | null }>();
  private count = 0;

  /**
   * Kept across workbooks (a batch of counties' files), a template holds its sheet: only sheets of at most
   * `maxCells` cells are kept, and past `maxTemplates` the oldest are let go, so memory stays bounded.
   */
  constructor(private readonly limits: { maxCells: number; maxTemplates: number } = { maxCells: Infinity, maxTemplates: Infinity }) {}

  readAs(draft: D): { year: number; table: ReadTable | null } | undefined {
    return this.read.get(draft);
  }

  remember(draft: D, year: number, table: ReadTable | null): void {
    this.read.set(draft, { year, table });
  }

  /** The template `sheet` is a copy of, or null: read it. */
  templateOf(sheet: SheetGrid, view: SheetView, claimed: CellRange[]): Template<D> | null {
    for (const template of this.bySketch.get(sketch(sheet, view, claimed)) ?? []) if (template.matches(sheet, view, claimed)) return template;
    return null;
  }

  /** Remember a sheet about to be read; its figures are known as its bodies are found (Template.readBody). */
  add(sheet: SheetGrid, view: SheetView, claimed: CellRange[]): Template<D> {
    const template = new Template<D>(sheet, view, claimed);
    if (sheet.cells.length > this.limits.maxCells) return template;
    const key = sketch(sheet, view, claimed);
    const list = this.bySketch.get(key);
    if (list) list.push(template);
    else this.bySketch.set(key, [template]);
    if (++this.count > this.limits.maxTemplates) this.forgetOldest();
    return template;
  }

  private forgetOldest(): void {
    const [key, list] = this.bySketch.entries().next().value as [string, Template<D>[]];
    const oldest = list.shift()!;
    if (list.length === 0) this.bySketch.delete(key);
    for (const draft of oldest.drafts) this.read.delete(draft);
    this.count--;
  }
}

/** A cheap outline of a sheet, for finding its template among those read: any copy shares it. */
function sketch(sheet: SheetGrid, view: SheetView, claimed: CellRange[]): string {
  return `${sheet.cells.length}|${view.top},${view.left},${view.bottom},${view.right}|${sheet.merges?.length ?? 0}|${sheet.hiddenRows?.length ?? 0}|${sheet.hiddenColumns?.length ?? 0}|${claimed.length}`;
}

const COLUMNS = 16384;

export class Template<D = unknown> {
  /** The cells of the template's bodies that hold a figure: a copy may hold other figures there. */
  private readonly figures = new Set<number>();
  /** The template's tables before they are read (readTables' drafts), in order: a copy has the same. */
  readonly drafts: D[] = [];

  constructor(
    private readonly sheet: SheetGrid,
    private readonly view: SheetView,
    private readonly claimed: CellRange[],
  ) {}

  /**
   * A body of figures the template's reading found: its figures' cells are the ones a copy may change (reading
   * asks of them only what findBodies asks: a number, a year, a dash or nothing).
   */
  readBody(body: Body): void {
    for (const row of body.dataRows) {
      for (const col of this.view.columnsIn(row, body.left, body.right)) {
        const value = this.view.cell(row, col).value;
        if (typeof value === 'number' && Number.isFinite(value) && !yearLike(value)) this.figures.add(row * COLUMNS + col);
      }
    }
  }

  matches(sheet: SheetGrid, view: SheetView, claimed: CellRange[]): boolean {
    const own = this.sheet;
    if (sheet.cells.length !== own.cells.length || (sheet.visibility ?? 'visible') !== (own.visibility ?? 'visible')) return false;
    if (!sameList(sheet.hiddenRows, own.hiddenRows) || !sameList(sheet.hiddenColumns, own.hiddenColumns)) return false;
    if (!sameRanges(sheet.merges ?? [], own.merges ?? []) || !sameRanges(claimed, this.claimed)) return false;
    // The sheet's name speaks for its tables where their titles do not (a year, a fund, a grouping, an account).
    if (!sameNameSays(sheet.name, own.name)) return false;
    for (const cell of sheet.cells) {
      // A cell the template lacks reads as empty (no value, no formula), which no held cell is.
      if (!holdsSame(cell, this.view.cell(cell.row, cell.col), this.figures.has(cell.row * COLUMNS + cell.col))) return false;
    }
    return view.top === this.view.top && view.left === this.view.left && view.bottom === this.view.bottom && view.right === this.view.right;
  }
}

function holdsSame(cell: GridCell, there: GridCell, figure: boolean): boolean {
  if (cell.numberFormat !== there.numberFormat || (cell.formula === undefined) !== (there.formula === undefined)) return false;
  if (figure && typeof cell.value === 'number' && typeof there.value === 'number') return Number.isFinite(cell.value) && !yearLike(cell.value) && !yearLike(there.value);
  if (cell.formula !== there.formula || cell.text !== there.text) return false;
  const a = cell.value;
  const b = there.value;
  if (a === b) return true;
  // An error value is an object ({ error: '#DIV/0!' }).
  return typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** As findBodies tells a year typed as a number: a copy's figure must not become one, nor a year a figure. */
function yearLike(value: number): boolean {
  return Number.isInteger(value) && value >= 1990 && value <= 2100;
}

function sameList(a: number[] | undefined, b: number[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function sameRanges(a: CellRange[], b: CellRange[]): boolean {
  return a.length === b.length && a.every((r, i) => r.top === b[i].top && r.left === b[i].left && r.bottom === b[i].bottom && r.right === b[i].right);
}

function sameNameSays(a: string, b: string): boolean {
  if (a === b) return true;
  const x = readLabel(a);
  const y = readLabel(b);
  return x.year === y.year && x.fund === y.fund && x.group === y.group && x.account === y.account && x.scale === y.scale;
}

/** The template's table on a copy's sheet, as its own reading would have made it (a table's own names carry its id). */
export function tableOnCopy(table: ReadTable, sheet: string, id: number): ReadTable {
  const own = new RegExp(`^((?:sub)?total:)${table.id}([rc]:)`);
  const rename = (name: string) => (name.startsWith('total:') || name.startsWith('subtotal:') ? name.replace(own, `$1${id}$2`) : name);
  const member = (m: Member): Member => ({ ...m, fund: rename(m.fund), account: rename(m.account), labelCell: m.labelCell && { ...m.labelCell, sheet } });
  const rows = table.rows.map(member);
  const columns = table.columns.map(member);
  const facts: Fact[] = table.facts.map((f) => {
    const fund = rename(f.dims.fund);
    const account = rename(f.dims.account);
    const dims = fund === f.dims.fund && account === f.dims.account ? f.dims : { ...f.dims, fund, account };
    return { ...f, at: { sheet, row: f.at.row, col: f.at.col }, dims, table: id };
  });
  const edges: DimensionEdge[] = table.edges.map((e) => ({ ...e, parent: rename(e.parent), child: rename(e.child) }));
  const unitInLabels = table.unitInLabels.map((u) => ({ ...u, member: rows[table.rows.indexOf(u.member)] }));
  return { ...table, id, sheet, rows, columns, facts, edges, unitInLabels };
}
