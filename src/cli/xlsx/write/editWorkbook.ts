import type { XlsxBook } from '../readWorkbook';
import { ZipPackage } from '../ZipPackage';
import { addNotes, type Note } from './addNotes';
import { editSheetCells } from './editSheetCells';
import { PackageEditor } from './PackageEditor';
import { sheetsByName } from '../sheetsByName';
import { EMPTY_STYLES, StylesEditor } from './StylesEditor';

export interface CellWrite {
  row: number;
  col: number;
  /** A number to store (decimal text); absent when only the look of the cell changes. */
  value?: string;
  numberFormat?: string;
  /** Solid fill colour, ARGB. */
  fillArgb?: string;
}

export interface SheetWrites {
  sheet: string;
  cells: CellWrite[];
  notes: Note[];
}

export type { Note };

/** A copy cannot be made as asked (the input is macro-enabled and OUT is not, a part in UTF-16, …). */
export class CopyRefused extends Error {
  constructor(readonly kind: 'macroExtension' | 'encoding' | 'inputChanged') {
    super(kind);
    this.name = 'CopyRefused';
  }
}

const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/**
 * Write a copy of `input` to the open descriptor `fd` that differs only where asked: the sheets written, the
 * styles part when a written cell needs a new format, the notes' comments and drawing parts, their
 * relationships and content types. Every other part is copied as stored. Returns the writes not made because
 * the cell holds a formula after all.
 */
export async function editWorkbook(input: string, book: XlsxBook, writes: SheetWrites[], fd: number, outName: string): Promise<{ sheet: string; row: number; col: number }[]> {
  // The package as the check read it when it kept it (XlsxBook.source), else opened again.
  const pkg = book.source ?? (await ZipPackage.open(input));
  try {
    // Opened again (a large package): it must be the package that was checked, or the copy would put the fills
    // planned on one file into another (replaced, rewritten, truncated since).
    if (!book.source && pkg.fingerprint() !== book.fingerprint) throw new CopyRefused('inputChanged');
    const editor = new PackageEditor(pkg);
    if (isMacroEnabled(await editor.text('[Content_Types].xml'), book.workbook.part) && !/\.xl[st]m$/i.test(outName)) throw new CopyRefused('macroExtension');
    const stylesPart = book.workbook.stylesPart;
    // A workbook without a styles part (some generators) gets one only if a written cell needs a format.
    const styles = new StylesEditor(stylesPart ? await editor.text(stylesPart) : EMPTY_STYLES);
    const refused: { sheet: string; row: number; col: number }[] = [];
    const sheets = sheetsByName(book.sheets);
    for (const write of writes) {
      const entry = sheets.get(write.sheet);
      if (!entry || (write.cells.length === 0 && write.notes.length === 0)) continue;
      let xml = await editor.text(entry.part);
      if (/^(\xff\xfe|\xfe\xff)/.test(xml)) throw new CopyRefused('encoding');
      const edit = editSheetCells(
        xml,
        write.cells.map((cell) => ({
          row: cell.row,
          col: cell.col,
          ...(cell.value !== undefined ? { value: cell.value } : {}),
          style(current: number) {
            let style = current;
            if (cell.numberFormat) style = styles.withNumberFormat(style, cell.numberFormat);
            if (cell.fillArgb) style = styles.withSolidFill(style, cell.fillArgb);
            return style;
          },
        })),
      );
      xml = edit.xml;
      refused.push(...edit.refused.map((c) => ({ sheet: write.sheet, row: c.row, col: c.col })));
      if (write.notes.length > 0) xml = await addNotes(editor, entry.part, xml, write.notes);
      editor.set(entry.part, xml);
    }
    if (styles.changed && stylesPart) editor.set(stylesPart, styles.result());
    else if (styles.changed) {
      const part = editor.freeName((n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
      await editor.create(part, styles.result(), STYLES_TYPE);
      await editor.addRelationship(book.workbook.part, 'styles', part);
    }
    await editor.writeTo(fd);
    return refused;
  } finally {
    pkg.close();
  }
}

/** Whether the workbook part's content type is a macro-enabled one (.xlsm, .xltm). */
function isMacroEnabled(contentTypes: string, workbookPart: string): boolean {
  const pattern = new RegExp(`PartName\\s*=\\s*["']/${workbookPart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'][^>]*ContentType\\s*=\\s*["']([^"']*)["']`, 'i');
  const reversed = new RegExp(`ContentType\\s*=\\s*["']([^"']*)["'][^>]*PartName\\s*=\\s*["']/${workbookPart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`, 'i');
  const type = pattern.exec(contentTypes)?.[1] ?? reversed.exec(contentTypes)?.[1] ?? '';
  return /macroEnabled/i.test(type);
}
