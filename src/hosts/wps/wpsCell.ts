import type { GridCell, RawCellValue } from '../../core';
import { CVERR_TEXT } from './wpsConstants';

const ERROR_TEXT = /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/;

/**
 * One cell's Value2 in the core's terms. An empty cell may come back as undefined, null or "" (COM's Empty through
 * a JS bridge); an error cell as its CVErr code or its text. Dates are serial numbers, as in Office.js.
 */
export function rawValueOf(value2: unknown): RawCellValue {
  if (value2 === undefined || value2 === null || value2 === '') return null;
  if (typeof value2 === 'number') return value2 in CVERR_TEXT ? { error: CVERR_TEXT[value2] } : value2;
  if (typeof value2 === 'boolean') return value2;
  if (typeof value2 === 'string') return ERROR_TEXT.test(value2) ? { error: value2 } : value2;
  return String(value2);
}

/** Formula text ("=…") of a cell, or undefined for a constant; the core keeps it without the "=". */
export function formulaOf(formula: unknown): string | undefined {
  return typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined;
}

export function wpsGridCell(value2: unknown, formula: unknown): GridCell {
  const cell: GridCell = { value: rawValueOf(value2) };
  const text = formulaOf(formula);
  if (text !== undefined) cell.formula = text;
  return cell;
}

/** A number format worth keeping: "General" (in any case, as WPS may spell it) is the same as none. */
export function keptFormat(format: string): string | undefined {
  return format === '' || format.toLowerCase() === 'general' || format === 'G/通用格式' ? undefined : format;
}
