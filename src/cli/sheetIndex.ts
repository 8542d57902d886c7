import { MergeIndex, type SheetCell, type SheetGrid, type WorkbookGrid } from '../core';
import { sheetsByName } from './xlsx/sheetsByName';

/** One sheet's cells by position, built only for the sheets a command writes to. */
export class SheetIndex {
  private readonly cells = new Map<number, SheetCell>();
  /** Every merge of the sheet (an empty top-left hides the covered cells all the same), indexed when first asked. */
  private merges?: MergeIndex;

  constructor(readonly sheet: SheetGrid) {
    for (const cell of sheet.cells) this.cells.set(cell.row * 16384 + cell.col, cell);
  }

  static of(grid: WorkbookGrid): (name: string) => SheetIndex | undefined {
    const built = new Map<string, SheetIndex>();
    let sheets: Map<string, SheetGrid> | undefined;
    return (name) => {
      if (!built.has(name)) {
        const sheet = (sheets ??= sheetsByName(grid.sheets)).get(name);
        if (!sheet) return undefined;
        built.set(name, new SheetIndex(sheet));
      }
      return built.get(name);
    };
  }

  at(row: number, col: number): SheetCell | undefined {
    return this.cells.get(row * 16384 + col);
  }

  /** A covered cell of a merged area (not its top-left), where a value would be hidden. */
  isCoveredByMerge(row: number, col: number): boolean {
    return (this.merges ??= new MergeIndex(this.sheet.merges ?? [])).covers(row, col);
  }
}

/** What a cell shows, as the report's `previous`: numbers stay numbers, an error is its text, empty is null. */
export function contentOf(cell: SheetCell | undefined): string | number | boolean | null {
  if (!cell || cell.value === null || cell.value === undefined) return null;
  if (typeof cell.value === 'object') return cell.value.error;
  return cell.value;
}
