import type { SheetCell } from '../../core';
import { ascendingUnique } from './hiddenLines';
import { ReadFailure } from './ReadFailure';

export interface SheetRow {
  index: number;
  cells: SheetCell[];
  /** A cell of the row mentions a report word (a title, a header, a total). */
  anchor: boolean;
  /** `<row hidden="1">`: kept or dropped with its cells like any row, so a dropped row is never listed as hidden. */
  hidden?: boolean;
}

/**
 * Keeps a sheet's rows as they stream in, so memory follows the report rather than a listing beside it. Every
 * row is kept until the sheet holds `fullSheetCells` cells; from then on a row is kept only within `windowRows`
 * rows of a row that mentions a report word (before or after it). Rows are expected in sheet order, as every
 * writer stores them; the count of rows dropped is reported. Whether a row is hidden plays no part in keeping it
 * (a hidden row's words still anchor a window); the hidden rows listed are those of the rows kept.
 */
export class ReportRowFilter {
  private readonly kept: SheetRow[] = [];
  /** Windowed mode: the latest rows outside every window, in case a report word follows within windowRows. */
  private pending: SheetRow[] = [];
  private pendingStart = 0;
  private cells = 0;
  /** Cells in `kept`, held to the workbook's budget. */
  private keptCells = 0;
  private windowed = false;
  private lastAnchor = -Infinity;
  dropped = 0;

  constructor(
    private readonly fullSheetCells: number,
    private readonly windowRows: number,
    /** Cells this sheet may keep at most (what the workbook's limit leaves): past it the file is refused. */
    private readonly budget = Infinity,
  ) {}

  add(row: SheetRow): void {
    if (row.anchor) this.lastAnchor = row.index;
    if (!this.windowed) {
      this.keep(row);
      this.cells += row.cells.length;
      if (this.cells > this.fullSheetCells) this.startWindows();
      return;
    }
    if (row.anchor) this.keepPendingFrom(row.index - this.windowRows);
    if (row.index - this.lastAnchor <= this.windowRows) this.keep(row);
    else {
      this.pending.push(row);
      this.forgetPendingBefore(row.index - this.windowRows);
    }
  }

  private keep(row: SheetRow): void {
    this.kept.push(row);
    this.keptCells += row.cells.length;
    if (this.keptCells > this.budget) throw new ReadFailure('tooLarge', `> ${this.budget.toLocaleString('en')} cells`);
  }

  cellsKept(): SheetCell[] {
    this.dropped += this.pending.length - this.pendingStart;
    this.pending = [];
    this.pendingStart = 0;
    return this.kept.flatMap((row) => row.cells);
  }

  /** The rows of kept cells that sit in a hidden `<row>`: ascending, each once. */
  hiddenRowsKept(): number[] {
    const out: number[] = [];
    for (const row of this.kept) {
      if (!row.hidden) continue;
      // A cell's own address names its row; a writer never puts it under another row's element, but if one did,
      // the row listed is still one that holds a cell.
      for (const cell of row.cells) if (out[out.length - 1] !== cell.row) out.push(cell.row);
    }
    return ascendingUnique(out);
  }

  /** Past the budget: keep what lies near an anchor already seen; the tail waits in `pending` for one to come. */
  private startWindows(): void {
    this.windowed = true;
    const anchors = this.kept.filter((row) => row.anchor).map((row) => row.index);
    const rows = this.kept.splice(0);
    this.keptCells = 0;
    let next = 0; // the first anchor at or after the row
    for (const row of rows) {
      while (next < anchors.length && anchors[next] < row.index) next++;
      const before = next > 0 ? row.index - anchors[next - 1] : Infinity;
      const after = next < anchors.length ? anchors[next] - row.index : Infinity;
      if (Math.min(before, after) <= this.windowRows) this.keep(row);
      else this.pending.push(row);
    }
    const last = rows.length > 0 ? rows[rows.length - 1].index : 0;
    this.forgetPendingBefore(last - this.windowRows);
  }

  private keepPendingFrom(first: number): void {
    for (let i = this.pendingStart; i < this.pending.length; i++) {
      if (this.pending[i].index >= first) this.keep(this.pending[i]);
      else this.dropped++;
    }
    this.pending = [];
    this.pendingStart = 0;
  }

  private forgetPendingBefore(first: number): void {
    while (this.pendingStart < this.pending.length && this.pending[this.pendingStart].index < first) {
      this.pendingStart++;
      this.dropped++;
    }
    if (this.pendingStart > 4096 && this.pendingStart * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.pendingStart);
      this.pendingStart = 0;
    }
  }
}
