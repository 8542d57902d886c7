import type { HostProblem } from '../WorkbookHost';

/**
 * Office.js reports failures as OfficeExtension.Error with a `code` (and `debugInfo` for support). These are the
 * codes the adapter reacts to; the pane words every code in Chinese (src/taskpane/problemMessage.ts).
 */
export const HOST_ERROR = {
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  rangeTooLarge: 'RangeExceedsLimit',
  cellEditMode: 'InvalidOperationInCellEditMode',
  accessDenied: 'AccessDenied',
  itemNotFound: 'ItemNotFound',
  apiNotFound: 'ApiNotFound',
} as const;

export function hostErrorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return null;
}

export function isPayloadError(error: unknown): boolean {
  const code = hostErrorCode(error);
  return code === HOST_ERROR.responseTooLarge || code === HOST_ERROR.requestTooLarge || code === HOST_ERROR.rangeTooLarge;
}

/** A failure as a problem for the pane; the details a support person needs go to the console, not to the user. */
export function problemOf(error: unknown): HostProblem {
  const code = hostErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  console.error('FundCheck: Excel reported an error', { code, message, debugInfo: (error as { debugInfo?: unknown } | null)?.debugInfo });
  if (code === HOST_ERROR.cellEditMode) return { kind: 'cellEditMode' };
  return { kind: 'hostError', code: code ?? 'Unknown', message };
}
