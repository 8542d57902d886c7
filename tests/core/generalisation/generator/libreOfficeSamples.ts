import ExcelJS from 'exceljs';
import { isCellError, type WorkbookGrid } from '../../../../src/core';

/**
 * Generated workbooks saved through LibreOffice (tests/data/libreoffice/, made by
 * scripts/make-libreoffice-samples.sh): a writer other than exceljs, with its own number-format spellings and
 * shared strings. Each file is named after its seed, so the test rebuilds the case and compares.
 */
export const LIBREOFFICE_SEEDS = [7, 19, 33, 58, 2, 1, 15, 59, 77, 122, 266];

/** The generated workbook as an .xlsx through exceljs: values, number formats, formulas with their cached results. */
export async function writeXlsx(workbook: WorkbookGrid, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const ws = book.addWorksheet(sheet.name);
    for (const cell of sheet.cells) {
      const target = ws.getCell(cell.row + 1, cell.col + 1);
      const value = cell.value;
      if (cell.formula !== undefined) target.value = { formula: cell.formula, result: typeof value === 'number' ? value : undefined } as ExcelJS.CellFormulaValue;
      else if (value !== null && !isCellError(value)) target.value = value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }
  }
  await book.xlsx.writeFile(file);
}
