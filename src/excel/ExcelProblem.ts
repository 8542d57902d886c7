/**
 * What can stop an operation on the workbook, as values the pane turns into Chinese messages. Every operation checks
 * for these before it writes anything, so a problem always means "nothing was changed".
 */
export type ExcelProblem =
  | { kind: 'noCheck' }
  | { kind: 'missingSheets'; sheets: string[] }
  | { kind: 'protectedSheets'; sheets: string[] }
  /** Cells (`Sheet!A1`) whose content differs from what the check (or the fill) saw. */
  | { kind: 'changedCells'; cells: string[] }
  | { kind: 'cellEditMode' }
  | { kind: 'hostError'; code: string; message: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ExcelProblem };

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T>(problem: ExcelProblem): Outcome<T> {
  return { ok: false, problem };
}
