import { columnLetters, isCellError, type SheetCell } from '../../../../src/core';
import type { FactCase } from './factCase';
import type { FactSheetGrid } from './sheetBuilder';

/**
 * A small text rendering of a case's sheets, for a failing test: rows with their cell texts in columns, hidden
 * rows and columns marked `h`, formulas `ƒ`, the cells the mistake changed `!`, other cells of an error group `?`.
 */
const WIDTH = 12;

export function picture(c: FactCase, reported: string[] = []): string {
  const injected = new Set(c.injected);
  const grouped = new Set(c.errors.flat());
  const said = new Set(reported);
  const out: string[] = [];
  for (const sheet of c.workbook.sheets as FactSheetGrid[]) {
    const hiddenRows = new Set(sheet.hiddenRows ?? []);
    const hiddenCols = new Set(sheet.hiddenColumns ?? []);
    const cols = Math.max(0, ...sheet.cells.map((x) => x.col)) + 1;
    const rows = Math.max(0, ...sheet.cells.map((x) => x.row)) + 1;
    const at = new Map(sheet.cells.map((x) => [`${x.row},${x.col}`, x]));
    out.push(`── sheet ${sheet.name}${hiddenRows.size ? `, hidden rows ${[...hiddenRows].map((r) => r + 1).join(' ')}` : ''}${hiddenCols.size ? `, hidden columns ${[...hiddenCols].map(columnLetters).join(' ')}` : ''}`);
    out.push('     ' + Array.from({ length: cols }, (_, k) => pad(`${columnLetters(k)}${hiddenCols.has(k) ? 'h' : ''}`)).join('|'));
    for (let r = 0; r < rows; r++) {
      const line: string[] = [];
      let any = false;
      for (let k = 0; k < cols; k++) {
        const cell = at.get(`${r},${k}`);
        if (cell) any = true;
        const key = `${sheet.name}!${columnLetters(k)}${r + 1}`;
        const mark = injected.has(key) ? '!' : grouped.has(key) ? '?' : said.has(key) ? '×' : '';
        line.push(pad(mark + (cell?.formula !== undefined ? 'ƒ' : '') + text(cell)));
      }
      if (any || hiddenRows.has(r)) out.push(`${String(r + 1).padStart(3)}${hiddenRows.has(r) ? 'h' : ' '} ${line.join('|')}`);
    }
  }
  return out.join('\n');
}

function text(cell: SheetCell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (isCellError(cell.value)) return cell.value.error;
  if (typeof cell.value === 'number') {
    const f = cell.numberFormat ?? '';
    if (f.includes('%')) return `${(cell.value * 100).toFixed((f.split('.')[1]?.match(/0/g) ?? []).length)}%`;
    const decimals = /\.(0+)/.exec(f)?.[1].length ?? null;
    return decimals === null ? String(cell.value) : cell.value.toFixed(decimals);
  }
  return String(cell.value).replace(/\n/g, '⏎');
}

/** Pad or cut to WIDTH display columns (a CJK character takes two). */
function pad(s: string): string {
  let width = 0;
  let out = '';
  for (const ch of s) {
    const w = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
    if (width + w > WIDTH) break;
    out += ch;
    width += w;
  }
  return out + ' '.repeat(WIDTH - width);
}
