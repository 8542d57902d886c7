import type { Analysis } from '../core';
import type { FillResult, HighlightResult, RestoreResult } from '../hosts/WorkbookHost';
import { listOf, sheetsOf, t } from './strings';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
  /** Further sentences, each shown on its own line: never run together with the first. */
  details?: string[];
}

/** A notice of a first sentence and those that follow it. */
function noticeOf(intent: Notice['intent'], [text, ...details]: string[]): Notice {
  return details.length ? { intent, text, details } : { intent, text };
}

/** The outcome of 一键核对, before marking. */
export function checkNotice(analysis: Analysis): Notice {
  if (analysis.tables.length === 0) return { intent: 'warning', text: t('noTables') };
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  const warnings = analysis.findings.filter((f) => f.severity === 'warning').length;
  if (errors + warnings === 0) return { intent: 'success', text: t('checkDoneClean') };
  return { intent: errors > 0 ? 'warning' : 'info', text: t('checkDone', { errors, warnings }) };
}

/** Add what marking left out, and why, to the notice of the command that marked. */
export function withMarks(done: Notice, marks: HighlightResult): Notice {
  const lines = [done.text, ...(done.details ?? [])];
  if (marks.highlighted > 0) lines.push(t('marksDone', { count: marks.highlighted }));
  if (marks.unmarked > 0) lines.push(t('marksCapped', { count: marks.unmarked }));
  if (marks.protectedSheets.length > 0) lines.push(t('marksProtected', { sheets: sheetsOf(marks.protectedSheets) }));
  if (marks.notesUnsupported) lines.push(t('marksNoNotes'));
  if (marks.gradientCells.length > 0) lines.push(t('marksGradient', { count: marks.gradientCells.length, cells: listOf(marks.gradientCells) }));
  const left = marks.unmarked + marks.protectedSheets.length + marks.gradientCells.length > 0;
  return noticeOf(left && done.intent === 'success' ? 'info' : done.intent, lines);
}

export function fillNotice(result: Extract<FillResult, { kind: 'done' }>): Notice {
  const { written, skippedFormulas, skippedOccupied, skippedProtected } = result;
  const lines = [t('fillDone', { count: written.length })];
  if (skippedFormulas.length > 0) lines.push(t('fillSkippedFormulas', { count: skippedFormulas.length, cells: listOf(skippedFormulas) }));
  if (skippedOccupied.length > 0) lines.push(t('fillSkippedOccupied', { count: skippedOccupied.length, cells: listOf(skippedOccupied) }));
  if (skippedProtected.length > 0) lines.push(t('fillSkippedProtected', { count: skippedProtected.length, cells: listOf(skippedProtected) }));
  return noticeOf(skippedFormulas.length + skippedProtected.length > 0 ? 'warning' : 'success', lines);
}

/** What 清除标记 or 撤销填写 did, and what it left and why. */
export function restoreNotice(kind: 'clear' | 'undo', result: RestoreResult): Notice {
  const { restored } = result;
  const lines = [
    kind === 'clear'
      ? restored > 0
        ? t('clearDone', { count: restored })
        : t('clearNothing')
      : restored > 0
        ? t('undoDone', { count: restored })
        : t('undoNothing'),
  ];
  if (result.goneSheets.length > 0) lines.push(t('goneSheets', { sheets: sheetsOf(result.goneSheets) }));
  if (result.protectedSheets.length > 0) lines.push(t('restoreProtected', { sheets: sheetsOf(result.protectedSheets) }));
  if (result.editedCells.length > 0) lines.push(t('restoreEdited', { count: result.editedCells.length, cells: listOf(result.editedCells) }));
  const left = result.protectedSheets.length + result.editedCells.length > 0;
  return noticeOf(left ? 'warning' : restored > 0 ? 'success' : 'info', lines);
}
