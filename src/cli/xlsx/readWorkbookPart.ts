import type { SheetVisibility } from '../../core';
import { ReadFailure } from './ReadFailure';
import { readRelationships } from './readRelationships';
import { isTrue } from './xmlValues';
import { parseXml, prefixedAttribute } from './xmlEvents';
import type { ZipPackage } from './ZipPackage';

export interface SheetEntry {
  name: string;
  /** The worksheet part; chart sheets and dialog sheets are left out (they hold no cells). */
  part: string;
  visibility: SheetVisibility;
}

export interface WorkbookPart {
  part: string;
  sheets: SheetEntry[];
  sharedStringsPart?: string;
  stylesPart?: string;
  /** `<workbookProtection>` locks the structure or windows (kept as it is; cells may still be written). */
  protected: boolean;
  /** Dates counted from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** Sheets the workbook lists whose content is not in the package (a missing part, a target outside it): not read. */
  unreadSheets: string[];
}

/** The workbook part, found through the package relationships: its sheets in tab order and its shared parts. */
export async function readWorkbookPart(pkg: ZipPackage): Promise<WorkbookPart> {
  const main = (await readRelationships(pkg, '')).find((r) => r.kind === 'officeDocument' && !r.external);
  if (!main || !pkg.has(main.target)) throw new ReadFailure('notSpreadsheet');
  const rels = await readRelationships(pkg, main.target);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const workbook: WorkbookPart = { part: main.target, sheets: [], protected: false, date1904: false, unreadSheets: [] };
  let isWorkbook = false;
  parseXml(await pkg.buffer(main.target), {
    open(name, a) {
      if (name === 'workbook') isWorkbook = true;
      else if (name === 'workbookPr') workbook.date1904 = isTrue(a.date1904);
      else if (name === 'workbookProtection') {
        workbook.protected = ['lockStructure', 'lockWindows', 'lockRevision'].some((key) => isTrue(a[key]));
      } else if (name === 'sheet') {
        const rel = byId.get(prefixedAttribute(a, 'id') ?? '');
        // Chart and dialog sheets hold no cells; a worksheet whose part cannot be had is named, never passed over.
        if (rel && rel.kind !== 'worksheet') return;
        if (!rel || rel.external || !pkg.has(rel.target)) {
          workbook.unreadSheets.push(a.name ?? '');
          return;
        }
        const visibility: SheetVisibility = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        workbook.sheets.push({ name: a.name ?? '', part: rel.target, visibility });
      }
    },
  });
  if (!isWorkbook) throw new ReadFailure('notSpreadsheet');
  const shared = (kind: string) => rels.find((r) => r.kind === kind && !r.external && pkg.has(r.target))?.target;
  const sharedStringsPart = shared('sharedStrings');
  const stylesPart = shared('styles');
  return { ...workbook, ...(sharedStringsPart ? { sharedStringsPart } : {}), ...(stylesPart ? { stylesPart } : {}) };
}
