import { fail, succeed, type ExportTable, type Outcome } from '../WorkbookHost';
import type { HostDriver, SheetInfo, WriteOp } from './HostAdapter';
import type { SharedLimits } from './limits';
import { readEntry, STORE_KEYS, writeEntry } from './store';

/** The header row of the findings table: a light grey, as Excel's table headers. */
export const EXPORT_HEADER_FILL = '#D9D9D9';

/** The sheet an export wrote, as the workbook remembers it; null when there is none (or the record is unreadable). */
export function exportedSheet(store: Map<string, string>, sheets: SheetInfo[]): SheetInfo | null {
  try {
    const id = (JSON.parse(readEntry(store, STORE_KEYS.export) ?? 'null') as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? (sheets.find((s) => s.id === id) ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * 导出核对结果: the sheet written before is deleted and a new one added at the end (a name the user's sheets do not
 * have), then the lines and the table are written as text, the 单元格 column as links to the cells
 * (`=HYPERLINK("#'Sheet'!A1","A1")`, which Excel and WPS both follow), the table's header row shaded. The sheet's id
 * is remembered, so the next export replaces it and no check reads it. The columns get their widths, the rows above
 * the table's first row are frozen, a filter covers the table and the page is A4 landscape, each where the host's
 * API has it (Excel: widths 1.2, freezing 1.7, filter and page 1.9). Three round trips whatever the size.
 */
export async function exportFindings(driver: HostDriver, table: ExportTable, limits: SharedLimits): Promise<Outcome<{ sheet: string; rows: number }>> {
  const first = await driver.read({ sheets: true, store: true });
  const previous = exportedSheet(first.store, first.sheets);
  const taken = new Set(first.sheets.filter((s) => s !== previous).map((s) => s.name.toLowerCase()));
  let name = table.name;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${table.name} (${n})`;
  await driver.write([...(previous ? [{ kind: 'deleteSheet', sheetId: previous.id } as const] : []), { kind: 'addSheet', name }]);
  const second = await driver.read({ sheets: true });
  const added = second.sheets.find((s) => s.name === name);
  if (!added) return fail({ kind: 'missingSheets', sheets: [name] });

  const ops: WriteOp[] = writeEntry(first.store, STORE_KEYS.export, JSON.stringify({ id: added.id, name }), limits.store);
  const text = (row: number, col: number, value: string): WriteOp => ({
    kind: 'setCell',
    at: { sheetId: added.id, row, col },
    content: { value, numberFormat: 'General' },
    format: true,
  });
  table.header.forEach((line, i) => ops.push(text(i, 0, line)));
  const top = table.header.length + 1;
  table.columns.forEach((column, c) => ops.push(text(top, c, column)));
  ops.push({ kind: 'paint', rect: { sheetId: added.id, row: top, col: 0, rowCount: 1, columnCount: table.columns.length }, color: EXPORT_HEADER_FILL });
  table.rows.forEach((row, r) => {
    row.cells.forEach((value, c) => {
      if (!value) return;
      const at = { sheetId: added.id, row: top + 1 + r, col: c };
      if (c === table.linkColumn && row.link) {
        const target = `#'${row.link.sheet.replace(/'/g, "''")}'!${row.link.cell}`;
        ops.push({
          kind: 'setCell',
          at,
          content: { value, numberFormat: 'General', formula: `=HYPERLINK("${target.replace(/"/g, '""')}","${value.replace(/"/g, '""')}")` },
          format: true,
        });
      } else ops.push(text(at.row, at.col, value));
    });
  });
  // Readable and printable: widths, the header frozen, a filter over the table, A4 landscape (as the host allows).
  ops.push({
    kind: 'layoutSheet',
    sheetId: added.id,
    widths: table.widths,
    freezeRows: top + 1,
    filter: { sheetId: added.id, row: top, col: 0, rowCount: table.rows.length + 1, columnCount: table.columns.length },
  });
  await driver.write(ops);
  return succeed({ sheet: name, rows: table.rows.length });
}

/** Undo of 导出核对结果: the sheet it wrote goes, and its record. */
export async function removeExport(driver: HostDriver, limits: SharedLimits): Promise<Outcome<{ removed: string | null }>> {
  const { sheets, store } = await driver.read({ sheets: true, store: true });
  const previous = exportedSheet(store, sheets);
  const ops: WriteOp[] = [
    ...(previous ? [{ kind: 'deleteSheet', sheetId: previous.id } as const] : []),
    ...writeEntry(store, STORE_KEYS.export, null, limits.store),
  ];
  if (ops.length > 0) await driver.write(ops);
  return succeed({ removed: previous?.name ?? null });
}
