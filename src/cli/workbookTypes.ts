/** What a host did with the planned fills, in the core's terms (re-exported for the CLI's modules). */
export type { FillOutcome, SkipCause } from '../core';
export type CellContent = string | number | boolean | null;
