import type { WorkbookGrid } from '../../core';
import { applyFills } from './applyFills';
import { clearHighlights } from './clearHighlights';
import { fail, succeed, type HostProblem, type Outcome, type WorkbookHost } from '../WorkbookHost';
import { highlightFindings } from './highlightFindings';
import type { HostContext, RunBatch } from './HostContext';
import { HOST_ERROR, hostErrorCode } from './hostErrors';
import { DEFAULT_LIMITS, type HostLimits } from './limits';
import { loadSettings, saveSettings } from './paneSettings';
import { readWorkbook } from './readWorkbook';
import { selectCell } from './selectCell';
import { undoFills } from './undoFills';

/** The Office.js implementation of the pane's WorkbookHost. */
export type WorkbookAdapter = WorkbookHost;

export interface AdapterOptions {
  limits?: HostLimits;
  /** Shown in reports only. */
  workbookName?: string;
}

export function createWorkbookAdapter(run: RunBatch, options: AdapterOptions = {}): WorkbookAdapter {
  const limits = options.limits ?? DEFAULT_LIMITS;
  let snapshot: WorkbookGrid | null = null;

  const guarded = async <T>(operation: (context: HostContext) => Promise<Outcome<T>>): Promise<Outcome<T>> => {
    try {
      return await run(operation);
    } catch (error) {
      return fail(toProblem(error));
    }
  };
  const needsCheck = <T>(operation: (grid: WorkbookGrid) => Promise<Outcome<T>>): Promise<Outcome<T>> =>
    snapshot ? operation(snapshot) : Promise.resolve(fail<T>({ kind: 'noCheck' }));

  return {
    read: async (onProgress) => {
      const outcome = await guarded(async (context) => succeed(await readWorkbook(context, options.workbookName ?? '工作簿', limits, onProgress)));
      // The core gets its own copy; the snapshot is kept up to date with the adapter's own writes.
      if (outcome.ok) snapshot = structuredClone(outcome.value);
      return outcome;
    },
    highlight: (findings) => needsCheck((grid) => guarded((context) => highlightFindings(context, grid, findings, limits))),
    clearHighlights: () => guarded((context) => clearHighlights(context, limits)),
    fill: (fills, mode) => needsCheck((grid) => guarded((context) => applyFills(context, grid, fills, mode, limits))),
    undoFill: () => guarded((context) => undoFills(context, snapshot, limits)),
    select: (sheet, cell) => guarded((context) => selectCell(context, sheet, cell)),
    loadSettings: () => guarded(async (context) => succeed(await loadSettings(context))),
    saveSettings: (settings) => guarded(async (context) => succeed(await saveSettings(context, settings))),
  };
}

export function toProblem(error: unknown): HostProblem {
  const code = hostErrorCode(error);
  if (code === HOST_ERROR.cellEditMode) return { kind: 'cellEditMode' };
  return { kind: 'hostError', code: code ?? 'Unknown', message: error instanceof Error ? error.message : String(error) };
}
