import { mentionsReportWord, type SheetGrid, type WorkbookGrid } from '../../core';
import { isDateFormat } from './builtinNumberFormats';
import { READ_LIMITS, type ReadLimits } from './limits';
import { ReadFailure, toReadFailure } from './ReadFailure';
import { readSharedStrings } from './readSharedStrings';
import { readSheet, type SheetContext } from './readSheet';
import { readCellFormats } from './readStyles';
import { readWorkbookPart, type SheetEntry, type WorkbookPart } from './readWorkbookPart';
import { sniffFile } from './sniffFile';
import { ZipPackage } from './ZipPackage';

/** What a writer needs to know of the workbook it copies, beside the grid. */
export interface XlsxBook {
  workbook: WorkbookPart;
  sheets: (SheetEntry & { protected: boolean; droppedRows: number })[];
  /**
   * The package as read, with the parts it inflated, when it was read for a copy and fits in memory: the copy
   * is then made from the very bytes that were checked, without opening the file and inflating its sheets again.
   * The copy closes it.
   */
  source?: ZipPackage;
  /** The package's fingerprint as checked: a copy made from the file opened again must find the same one. */
  fingerprint: string;
}

export interface ReadOptions {
  /** The workbook will be copied (check --annotate, fill): keep the package for the copy (XlsxBook.source). */
  forCopy?: boolean;
}

/**
 * Read an .xlsx into the core's grid: the file is sniffed, the package's declared sizes checked, then the shared
 * strings, number formats and each worksheet are streamed, keeping only cells that hold something. Any failure
 * is a ReadFailure whose kind the CLI words for the user.
 */
export async function readWorkbook(
  file: string,
  name: string,
  limits: ReadLimits = READ_LIMITS,
  options: ReadOptions = {},
): Promise<{ grid: WorkbookGrid; book: XlsxBook }> {
  await sniffFile(file, limits);
  const pkg = await ZipPackage.open(file, limits);
  // A package read from its file as needed (a large one) holds the file open: the copy opens it anew instead.
  const keep = options.forCopy === true && pkg.inMemory;
  try {
    if (keep) pkg.keepInflated(limits.keptForCopyBytes);
    const workbook = await readWorkbookPart(pkg);
    if (workbook.sheets.length === 0) throw new ReadFailure('noSheets');
    if (workbook.sheets.length > limits.maxSheets) throw new ReadFailure('tooLarge', `${workbook.sheets.length} > ${limits.maxSheets} sheets`);
    const strings = await readSharedStrings(pkg, workbook.sharedStringsPart);
    const mentions = new Int8Array(strings.length); // 0 not yet decided, 1 yes, 2 no
    const formats = await readCellFormats(pkg, workbook.stylesPart);
    const context: SheetContext = {
      strings,
      formats,
      dateStyles: formats.map((code) => code !== undefined && isDateFormat(code)),
      date1904: workbook.date1904,
      stringMentions(index) {
        if (mentions[index] === 0) mentions[index] = mentionsReportWord(strings[index]) ? 1 : 2;
        return mentions[index] === 1;
      },
      mentionsReportWord,
      limits,
    };
    const grids: SheetGrid[] = [];
    const sheets: XlsxBook['sheets'] = [];
    let cells = 0;
    // A part is read once however many sheets point at it (a crafted package may point 5,000 at one large part):
    // the sheets share what it holds, and still count against the cell budget one by one.
    const readParts = new Map<string, Awaited<ReturnType<typeof readSheet>>>();
    for (const entry of withUniqueNames(workbook.sheets)) {
      const known = readParts.get(entry.part.toLowerCase());
      if (known && cells + known.cells.length > limits.maxCells) throw new ReadFailure('tooLarge', `> ${limits.maxCells} cells`);
      const content = known ?? (await readSheet(pkg, entry.part, context, limits.maxCells - cells));
      readParts.set(entry.part.toLowerCase(), content);
      cells += content.cells.length;
      const grid: SheetGrid = { name: entry.name, cells: content.cells, merges: content.merges, protected: content.protected, visibility: entry.visibility };
      if (content.hiddenRows.length > 0) grid.hiddenRows = content.hiddenRows;
      if (content.hiddenColumns.length > 0) grid.hiddenColumns = content.hiddenColumns;
      grids.push(grid);
      sheets.push({ ...entry, protected: content.protected, droppedRows: content.droppedRows });
    }
    return { grid: { name, sheets: grids }, book: { workbook, sheets, fingerprint: pkg.fingerprint(), ...(keep ? { source: pkg } : {}) } };
  } catch (error) {
    if (keep) pkg.close(); // read for a copy that will not be made
    throw toReadFailure(error);
  } finally {
    if (!keep) pkg.close();
  }
}

/**
 * The sheets with one name each: a damaged or hand-made package may name two sheets alike, which Excel never
 * does (names are unique case aside). The later one is read as `名称 (2)`, so findings and a copy's writes name
 * exactly one sheet, never the other of the same name.
 */
function withUniqueNames<S extends { name: string }>(sheets: S[]): S[] {
  const taken = new Set<string>();
  return sheets.map((sheet) => {
    let name = sheet.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${sheet.name} (${n})`;
    taken.add(name.toLowerCase());
    return name === sheet.name ? sheet : { ...sheet, name };
  });
}
