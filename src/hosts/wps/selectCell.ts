import { fail, succeed, type Outcome } from '../WorkbookHost';
import { activeWorkbook } from './readWorkbook';
import { sheetIndex } from './sheetIndex';
import type { WpsApplication } from './WpsApi';
import { WpsHostError } from './wpsErrors';

/**
 * Show a finding's cell: activate its sheet, then select the cell (WPS, like Excel, selects only on the active
 * sheet). A deleted sheet is a problem; a hidden one is said to be hidden, since WPS cannot select there.
 */
export function selectCell(app: WpsApplication, sheet: string, cell: string): Outcome<void> {
  const info = sheetIndex(activeWorkbook(app)).get(sheet);
  if (!info) return fail({ kind: 'missingSheets', sheets: [sheet] });
  if (info.visibility !== 'visible') throw new WpsHostError('WpsHiddenSheet', `工作表「${sheet}」已隐藏，无法选中 ${cell}。请先取消隐藏该工作表（右键工作表标签 → 取消隐藏）。`);
  info.worksheet.Activate();
  info.worksheet.Range(cell).Select();
  return succeed(undefined);
}
