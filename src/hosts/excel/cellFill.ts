import type { Severity } from '../../core';
import type { HostRangeFill } from './HostContext';
import type { CellFill } from './workbookStore';

/** Excel's own "bad / neutral" cell-style fills, so highlights read like Excel's conditional formats. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export const FILL_PROPERTIES = ['color', 'pattern', 'patternColor'];

export function readCellFill(fill: HostRangeFill): CellFill {
  return { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor };
}

/** Put back a saved fill; "no fill" is cleared rather than painted white, which would look the same but is not. */
export function restoreCellFill(fill: HostRangeFill, original: CellFill): void {
  if (!original.pattern || original.pattern === 'None') {
    fill.clear();
    return;
  }
  fill.color = original.color;
  if (original.pattern !== 'Solid') {
    fill.pattern = original.pattern;
    fill.patternColor = original.patternColor;
  }
}
