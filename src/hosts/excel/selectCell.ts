import { fail, succeed, type Outcome } from '../WorkbookHost';
import type { HostContext } from './HostContext';

/** Show a finding's cell: activate its sheet and select the cell; a sheet deleted since is a problem, not a throw. */
export async function selectCell(context: HostContext, sheet: string, cell: string): Promise<Outcome<void>> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  worksheet.load('name');
  await context.sync();
  if (worksheet.isNullObject) return fail({ kind: 'missingSheets', sheets: [sheet] });
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
  return succeed(undefined);
}
