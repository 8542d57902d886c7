/**
 * Office.js reports failures as OfficeExtension.Error with a `code`. These are the codes the adapter reacts to;
 * anything else becomes a "host error" shown with its code.
 */
export const HOST_ERROR = {
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  rangeTooLarge: 'RangeExceedsLimit',
  cellEditMode: 'InvalidOperationInCellEditMode',
  accessDenied: 'AccessDenied',
  itemNotFound: 'ItemNotFound',
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
