import ExcelJS from 'exceljs';

/** Per cell, what a writer was allowed to change there (everything else must be identical). */
export type Allowed = Map<string, Set<'value' | 'numFmt' | 'fill' | 'note'>>;

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/**
 * Every difference between two workbooks as readable lines: sheet list and protection, every cell's value,
 * font, fill, border, alignment, number format and note, merges, column widths and row heights. A cell in
 * `allowed` may differ only in the listed parts.
 */
export function differences(before: ExcelJS.Workbook, after: ExcelJS.Workbook, allowed: Allowed = new Map()): string[] {
  const diffs: string[] = [];
  const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ws.name);
  if (JSON.stringify(names(before)) !== JSON.stringify(names(after))) diffs.push(`sheets ${names(before)} → ${names(after)}`);
  for (const a of before.worksheets) {
    const b = after.getWorksheet(a.name);
    if (!b) continue;
    const protection = (ws: ExcelJS.Worksheet) => JSON.stringify((ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null);
    if (protection(a) !== protection(b)) diffs.push(`${a.name}: protection ${protection(a)} → ${protection(b)}`);
    const merges = (ws: ExcelJS.Worksheet) => JSON.stringify([...(ws.model.merges ?? [])].sort());
    if (merges(a) !== merges(b)) diffs.push(`${a.name}: merges ${merges(a)} → ${merges(b)}`);
    const rows = Math.max(a.rowCount, b.rowCount);
    const cols = Math.max(a.columnCount, b.columnCount);
    for (let c = 1; c <= cols; c++) {
      const wa = a.getColumn(c);
      const wb = b.getColumn(c);
      if (wa.width !== wb.width || Boolean(wa.hidden) !== Boolean(wb.hidden)) diffs.push(`${a.name}: column ${c} width ${wa.width} → ${wb.width}`);
    }
    for (let r = 1; r <= rows; r++) {
      if (a.getRow(r).height !== b.getRow(r).height) diffs.push(`${a.name}: row ${r} height ${a.getRow(r).height} → ${b.getRow(r).height}`);
      for (let c = 1; c <= cols; c++) {
        const ca = a.getRow(r).getCell(c);
        const cb = b.getRow(r).getCell(c);
        const may = allowed.get(`${a.name}!${ca.address}`) ?? new Set();
        const parts: [string, unknown, unknown][] = [
          ['value', ca.value, cb.value],
          ['font', ca.font, cb.font],
          ['fill', ca.fill, cb.fill],
          ['border', ca.border, cb.border],
          ['alignment', ca.alignment, cb.alignment],
          ['numFmt', ca.numFmt, cb.numFmt],
          ['note', ca.note, cb.note],
        ];
        for (const [part, x, y] of parts) {
          if (may.has(part as 'value')) continue;
          if (JSON.stringify(x ?? null) !== JSON.stringify(y ?? null)) diffs.push(`${a.name}!${ca.address} ${part}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
        }
      }
    }
  }
  return diffs;
}
