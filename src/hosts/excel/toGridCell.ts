import type { GridCell, RawCellValue } from '../../core';

/**
 * One cell as Office.js reports it, in the core's terms: Office gives "" for an empty cell and the formula text
 * (starting with "=") in `formulas` for a formula cell, whose `values` entry is the cached result.
 */
export function toGridCell(value: unknown, numberFormat: unknown, formula: unknown): GridCell {
  const cell: GridCell = { value: toRawValue(value) };
  if (typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General') cell.numberFormat = numberFormat;
  if (isFormula(formula)) cell.formula = (formula as string).slice(1);
  return cell;
}

export function toRawValue(value: unknown): RawCellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/.test(value) ? { error: value } : value;
  return String(value);
}

export function isFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=');
}
