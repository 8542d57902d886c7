import { cellKey, type CellRef, type Finding, type Severity, type WorkbookGrid } from '../core';
import { SEVERITY_WORD, TEXT } from './messages';
import { sheetsByName } from './xlsx/sheetsByName';
import type { SheetWrites } from './xlsx/write/editWorkbook';

/** Fill colours (ARGB) per severity: the light tints Excel itself uses for bad / neutral / note cells. */
export const SEVERITY_FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFE699', info: 'FFDDEBF7' };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface AnnotatedCell {
  at: CellRef;
  severity: Severity;
}

/**
 * What `check --annotate` writes: each cell a finding points at gets a solid fill in the colour of its worst
 * severity and a note with every finding's message, stated and expected value (after a note already there).
 * A protected sheet is never written: its cells are listed apart.
 */
export function planAnnotations(findings: Finding[], grid: WorkbookGrid): { annotated: AnnotatedCell[]; onProtected: AnnotatedCell[]; writes: SheetWrites[] } {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = cellKey(finding.at);
    const group = byCell.get(key);
    if (group) group.push(finding);
    else byCell.set(key, [finding]);
  }
  const sheets = sheetsByName(grid.sheets);
  const annotated: AnnotatedCell[] = [];
  const onProtected: AnnotatedCell[] = [];
  const writes = new Map<string, SheetWrites>();
  for (const group of byCell.values()) {
    const { at } = group[0];
    const sheet = sheets.get(at.sheet);
    if (!sheet) continue;
    const severity = group.map((f) => f.severity).sort((a, b) => RANK[a] - RANK[b])[0];
    if (sheet.protected) {
      onProtected.push({ at, severity });
      continue;
    }
    const list = writes.get(at.sheet) ?? { sheet: at.sheet, cells: [], notes: [] };
    list.cells.push({ row: at.row, col: at.col, fillArgb: SEVERITY_FILL[severity] });
    list.notes.push({ row: at.row, col: at.col, text: group.map(noteText).join('\n\n') });
    writes.set(at.sheet, list);
    annotated.push({ at, severity });
  }
  return { annotated, onProtected, writes: [...writes.values()] };
}

function noteText(finding: Finding): string {
  const lines = [TEXT.noteHeading(SEVERITY_WORD[finding.severity], finding.message)];
  lines.push(TEXT.noteStated(finding.stated ?? TEXT.emptyValue));
  if (finding.expected !== null) lines.push(TEXT.noteExpected(finding.expected));
  return lines.join('\n');
}
