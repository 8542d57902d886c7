import { toA1 } from '../../../core';
import { decodeAddress } from '../cellAddress';
import { attribute, findAll, findElement, prefixOf, withAttribute, withoutAttribute, type FoundElement } from './xmlSplice';

export interface CellChange {
  row: number;
  col: number;
  /** A number to store, as decimal text; absent when only the style changes. */
  value?: string;
  /** The style index the cell gets, from the one it has (or inherits from its row or column when new). */
  style(current: number): number;
}

export interface SheetEdit {
  /** The part with the changes made, as a latin1 string like its input. */
  xml: string;
  /** Changes not made because the cell turned out to hold a formula (a value is never written over one). */
  refused: CellChange[];
}

/**
 * Make the changes in a worksheet part's sheetData and nowhere else: a changed cell keeps every attribute but its
 * style (and, when it gets a value, its type); a new cell or row is put where Excel expects it, in order.
 */
export function editSheetCells(xml: string, changes: CellChange[]): SheetEdit {
  const refused: CellChange[] = [];
  const sheetData = findElement(xml, 'sheetData');
  if (!sheetData) throw new SyntaxError('worksheet without sheetData');
  const prefix = prefixOf(sheetData.name);
  const columnStyles = readColumnStyles(xml, sheetData.start);
  const newCell = (change: CellChange, rowStyle: number | undefined) => cellXml(prefix, change, change.style(rowStyle ?? columnStyles(change.col)));
  const newRow = (group: CellChange[]) => `<${prefix}row r="${group[0].row + 1}">${group.map((c) => newCell(c, undefined)).join('')}</${prefix}row>`;

  const groups = groupByRow(changes);
  if (sheetData.selfClosing) {
    const body = groups.map(newRow).join('');
    const open = xml.slice(sheetData.start, sheetData.openEnd - 2) + '>';
    return { xml: xml.slice(0, sheetData.start) + open + body + `</${sheetData.name}>` + xml.slice(sheetData.end), refused };
  }
  const closeStart = sheetData.end - sheetData.name.length - 3;
  // Every row as written, with its index: a row is edited where it is, wherever a writer put it (rows out of order
  // are read as they are, never given a second row of the same number), and a new one goes before the row of the
  // next higher number.
  const rows: { index: number; element: FoundElement }[] = [];
  let implicit = -1;
  for (let at = sheetData.openEnd; ;) {
    const row = findElement(xml, 'row', at, closeStart);
    if (!row) break;
    at = row.end;
    const r = attribute(xml.slice(row.start, row.openEnd), 'r');
    implicit = r !== undefined ? Number(r) - 1 : implicit + 1;
    rows.push({ index: implicit, element: row });
  }
  const edits = placeEdits(
    rows,
    groups,
    (group) => group[0].row,
    (row, group) => editRow(xml, row, group, prefix, newCell, refused),
    newRow,
    closeStart,
  );
  return { xml: applyEdits(xml, edits), refused };
}

/** A splice of the part: [at, end) replaced by `text` (an insertion when at === end). */
interface Edit {
  at: number;
  end: number;
  text: string;
}

/**
 * Where each group's edit goes among the existing items (rows of a sheet, cells of a row), by their indexes: an
 * existing item of that index (the first, should a writer have repeated it) is replaced; otherwise the new one goes
 * before the item of the next higher index, or at `end`. Items in order or not, no index is ever written twice.
 */
function placeEdits<G>(
  items: { index: number; element: FoundElement }[],
  groups: G[],
  indexOf: (group: G) => number,
  edit: (element: FoundElement, group: G) => string | null,
  insert: (group: G) => string,
  end: number,
): Edit[] {
  const byIndex = new Map<number, FoundElement>();
  for (const item of items) if (!byIndex.has(item.index)) byIndex.set(item.index, item.element);
  const sorted = [...byIndex.entries()].sort((a, b) => a[0] - b[0]);
  const edits: Edit[] = [];
  for (const group of groups) {
    const index = indexOf(group);
    const existing = byIndex.get(index);
    if (existing) {
      const text = edit(existing, group);
      if (text !== null) edits.push({ at: existing.start, end: existing.end, text });
      continue;
    }
    // The first existing item of a higher index, by binary search over the indexes.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid][0] < index) lo = mid + 1;
      else hi = mid;
    }
    const at = lo < sorted.length ? sorted[lo][1].start : end;
    edits.push({ at, end: at, text: insert(group) });
  }
  return edits;
}

/** The part with the edits made (insertions at one place kept in the order given). */
function applyEdits(xml: string, edits: Edit[]): string {
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  const pieces: string[] = [];
  let copied = 0;
  for (const e of ordered) {
    pieces.push(xml.slice(copied, e.at), e.text);
    copied = e.end;
  }
  pieces.push(xml.slice(copied));
  return pieces.join('');
}

