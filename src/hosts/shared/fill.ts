import { toA1, type GridCell, type PlannedFill } from '../../core';
import { fail, succeed, type FillMode, type FillResult, type Outcome, type SheetRange } from '../WorkbookHost';
import { contentOf, shownValue } from './cellContent';
import { FILLED_FILL, isGradient } from './cellFills';
import { changedCells, type CheckSnapshot } from './CheckSnapshot';
import type { CellAddress, HostDriver, SheetInfo, WriteOp } from './HostAdapter';
import type { SharedLimits } from './limits';
import { decodeFills, encodeFills, type FillRecord } from './records';
import { coverCells } from './rects';
import { keyOf, liveSheets, resolveSheets, sheetNames } from './sheets';
import { readEntry, STORE_KEYS, writeEntry } from './store';

interface Target extends CellAddress {
  fill: PlannedFill;
  name: string;
  current: GridCell;
}

/**
 * 填写得分: write the planned values. A formula is never replaced; a cell holding something else is replaced only
 * after the user said so; on a protected sheet only cells Excel lets the user change are written. What each cell
 * held before is stored in the workbook first (merged with earlier fills, keeping the oldest "before") so that
 * 撤销填写 can put it back in any later session. Before writing, the cells written and the cells their values came
 * from are read again; any change since the check stops everything.
 */
