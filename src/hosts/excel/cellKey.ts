/** A sheet-qualified A1 address, `Sheet!A1`: the key the adapter stores and reports cells by. */
export function sheetCell(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** Split `Sheet!A1`; sheet names may themselves contain "!", the address never does. */
export function splitSheetCell(key: string): { sheet: string; cell: string } {
  const at = key.lastIndexOf('!');
  return { sheet: key.slice(0, at), cell: key.slice(at + 1) };
}
