import type { HostContext, HostWorksheet } from './HostContext';
import type { HostProblem } from '../WorkbookHost';

export interface SheetInspection {
  worksheets: Map<string, HostWorksheet>;
  missing: string[];
  protectedSheets: string[];
}

/**
 * Which of the named sheets still exist and which are protected. Queues its load; after `await context.sync()`
 * (with other loads queued) call the result with the names that matter (they may come from that same sync).
 */
export function queueSheetInspection(context: HostContext): (names: Iterable<string>) => SheetInspection {
  const collection = context.workbook.worksheets;
  collection.load(['items/name', 'items/protection/protected']);
  return (names) => {
    const wanted = [...new Set(names)];
    const worksheets = new Map(collection.items.map((w) => [w.name, w]));
    return {
      worksheets,
      missing: wanted.filter((n) => !worksheets.has(n)),
      protectedSheets: wanted.filter((n) => worksheets.get(n)?.protection.protected === true),
    };
  };
}

/** The first reason not to write to these sheets, or null. */
export function sheetProblem(inspection: SheetInspection): HostProblem | null {
  if (inspection.missing.length > 0) return { kind: 'missingSheets', sheets: inspection.missing };
  if (inspection.protectedSheets.length > 0) return { kind: 'protectedSheets', sheets: inspection.protectedSheets };
  return null;
}

/** A sheet the inspection found; asking for one it did not find is a programming error. */
export function worksheetNamed(worksheets: Map<string, HostWorksheet>, name: string): HostWorksheet {
  const worksheet = worksheets.get(name);
  if (!worksheet) throw new Error(`sheet ${name} was not inspected`);
  return worksheet;
}
