/** Sheets by name, the first of a name (as a search from the start finds it): one lookup per write, not a search. */
export function sheetsByName<S extends { name: string }>(sheets: readonly S[]): Map<string, S> {
  const byName = new Map<string, S>();
  for (const sheet of sheets) if (!byName.has(sheet.name)) byName.set(sheet.name, sheet);
  return byName;
}
