import type { RunBatch } from './HostContext';

/**
 * The real host: Office.js's Excel.run. The explicit parameter type makes the compiler prove that
 * `Excel.RequestContext` satisfies the adapter's HostContext contract.
 */
export const officeRun: RunBatch = (batch) => Excel.run((context: Excel.RequestContext) => batch(context));
