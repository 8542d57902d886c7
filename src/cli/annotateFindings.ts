import type ExcelJS from 'exceljs';
import { cellKey, toA1, type CellRef, type Finding, type Severity } from '../core';
import { restyle } from './cellAccess';
import { SEVERITY_WORD, TEXT } from './messages';

/** Fill colours (ARGB) per severity: the light tints Excel itself uses for bad / neutral / note cells. */
export const SEVERITY_FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFE699', info: 'FFDDEBF7' };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface AnnotatedCell {
  at: CellRef;
  severity: Severity;
}

/**
 * Mark each cell a finding points at, in place: a solid fill in the colour of its worst severity and a note
 * with every finding's message, stated and expected value. Nothing else of the cell changes; a note that was
 * already there is kept above ours.
 */
export function annotateFindings(workbook: ExcelJS.Workbook, findings: Finding[]): AnnotatedCell[] {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = cellKey(finding.at);
    byCell.set(key, [...(byCell.get(key) ?? []), finding]);
  }
  const annotated: AnnotatedCell[] = [];
  for (const group of byCell.values()) {
    const { at } = group[0];
    const worksheet = workbook.getWorksheet(at.sheet);
    if (!worksheet) continue;
    const cell = worksheet.getCell(toA1(at.row, at.col));
    const severity = group.map((f) => f.severity).sort((a, b) => RANK[a] - RANK[b])[0];
    restyle(cell, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[severity] } } });
    const ours = group.map(noteText).join('\n\n');
    const existing = noteOf(cell);
    cell.note = existing ? `${existing}\n\n${ours}` : ours;
    annotated.push({ at, severity });
  }
  return annotated;
}

function noteText(finding: Finding): string {
  const lines = [TEXT.noteHeading(SEVERITY_WORD[finding.severity], finding.message)];
  lines.push(TEXT.noteStated(finding.stated ?? TEXT.emptyValue));
  if (finding.expected !== null) lines.push(TEXT.noteExpected(finding.expected));
  return lines.join('\n');
}

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (!note) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : '';
}