export async function fill(
  driver: HostDriver,
  snapshot: CheckSnapshot,
  fills: PlannedFill[],
  mode: FillMode,
  sources: SheetRange[],
  limits: SharedLimits,
): Promise<Outcome<FillResult>> {
  const ids = resolveSheets(snapshot, fills.map((f) => f.at.sheet));
  const first = await driver.read({ sheets: true, store: true });
  const live = liveSheets(first.sheets);
  const missing = [...ids.entries()].filter(([, id]) => !id || !live.has(id)).map(([name]) => name);
  if (missing.length > 0) return fail({ kind: 'missingSheets', sheets: missing });
  const sheetOf = (id: string) => live.get(id) as SheetInfo;

  const cells = fills.map((f) => ({ sheetId: ids.get(f.at.sheet) as string, row: f.at.row, col: f.at.col, fill: f }));
  const basis = sources.filter((s) => fills.some((f) => f.at.sheet === s.sheet && within(s.range, f.at)));
  const rects = [
    ...coverCells(cells).map((c) => c.rect),
    ...basis.map((s) => ({ sheetId: snapshot.sheetId(s.sheet) ?? '', row: s.range.top, col: s.range.left, rowCount: s.range.bottom - s.range.top + 1, columnCount: s.range.right - s.range.left + 1 })),
  ].filter((r) => live.has(r.sheetId));
  const onProtected = cells.filter((c) => sheetOf(c.sheetId).protected);
  // The fills of the cells to write (those a sheet lets be formatted): each written cell gets a light mark of its own.
  const markable = cells.filter((c) => formatAllowed(sheetOf(c.sheetId)));
  const second = await driver.read({ cells: rects, locks: onProtected, fills: markable });
  const fillOf = new Map(markable.map((c, i) => [keyOf(c), second.fills[i]]));
  const changed = changedCells(snapshot, rects, second.cells, sheetNames(first.sheets));
  if (changed.length > 0) return fail({ kind: 'changedCells', cells: changed });

  const now = new Map<string, GridCell>();
  for (const [sheetId, list] of second.cells) for (const c of list) now.set(keyOf({ sheetId, row: c.row, col: c.col }), c);
  const locked = new Set(onProtected.filter((_, i) => second.locks[i]).map(keyOf));
  const targets: Target[] = cells.map((c) => ({ ...c, name: `${sheetOf(c.sheetId).name}!${toA1(c.row, c.col)}`, current: now.get(keyOf(c)) ?? { value: null } }));

  const formulas = targets.filter((t) => t.current.formula !== undefined);
  const barred = targets.filter((t) => !formulas.includes(t) && !mayWrite(t, sheetOf(t.sheetId), locked));
  const open = targets.filter((t) => !formulas.includes(t) && !barred.includes(t));
  const occupied = open.filter((t) => shownValue(t.current) !== null && t.current.value !== Number(t.fill.value));
  if (occupied.length > 0 && mode === 'ask') {
    return succeed({
      kind: 'needsConfirmation',
      occupied: occupied.map((t) => ({ sheet: sheetOf(t.sheetId).name, cell: toA1(t.row, t.col), current: shownValue(t.current), value: t.fill.value })),
    });
  }
  const writes = open.filter((t) => mode === 'overwrite' || !occupied.includes(t));

  const records = new Map(decodeFills(readEntry(first.store, STORE_KEYS.fills), first.sheets).map((r) => [keyOf(r), r]));
  for (const t of writes) {
    const format = formatAllowed(sheetOf(t.sheetId));
    const written = { value: Number(t.fill.value), numberFormat: format ? t.fill.numberFormat || (t.current.numberFormat ?? 'General') : (t.current.numberFormat ?? 'General') };
    const earlier = records.get(keyOf(t));
    // The oldest fill is kept, as the oldest value: 撤销填写 puts back what was there before FundCheck ever wrote.
    const before = earlier ? earlier.fill : fillOf.get(keyOf(t));
    const fill = before && !isGradient(before) ? before : undefined;
    records.set(keyOf(t), {
      sheetId: t.sheetId,
      sheetName: sheetOf(t.sheetId).name,
      row: t.row,
      col: t.col,
      previous: earlier ? earlier.previous : contentOf(t.current),
      written,
      ...(fill ? { fill } : {}),
    });
  }
  let stored: WriteOp[];
  try {
    stored = writeEntry(first.store, STORE_KEYS.fills, encodeFills([...records.values()]), limits.store);
  } catch {
    return fail({ kind: 'tooManyCells', count: records.size });
  }
  // The undo record goes first: should a later write fail, what was written can still be undone.
  const ops: WriteOp[] = [...stored];
  for (const t of writes) {
    const { written } = records.get(keyOf(t)) as FillRecord;
    ops.push({ kind: 'setCell', at: t, content: { value: written.value, numberFormat: written.numberFormat }, format: formatAllowed(sheetOf(t.sheetId)) });
  }
  const marked = writes.filter((t) => (records.get(keyOf(t)) as FillRecord).fill);
  for (const { rect } of coverCells(marked)) ops.push({ kind: 'paint', rect, color: FILLED_FILL });
  await driver.write(ops);
  for (const t of writes) {
    const { written } = records.get(keyOf(t)) as FillRecord;
    snapshot.set(t.sheetId, t.row, t.col, { value: written.value, numberFormat: written.numberFormat });
  }
  return succeed({
    kind: 'done',
    written: writes.map((t) => t.name),
    skippedFormulas: formulas.map((t) => t.name),
    skippedOccupied: mode === 'blanksOnly' ? occupied.map((t) => t.name) : [],
    skippedProtected: barred.map((t) => t.name),
    marked: marked.length,
  });
}

export function formatAllowed(sheet: SheetInfo): boolean {
  return !sheet.protected || sheet.allowFormatCells;
}

/**
 * On a protected sheet Excel lets the user change unlocked cells only, and their format only when the protection
 * allows formatting. Text could not be put back as text without a format change, so such a cell is not written.
 */
function mayWrite(t: Target, sheet: SheetInfo, locked: Set<string>): boolean {
  if (!sheet.protected) return true;
  if (locked.has(keyOf(t))) return false;
  return formatAllowed(sheet) || typeof t.current.value !== 'string';
}

function within(range: SheetRange['range'], at: { row: number; col: number }): boolean {
  return at.row >= range.top && at.row <= range.bottom && at.col >= range.left && at.col <= range.right;
}