function editRow(
  xml: string,
  row: FoundElement,
  group: CellChange[],
  prefix: string,
  newCell: (change: CellChange, rowStyle: number | undefined) => string,
  refused: CellChange[],
): string {
  let tag = xml.slice(row.start, row.openEnd);
  const rowStyle = attribute(tag, 'customFormat') === '1' || attribute(tag, 'customFormat') === 'true' ? Number(attribute(tag, 's') ?? 0) : undefined;
  tag = widenSpans(tag, group);
  if (row.selfClosing) return `${tag.slice(0, -2)}>${group.map((c) => newCell(c, rowStyle)).join('')}</${row.name}>`;
  const closeStart = row.end - row.name.length - 3;
  const cells: { index: number; element: FoundElement }[] = [];
  let implicit = -1;
  for (const cell of findAll(xml, 'c', row.openEnd, closeStart)) {
    const r = attribute(xml.slice(cell.start, cell.openEnd), 'r');
    implicit = r !== undefined ? (decodeAddress(r)?.col ?? implicit + 1) : implicit + 1;
    cells.push({ index: implicit, element: cell });
  }
  const edits = placeEdits(
    cells,
    group,
    (change) => change.col,
    (cell, change) => {
      const edited = editCell(xml, cell, change, prefix);
      if (edited === null) refused.push(change);
      return edited;
    },
    (change) => newCell(change, rowStyle),
    closeStart,
  );
  // The row's own start tag (its spans widened) in place of the one written, then its cells as edited; offsets
  // taken within the row, so a sheet of many edited rows costs each row's length, not the sheet's.
  const within = [{ at: row.start, end: row.openEnd, text: tag }, ...edits].map((e) => ({ ...e, at: e.at - row.start, end: e.end - row.start }));
  return applyEdits(xml.slice(row.start, row.end), within);
}

/** The cell with its new style (and value); null when a value would replace a formula. */
function editCell(xml: string, cell: FoundElement, change: CellChange, prefix: string): string | null {
  let tag = xml.slice(cell.start, cell.openEnd);
  const content = cell.selfClosing ? '' : xml.slice(cell.openEnd, cell.end - cell.name.length - 3);
  if (change.value !== undefined && findElement(content, 'f')) return null;
  const current = attribute(tag, 's');
  const style = change.style(current !== undefined ? Number(current) : 0);
  if (current !== undefined || style !== 0) tag = withAttribute(tag, 's', String(style));
  if (change.value === undefined) return tag + xml.slice(cell.openEnd, cell.end);
  tag = withoutAttribute(withoutAttribute(tag, 't'), 'vm');
  if (cell.selfClosing) tag = tag.slice(0, -2) + '>';
  return `${tag}<${prefix}v>${change.value}</${prefix}v></${cell.name}>`;
}

function cellXml(prefix: string, change: CellChange, style: number): string {
  const s = style !== 0 ? ` s="${style}"` : '';
  const open = `<${prefix}c r="${toA1(change.row, change.col)}"${s}`;
  return change.value === undefined ? `${open}/>` : `${open}><${prefix}v>${change.value}</${prefix}v></${prefix}c>`;
}

/** `spans` is a hint of the row's first and last column; keep it true when a cell is added outside it. */
function widenSpans(tag: string, group: CellChange[]): string {
  const spans = attribute(tag, 'spans');
  const match = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
  if (!match) return tag;
  const first = Math.min(Number(match[1]), ...group.map((c) => c.col + 1));
  const last = Math.max(Number(match[2]), ...group.map((c) => c.col + 1));
  return first === Number(match[1]) && last === Number(match[2]) ? tag : withAttribute(tag, 'spans', `${first}:${last}`);
}

/** The style a new cell of a column inherits (`<col min max style>`), 0 where none is set. */
function readColumnStyles(xml: string, before: number): (col: number) => number {
  const cols = findElement(xml, 'cols', 0, before);
  if (!cols) return () => 0;
  const ranges = findAll(xml, 'col', cols.openEnd, cols.end).map((col) => {
    const tag = xml.slice(col.start, col.openEnd);
    return { min: Number(attribute(tag, 'min')) - 1, max: Number(attribute(tag, 'max')) - 1, style: Number(attribute(tag, 'style') ?? 0) };
  });
  return (col) => ranges.find((r) => col >= r.min && col <= r.max)?.style ?? 0;
}

function groupByRow(changes: CellChange[]): CellChange[][] {
  const sorted = [...changes].sort((a, b) => a.row - b.row || a.col - b.col);
  const groups: CellChange[][] = [];
  for (const change of sorted) {
    const last = groups[groups.length - 1];
    if (last && last[0].row === change.row) {
      if (last[last.length - 1].col !== change.col) last.push(change);
    } else groups.push([change]);
  }
  return groups;
}
