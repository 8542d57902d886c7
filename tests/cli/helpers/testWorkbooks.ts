import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const FIXTURES_DIR = path.resolve(__dirname, '../../../../shared/fixtures');
export const fixture = (name: string) => path.join(FIXTURES_DIR, name);

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-cli-'));
}

/**
 * A small workbook with what a writer must not disturb: a styled sheet with a merge, a formula cell and an
 * empty score cell, and a protected sheet. Column widths and fonts are set so their loss would show.
 */
export async function writeGuardedWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const open = workbook.addWorksheet('自评表');
  open.columns = [{ width: 30 }, { width: 12 }, { width: 12 }, { width: 12 }];
  open.mergeCells('A1:D1');
  open.getCell('A1').value = '项目支出绩效自评表';
  open.getCell('A1').font = { bold: true, size: 14, name: '宋体' };
  open.getCell('A1').alignment = { horizontal: 'center' };
  open.getRow(2).values = ['三级指标', '分值', '得分', '合计'];
  open.getRow(3).values = ['参保缴费人数', 5, null, null];
  open.getCell('B3').numFmt = '0.00';
  open.getCell('C3').numFmt = '0.00';
  open.getCell('C3').border = { bottom: { style: 'thin' } };
  open.getCell('D3').value = { formula: 'B3*2', result: 10 };
  open.getRow(4).values = ['保障退休待遇人数', 5, 4.5, null];
  const locked = workbook.addWorksheet('受保护');
  locked.getCell('A1').value = '得分';
  locked.getCell('B1').value = null;
  await locked.protect('secret', { selectLockedCells: true });
  await workbook.xlsx.writeFile(file);
}
