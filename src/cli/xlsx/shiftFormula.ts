import { toA1 } from '../../core';

/** A cell reference outside a string literal: optional $, 1–3 letters, optional $, digits, not part of a name. */
const REFERENCE = /("(?:[^"]|"")*")|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * The formula of a cell that shares its master's (`<f t="shared" si="0"/>`): the master's text with each
 * relative reference moved by the distance between the two cells, as Excel reads it.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(REFERENCE, (match, quoted: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    if (quoted !== undefined) return match;
    let col = 0;
    for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
    const newCol = colAbs ? col - 1 : col - 1 + cols;
    const newRow = rowAbs ? Number(digits) - 1 : Number(digits) - 1 + rows;
    if (newCol < 0 || newRow < 0) return '#REF!';
    const a1 = toA1(newRow, newCol);
    const split = a1.search(/\d/);
    return `${colAbs}${a1.slice(0, split)}${rowAbs}${a1.slice(split)}`;
  });
}
