import { DEFAULT_STORE_LIMITS, type StoreLimits } from './store';

/** Bounds of what one operation does, whatever the workbook. */
export interface SharedLimits {
  /**
   * Cells one check marks at most: beyond a few thousand marks a sheet is no longer readable, and the fills saved
   * to restore them would outgrow what one request may carry. Errors are marked first.
   */
  readonly maxMarks: number;
  readonly store: StoreLimits;
}

export const DEFAULT_SHARED_LIMITS: SharedLimits = { maxMarks: 5_000, store: DEFAULT_STORE_LIMITS };
