import type { WorkbookGrid } from '../../core';
import { fail, succeed, type Outcome, type StoredSettings, type WorkbookHost } from '../WorkbookHost';
import { CheckSnapshot } from './CheckSnapshot';
import { clearHighlights } from './clearHighlights';
import { fill } from './fill';
import type { HostAdapter, HostDriver } from './HostAdapter';
import { sheetGrid } from './hiddenLines';
import { highlight } from './highlight';
import { DEFAULT_SHARED_LIMITS, type SharedLimits } from './limits';
import { exportedSheet, exportFindings, removeExport } from './exportFindings';
import { decodeFills, decodeHighlights } from './records';
import { readEntry, STORE_KEYS, writeEntry } from './store';
import { undoFill } from './undoFill';
import { selectCell } from './selectCell';

export interface WorkbookHostOptions {
  limits?: SharedLimits;
  /** Shown in reports only. */
  workbookName?: string;
}

/**
 * The pane's WorkbookHost over any host's adapter: every decision lives here, the adapter only translates reads
 * and writes. The last check is kept as a snapshot (by sheet id) so later writes can tell what changed since.
 */
export function createWorkbookHost(adapter: HostAdapter, options: WorkbookHostOptions = {}): WorkbookHost {
  const limits = options.limits ?? DEFAULT_SHARED_LIMITS;
  let snapshot: CheckSnapshot | null = null;

  const guarded = async <T>(operation: (driver: HostDriver) => Promise<Outcome<T>>): Promise<Outcome<T>> => {
    try {
      return await adapter.run(operation);
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') return fail({ kind: 'cancelled' });
      return fail(adapter.problemOf(error));
    }
  };
  const checked = <T>(operation: (driver: HostDriver, snapshot: CheckSnapshot) => Promise<Outcome<T>>): Promise<Outcome<T>> => {
    const current = snapshot;
    return current ? guarded((driver) => operation(driver, current)) : Promise.resolve(fail<T>({ kind: 'noCheck' }));
  };

  return {
    read: (onProgress, signal) =>
      guarded(async (driver) => {
        const listed = await driver.read({ sheets: true, store: true });
        // The sheet 导出核对结果 wrote is FundCheck's own report, never a table of the user's to check.
        const exported = exportedSheet(listed.store, listed.sheets);
        const sheets = listed.sheets.filter((s) => s !== exported);
        signal?.throwIfAborted();
        const cells = await driver.readUsedCells(sheets, onProgress, signal);
        const grid: WorkbookGrid = {
          name: options.workbookName ?? '工作簿',
          sheets: sheets.map((s) => sheetGrid({ name: s.name, protected: s.protected, visibility: s.visibility }, cells.get(s.id))),
        };
        // The core may keep the grid: the snapshot only reads it, and lays the adapter's own writes over it.
        snapshot = new CheckSnapshot(grid, sheets);
        return succeed(grid);
      }),
    highlight: (findings, noteOf) =>
      checked((driver, current) => highlight(driver, current, findings, limits, noteOf ? { noteOf, supported: adapter.notes } : undefined)),
    clearHighlights: () => guarded((driver) => clearHighlights(driver, limits)),
    fill: (fills, mode, sources) => checked((driver, current) => fill(driver, current, fills, mode, sources, limits)),
    undoFill: () => guarded((driver) => undoFill(driver, snapshot, limits)),
    select: (sheet, cell) => guarded((driver) => selectCell(driver, snapshot, sheet, cell)),
    loadSettings: () =>
      guarded(async (driver) => {
        const { store } = await driver.read({ store: true });
        return succeed(parseSettings(readEntry(store, STORE_KEYS.settings)));
      }),
    leftBehind: () =>
      guarded(async (driver) => {
        // One round trip: a pane opening on a workbook marked in an earlier session says so before anything else.
        const { store, sheets } = await driver.read({ store: true, sheets: true });
        const present = new Set(sheets.map((s) => s.id));
        const marks = decodeHighlights(readEntry(store, STORE_KEYS.highlights), sheets).filter((r) => present.has(r.sheetId)).length;
        const fills = decodeFills(readEntry(store, STORE_KEYS.fills), sheets).filter((r) => present.has(r.sheetId)).length;
        return succeed({ marks, fills });
      }),
    exportFindings: (table) => guarded((driver) => exportFindings(driver, table, limits)),
    removeExport: () => guarded((driver) => removeExport(driver, limits)),
    saveSettings: (settings) =>
      guarded(async (driver) => {
        const { store } = await driver.read({ store: true });
        await driver.write(writeEntry(store, STORE_KEYS.settings, JSON.stringify(settings), limits.store));
        return succeed(undefined);
      }),
  };
}

/** The scoring choice kept with the workbook; null when none (or something unreadable) was saved. */
function parseSettings(text: string | null): StoredSettings | null {
  try {
    const value = text ? (JSON.parse(text) as StoredSettings) : null;
    return value && typeof value.preset === 'string' && Number.isInteger(value.decimals) ? value : null;
  } catch {
    return null;
  }
}
