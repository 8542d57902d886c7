import { fromA1, toA1 } from '../../core';
import type { CellContent, CellFill, SheetInfo } from './HostAdapter';

/**
 * What the add-in keeps in the workbook itself, so 清除标记 and 撤销填写 work after the file was closed and
 * reopened. Records are keyed by the sheet's stable id (a sheet renamed since is still found) and keep the name it
 * had, to name a sheet deleted since.
 */
export interface HighlightRecord {
  sheetId: string;
  sheetName: string;
  row: number;
  col: number;
  /** The fill the cell had before FundCheck first marked it. */
  original: CellFill;
  /** The note FundCheck wrote, and the one the cell had before (null: none), to put back on 清除标记. */
  note?: { original: string | null; written: string };
}

export interface FillRecord {
  sheetId: string;
  sheetName: string;
  row: number;
  col: number;
  /** What was there before (to restore). */
  previous: CellContent;
  /** What was written (to see whether someone edited it since). */
  written: { value: number; numberFormat: string };
  /** The fill the cell had before FundCheck marked it as filled; absent when it was not marked (a protected sheet, a gradient). */
  fill?: CellFill;
}

/** Stored form, compact: one entry per sheet; highlights grouped by original fill ("G4 G5 H7"). */
interface StoredHighlights {
  v: 2;
  sheets: { id: string; name: string; fills: [CellFill, string][]; notes?: [cell: string, original: string | null, written: string][] }[];
}

interface StoredFills {
  v: 2;
  sheets: { id: string; name: string; cells: ([string, CellContent, FillRecord['written']] | [string, CellContent, FillRecord['written'], CellFill])[] }[];
}

export function encodeHighlights(records: HighlightRecord[]): string {
  const sheets = new Map<string, { id: string; name: string; byFill: Map<string, [CellFill, string[]]>; notes: [string, string | null, string][] }>();
  for (const r of records) {
    let sheet = sheets.get(r.sheetId);
    if (!sheet) sheets.set(r.sheetId, (sheet = { id: r.sheetId, name: r.sheetName, byFill: new Map(), notes: [] }));
    if (r.note) sheet.notes.push([toA1(r.row, r.col), r.note.original, r.note.written]);
    const fillKey = JSON.stringify(r.original);
    let group = sheet.byFill.get(fillKey);
    if (!group) sheet.byFill.set(fillKey, (group = [r.original, []]));
    group[1].push(toA1(r.row, r.col));
  }
  const stored: StoredHighlights = {
    v: 2,
    sheets: [...sheets.values()].map((s) => ({
      id: s.id,
      name: s.name,
      fills: [...s.byFill.values()].map(([fill, cells]) => [fill, cells.join(' ')]),
      ...(s.notes.length > 0 ? { notes: s.notes } : {}),
    })),
  };
  return JSON.stringify(stored);
}

export function encodeFills(records: FillRecord[]): string {
  const sheets = new Map<string, StoredFills['sheets'][number]>();
  for (const r of records) {
    let sheet = sheets.get(r.sheetId);
    if (!sheet) sheets.set(r.sheetId, (sheet = { id: r.sheetId, name: r.sheetName, cells: [] }));
    sheet.cells.push(r.fill ? [toA1(r.row, r.col), r.previous, r.written, r.fill] : [toA1(r.row, r.col), r.previous, r.written]);
  }
  return JSON.stringify({ v: 2, sheets: [...sheets.values()] } satisfies StoredFills);
}

/**
 * Decode stored highlights; `legacy` maps the sheet names of records written before ids (v1: an array of
 * {sheet, cell, original}) to the sheets as they are now. Anything unreadable decodes as no records.
 */
export function decodeHighlights(text: string | null, sheets: SheetInfo[]): HighlightRecord[] {
  const parsed = parse(text);
  if (Array.isArray(parsed)) {
    return legacy(parsed, sheets).map(({ sheet, at, item }) => ({ sheetId: sheet.id, sheetName: sheet.name, ...at, original: legacyFill(item.original) }));
  }
  if (!isV2(parsed)) return [];
  return (parsed as StoredHighlights).sheets.flatMap((s) => {
    const notes = new Map((s.notes ?? []).map(([a1, original, written]) => [a1, { original, written }]));
    return s.fills.flatMap(([fill, cells]) =>
      cells
        .split(' ')
        .filter(Boolean)
        .map((a1) => ({ sheetId: s.id, sheetName: s.name, ...fromA1(a1), original: fill, ...(notes.has(a1) ? { note: notes.get(a1)! } : {}) })),
    );
  });
}

export function decodeFills(text: string | null, sheets: SheetInfo[]): FillRecord[] {
  const parsed = parse(text);
  if (Array.isArray(parsed)) {
    return legacy(parsed, sheets).map(({ sheet, at, item }) => {
      const previous = item.previous as { value: CellContent['value']; numberFormat: string };
      return { sheetId: sheet.id, sheetName: sheet.name, ...at, previous: { value: previous.value === '' ? null : previous.value, numberFormat: previous.numberFormat }, written: item.written as FillRecord['written'] };
    });
  }
  if (!isV2(parsed)) return [];
  return (parsed as StoredFills).sheets.flatMap((s) =>
    s.cells.map(([a1, previous, written, fill]) => ({ sheetId: s.id, sheetName: s.name, ...fromA1(a1), previous, written, ...(fill ? { fill } : {}) })),
  );
}

function parse(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null; // a damaged entry is treated as absent rather than blocking the pane
  }
}

function isV2(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 2 && Array.isArray((value as { sheets?: unknown }).sheets);
}

type LegacyItem = { sheet: string; cell: string; [k: string]: unknown };

/** v1 records named sheets; a sheet of that name now is taken as theirs, others count as deleted. */
function legacy(items: unknown[], sheets: SheetInfo[]): { sheet: Pick<SheetInfo, 'id' | 'name'>; at: { row: number; col: number }; item: LegacyItem }[] {
  return (items as LegacyItem[])
    .filter((i) => typeof i?.sheet === 'string' && typeof i.cell === 'string')
    .map((item) => ({ sheet: sheets.find((s) => s.name === item.sheet) ?? { id: `name:${item.sheet}`, name: item.sheet }, at: fromA1(item.cell), item }));
}

function legacyFill(value: unknown): CellFill {
  const f = value as Partial<CellFill>;
  return { color: f.color ?? '#FFFFFF', pattern: f.pattern ?? 'None', ...(f.patternColor ? { patternColor: f.patternColor } : {}) };
}
