import type { WorkbookGrid } from '../../core';
import { fail, succeed, type Outcome, type WorkbookHost } from '../WorkbookHost';
import { loadSettings, saveSettings } from './paneSettings';
import { readWorkbook, WPS_LIMITS, type WpsLimits } from './readWorkbook';
import { selectCell } from './selectCell';
import type { WpsApplication } from './WpsApi';
import { wpsProblem } from './wpsErrors';

export interface WpsAdapterOptions {
  limits?: WpsLimits;
}

/**
 * The WPS 表格 implementation of the pane's WorkbookHost, over WPS's synchronous JS object model. Every operation
 * runs its calls in one go and turns any exception into a problem the pane words; a problem means nothing was
 * written, because every check comes before the first write.
 */
export function createWpsAdapter(app: WpsApplication, options: WpsAdapterOptions = {}): WorkbookHost {
  const limits = options.limits ?? WPS_LIMITS;
  let snapshot: WorkbookGrid | null = null;

  const guarded = async <T>(operation: () => Outcome<T> | Promise<Outcome<T>>): Promise<Outcome<T>> => {
    try {
      return await operation();
    } catch (error) {
      return fail(wpsProblem(error));
    }
  };

  return {
    read: async (onProgress) => {
      const outcome = await guarded(async () => succeed(await readWorkbook(app, limits, onProgress)));
      // The core gets its own copy; the snapshot is what later writes compare the workbook against.
      if (outcome.ok) snapshot = structuredClone(outcome.value);
      return outcome;
    },
    highlight: () => guarded(() => fail({ kind: snapshot ? 'hostError' : 'noCheck', code: 'WpsPending', message: '' })),
    clearHighlights: () => guarded(() => fail({ kind: 'hostError', code: 'WpsPending', message: '' })),
    fill: () => guarded(() => fail({ kind: 'hostError', code: 'WpsPending', message: '' })),
    undoFill: () => guarded(() => fail({ kind: 'hostError', code: 'WpsPending', message: '' })),
    select: (sheet, cell) => guarded(() => selectCell(app, sheet, cell)),
    loadSettings: () => guarded(() => succeed(loadSettings(app))),
    saveSettings: (settings) => guarded(() => succeed(saveSettings(app, settings))),
  };
}
