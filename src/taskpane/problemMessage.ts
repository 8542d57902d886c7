import type { HostProblem } from '../hosts/WorkbookHost';
import { listOf, t } from './strings';

/** The pane's sentence for a problem the host reported; every one says the workbook was left unchanged. */
export function problemMessage(problem: HostProblem): string {
  switch (problem.kind) {
    case 'noCheck':
      return t('problemNoCheck');
    case 'missingSheets':
      return t('problemMissingSheets', { sheets: listOf(problem.sheets) });
    case 'protectedSheets':
      return t('problemProtectedSheets', { sheets: listOf(problem.sheets) });
    case 'changedCells':
      return t('problemChangedCells', { cells: listOf(problem.cells) });
    case 'cellEditMode':
      return t('problemCellEditMode');
    case 'hiddenSheet':
      return t(problem.veryHidden ? 'problemVeryHiddenSheet' : 'problemHiddenSheet', { sheet: problem.sheet });
    case 'cancelled':
      return t('problemCancelled');
    case 'tooManyCells':
      return t('problemTooManyCells', { count: problem.count });
    case 'hostError':
      return t('problemHost', { code: problem.code, message: problem.message });
  }
}
