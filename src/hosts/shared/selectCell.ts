import { fromA1 } from '../../core';
import { fail, succeed, type Outcome } from '../WorkbookHost';
import type { CheckSnapshot } from './CheckSnapshot';
import type { HostDriver } from './HostAdapter';

/**
 * Show a finding's cell: activate its sheet (followed by id if renamed since the check) and select the cell. A
 * hidden sheet cannot be activated, so the user is told instead; a sheet deleted since is a problem, not a throw.
 */
export async function selectCell(driver: HostDriver, snapshot: CheckSnapshot | null, sheet: string, cell: string): Promise<Outcome<void>> {
  const { sheets } = await driver.read({ sheets: true });
  const id = snapshot?.sheetId(sheet);
  const found = sheets.find((s) => (id ? s.id === id : s.name === sheet));
  if (!found) return fail({ kind: 'missingSheets', sheets: [sheet] });
  if (found.visibility !== 'visible') return fail({ kind: 'hiddenSheet', sheet: found.name, veryHidden: found.visibility === 'veryHidden' });
  await driver.select({ sheetId: found.id, ...fromA1(cell) });
  return succeed(undefined);
}
