import type { HostProblem } from '../WorkbookHost';

/** A failure the adapter itself detected, with a code for support and a Chinese sentence for the pane. */
export class WpsHostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WpsHostError';
  }
}

/**
 * Any exception out of a WPS call, as a problem the pane words: the adapter's own (with their code), or WPS's,
 * which carry no documented code, so they are shown with their message under one code.
 */
export function wpsProblem(error: unknown): HostProblem {
  if (error instanceof Error && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    return { kind: 'hostError', code: (error as { code: string }).code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'hostError', code: 'WpsError', message: message || 'WPS 未说明原因' };
}
