import ExcelJS from 'exceljs';
import * as path from 'path';

/** The samples of tests/data/writers with hidden rows and columns (scripts/writer-samples/openpyxl_hidden.py). */
export const WRITER_SAMPLES = path.resolve(__dirname, '../data/writers');
export const HIDDEN_SAMPLES = ['openpyxl-hidden.xlsx', 'libreoffice-hidden.xlsx'].map((name) => path.join(WRITER_SAMPLES, name));

/**
 * What every reader must hand the core for the hidden-rows workbook, whoever wrote it: row 6 (城乡居民, inside the
 * table) hidden; columns B (one column, holding two cells), D:F (one `<col min="4" max="6">`) and L:XFD (one
 * `<col min="12" max="16384">`, holding M2) hidden. Row 12 and column J are hidden but empty: never listed.
 */
export const HIDDEN_EXPECTED: Record<string, { hiddenRows?: number[]; hiddenColumns?: number[] }> = {
  隐藏行列: { hiddenRows: [5], hiddenColumns: [1, 3, 4, 5, 12] },
  无隐藏: {},
};

/** The same workbook as exceljs writes it (it drops the empty hidden row 12 and writes D:F as one span). */
export async function writeHiddenWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('隐藏行列');
  sheet.getCell('A1').value = '2020年社会保险基金收支余情况表';
  sheet.getCell('A2').value = '单位：万元';
  sheet.getCell('M2').value = '辅助列';
  const rows: (string | number | null)[][] = [
    ['险种', '备注', '本年收入', '上年收入', '增加', '增长率', '本年支出'],
    ['企业职工基本养老保险', null, 1200, 1000, 200, 0.2, 1100],
    ['机关事业单位基本养老保险', null, 800, 800, 0, 0, 700],
    ['城乡居民基本养老保险', '含补贴', 300, 250, 50, 0.2, 280],
    ['工伤保险', null, 50, 40, 10, 0.25, 45],
    ['失业保险', null, 90, 100, -10, -0.1, 80],
    ['合计', null, 2440, 2190, 250, 0.1142, 2205],
  ];
  rows.forEach((values, i) => (sheet.getRow(i + 3).values = values));
  sheet.getRow(6).hidden = true;
  sheet.getRow(12).hidden = true;
  sheet.getColumn('B').hidden = true;
  // Same width and hidden: exceljs joins D:F into one <col min="4" max="6">.
  for (const column of ['D', 'E', 'F']) Object.assign(sheet.getColumn(column), { width: 13, hidden: true });
  sheet.getColumn('J').hidden = true;
  // exceljs keeps a Column object per index, so L:XFD would be 16,373 of them: L:N is enough to show the span.
  for (const column of ['L', 'M', 'N']) Object.assign(sheet.getColumn(column), { width: 13, hidden: true });
  const plain = workbook.addWorksheet('无隐藏');
  plain.getRow(1).values = ['险种', '本年收入'];
  plain.getRow(2).values = ['工伤保险', 50];
  await workbook.xlsx.writeFile(file);
}
