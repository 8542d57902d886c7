import { isCellError, type GridCell } from '../../core';
import type { CellContent } from './HostAdapter';

/** A cell as it is now, in the form that puts it back exactly. */
export function contentOf(cell: GridCell): CellContent {
  const content: CellContent = { value: null, numberFormat: cell.numberFormat ?? 'General' };
  if (cell.formula !== undefined) content.formula = `=${cell.formula}`;
  const v = cell.value;
  if (v !== null && isCellError(v)) {
    content.value = v.error;
    content.error = true;
  } else if (v !== '') content.value = v ?? null;
  return content;
}

/** The value to show the user: an error as its text. */
export function shownValue(cell: GridCell): string | number | boolean | null {
  const v = cell.value;
  if (v === null || v === '') return null;
  return isCellError(v) ? v.error : v;
}

/** The snapshot's view of a content just written. */
export function gridCellOf(content: CellContent): GridCell {
  const cell: GridCell = { value: content.error && typeof content.value === 'string' ? { error: content.value } : content.value };
  if (content.numberFormat && content.numberFormat !== 'General') cell.numberFormat = content.numberFormat;
  if (content.formula) cell.formula = content.formula.slice(1);
  return cell;
}
