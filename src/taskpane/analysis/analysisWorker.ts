import { analyseWorkbook, type SheetGrid } from '../../core';
import { policyFromSettings } from '../policyFromSettings';
import type { FromWorker, ToWorker } from './messages';

/**
 * The analysis worker (built as analysisWorker.js): runs the core off the pane's thread, so however long a large
 * workbook takes, the pane keeps painting its progress and answering the cancel button (which ends this worker).
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage(message: FromWorker): void };
const sheets: SheetGrid[] = [];

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'sheets') {
    sheets.push(...message.sheets);
    return;
  }
  try {
    const analysis = analyseWorkbook({ name: message.name, sheets }, { policy: policyFromSettings(message.settings), documents: message.documents ?? [] });
    scope.postMessage({ kind: 'done', analysis });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
