import type { CellRef } from '../grid/address';
import type { SheetView } from '../grid/SheetView';
import type { GridCell } from '../grid/types';

/**
 * What a formula is evaluated on: each sheet's cells as typed. The relation engine's CellValues is one; the
 * formula layer needs no more of it (and so stays below the relations that use it).
 */
export interface FormulaCells {
  view(sheet: string): SheetView | undefined;
  raw(ref: CellRef): GridCell | undefined;
}
