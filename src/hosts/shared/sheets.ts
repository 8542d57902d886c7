import type { CheckSnapshot } from './CheckSnapshot';
import type { CellAddress, SheetInfo } from './HostAdapter';

/** The ids of sheets named by a check's findings or fills (undefined: a name the check did not see). */
export function resolveSheets(snapshot: CheckSnapshot, names: Iterable<string>): Map<string, string | undefined> {
  return new Map([...new Set(names)].map((name) => [name, snapshot.sheetId(name)]));
}

/** The sheets as they are now, by id. */
export function liveSheets(sheets: SheetInfo[]): Map<string, SheetInfo> {
  return new Map(sheets.map((s) => [s.id, s]));
}

/** Current sheet names by id, for messages. */
export function sheetNames(sheets: SheetInfo[]): Map<string, string> {
  return new Map(sheets.map((s) => [s.id, s.name]));
}

export function keyOf(cell: CellAddress): string {
  return `${cell.sheetId}\u0000${cell.row},${cell.col}`;
}
