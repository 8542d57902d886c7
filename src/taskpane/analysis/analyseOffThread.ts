import { analyseWorkbook, type Analysis, type ReportDocument, type SheetGrid, type WorkbookGrid } from '../../core';
import type { StoredSettings } from '../../hosts/WorkbookHost';
import { policyFromSettings } from '../policyFromSettings';
import type { FromWorker, ToWorker } from './messages';
import { yieldToPane } from './yieldToPane';

/** Cells sent to the worker in one message: copying a part is then a short task on the pane's thread. */
const CELLS_PER_MESSAGE = 10_000;

/**
 * Analyse in a Web Worker (analysisWorker.js beside the page), sending the sheets in parts and yielding between
 * them; `signal` ends the worker at once. Where workers are unavailable (or the worker fails to start) the core
 * runs here, in one piece.
 */
export async function analyseOffThread(grid: WorkbookGrid, settings: StoredSettings, signal?: AbortSignal, documents: ReportDocument[] = []): Promise<Analysis> {
  if (typeof Worker === 'undefined') return analyseWorkbook(grid, { policy: policyFromSettings(settings), documents });
  signal?.throwIfAborted();
  const worker = new Worker('analysisWorker.js');
  try {
    const result = new Promise<Analysis>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => (event.data.kind === 'done' ? resolve(event.data.analysis) : reject(new Error(event.data.message)));
      // The worker could not start (its file missing from a build, a policy refusing it): analyse here instead.
      worker.onerror = (event) => {
        event.preventDefault();
        console.error('FundCheck: the analysis worker failed; analysing on the pane’s thread', event.message);
        try {
          resolve(analyseWorkbook(grid, { policy: policyFromSettings(settings), documents }));
        } catch (error) {
          reject(error);
        }
      };
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    result.catch(() => undefined); // awaited below; a cancel while sending must not count as unhandled
    for (const part of parts(grid.sheets)) {
      worker.postMessage({ kind: 'sheets', sheets: part } satisfies ToWorker);
      await yieldToPane();
      signal?.throwIfAborted();
    }
    worker.postMessage({ kind: 'analyse', name: grid.name, settings, documents } satisfies ToWorker);
    return await result;
  } finally {
    worker.terminate();
  }
}

function* parts(sheets: SheetGrid[]): Generator<SheetGrid[]> {
  let part: SheetGrid[] = [];
  let cells = 0;
  for (const sheet of sheets) {
    if (part.length > 0 && cells + sheet.cells.length > CELLS_PER_MESSAGE) {
      yield part;
      part = [];
      cells = 0;
    }
    part.push(sheet);
    cells += sheet.cells.length;
  }
  if (part.length > 0) yield part;
}
