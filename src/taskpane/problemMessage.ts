import type { HostProblem } from '../hosts/WorkbookHost';
import { listOf, sheetsOf, t, type StringKey } from './strings';

/** OfficeExtension.Error codes (and WPS's, mapped to these by its adapter) with a sentence of their own. */
const HOST_ERROR_TEXT: Record<string, StringKey> = {
  AccessDenied: 'hostErrorAccessDenied',
  ItemNotFound: 'hostErrorNotFound',
  RequestPayloadSizeLimitExceeded: 'hostErrorTooLarge',
  ResponsePayloadSizeLimitExceeded: 'hostErrorTooLarge',
  RangeExceedsLimit: 'hostErrorTooLarge',
  ApiNotFound: 'hostErrorApiNotFound',
  ActivityLimitReached: 'hostErrorBusy',
  Conflict: 'hostErrorBusy',
  ServiceNotAvailable: 'hostErrorBusy',
};

/** The pane's sentence for a problem the host reported, in Chinese; a host error is named by its code. */
export function problemMessage(problem: HostProblem): string {
  switch (problem.kind) {
    case 'noCheck':
      return t('problemNoCheck');
    case 'missingSheets':
      return t('problemMissingSheets', { sheets: sheetsOf(problem.sheets) });
    case 'protectedSheets':
      return t('problemProtectedSheets', { sheets: sheetsOf(problem.sheets) });
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
      // A host's message in Chinese was written for the user (the WPS adapter's own checks); Office's is English and
      // technical: it went to the console for support, and the user gets a sentence for its code.
      // Its code is for support (the console has it), never for the person reading the sentence.
      if (/[\u4e00-\u9fff]/.test(problem.message)) return problem.message;
      return t(HOST_ERROR_TEXT[problem.code] ?? 'hostErrorGeneral', { code: problem.code });
  }
}
