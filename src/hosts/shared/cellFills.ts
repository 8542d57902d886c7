import type { Severity } from '../../core';
import type { CellFill } from './HostAdapter';

/** Excel's own "bad / neutral" cell-style fills, so highlights read like Excel's conditional formats. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** A cell 填写得分 wrote: a light green of Excel's "good" family, unlike any mark of a finding. */
export const FILLED_FILL = '#E2EFDA';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Excel's gradient fills: readable, but no API can set one back, so such a cell is never painted over. */
export function isGradient(fill: CellFill): boolean {
  return fill.pattern === 'LinearGradient' || fill.pattern === 'RectangularGradient';
}

export function isNoFill(fill: CellFill): boolean {
  return !fill.pattern || fill.pattern === 'None';
}

export function sameFill(a: CellFill, b: CellFill): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
