import { toA1, type Finding, type Severity } from '../../core';
import { fail, succeed, type HighlightResult, type Outcome } from '../WorkbookHost';
import { isGradient, SEVERITY_FILL, SEVERITY_RANK } from './cellFills';
import { changedCells, type CheckSnapshot } from './CheckSnapshot';
import type { CellAddress, HostDriver, SheetInfo, WriteOp } from './HostAdapter';
import type { SharedLimits } from './limits';
import { decodeHighlights, encodeHighlights, type HighlightRecord } from './records';
import { coverCells } from './rects';
import { notedCells, restoreOps } from './restoreOps';
import { readEntry, STORE_KEYS, writeEntry } from './store';
import { sheetNames, keyOf, liveSheets, resolveSheets } from './sheets';

interface Target extends CellAddress {
  severity: Severity;
}

/**
 * Colour every flagged cell by its most severe finding, errors first up to the cap of marks. The fill each cell
 * had before FundCheck first touched it is stored before any colour is written; cells marked by an earlier check
 * and not flagged now get their fill back. Protected sheets are left as they are (their findings still count),
 * and so is a cell with a gradient fill, which could not be put back. Nothing is written when a sheet is gone or a
 * cell the findings rest on changed since the check.
 */
export async function highlight(
  driver: HostDriver,
  snapshot: CheckSnapshot,
  findings: Finding[],
  limits: SharedLimits,
  notes?: { noteOf: (findings: Finding[]) => string; supported: boolean },
): Promise<Outcome<HighlightResult>> {
  const ids = resolveSheets(
    snapshot,
    findings.map((f) => f.at.sheet),
  );
  const first = await driver.read({ sheets: true, store: true });
  const live = liveSheets(first.sheets);
  const missing = [...ids.entries()].filter(([, id]) => !id || !live.has(id)).map(([name]) => name);
  if (missing.length > 0) return fail({ kind: 'missingSheets', sheets: missing });
  const writable = (id: string) => !(live.get(id) as SheetInfo).protected;

  const worst = new Map<string, Target>();
  for (const f of findings) {
    const target: Target = { sheetId: ids.get(f.at.sheet) as string, row: f.at.row, col: f.at.col, severity: f.severity };
    const seen = worst.get(keyOf(target));
    if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) worst.set(keyOf(target), target);
  }
  const candidates = [...worst.values()].filter((t) => writable(t.sheetId));
  candidates.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const targets = new Map(candidates.slice(0, limits.maxMarks).map((t) => [keyOf(t), t]));
  const protectedSheets = [...new Set([...worst.values()].filter((t) => !writable(t.sheetId)).map((t) => (live.get(t.sheetId) as SheetInfo).name))];

  // A cell marked before on a sheet deleted since went with its sheet; on a protected sheet it waits.
  const stored = decodeHighlights(readEntry(first.store, STORE_KEYS.highlights), first.sheets).filter((r) => live.has(r.sheetId));
  const storedByKey = new Map(stored.map((r) => [keyOf(r), r]));
  const fresh = [...targets.values()].filter((t) => !storedByKey.has(keyOf(t)));
  const sources = findings
    .filter((f) => targets.has(keyOf({ sheetId: ids.get(f.at.sheet) as string, row: f.at.row, col: f.at.col })))
    .flatMap((f) => [f.at, ...f.related])
    .map((ref) => ({ sheetId: snapshot.sheetId(ref.sheet) ?? '', row: ref.row, col: ref.col }))
    .filter((c) => live.has(c.sheetId));
  const rects = coverCells(sources).map((c) => c.rect);
  // With notes: each marked cell's note now (to keep its text before ours), and those of cells to restore.
  const noting = notes?.supported === true;
  const noteTargets = noting ? [...targets.values()] : [];
  const restoring = stored.filter((r) => !targets.has(keyOf(r)) && writable(r.sheetId));
  const second = await driver.read({ cells: rects, fills: fresh, ...(noting ? { notes: [...noteTargets, ...notedCells(restoring)] } : {}) });
  const changed = changedCells(snapshot, rects, second.cells, sheetNames(first.sheets));
  if (changed.length > 0) return fail({ kind: 'changedCells', cells: changed });

  const gradients = fresh.filter((_, i) => isGradient(second.fills[i]));
  for (const g of gradients) targets.delete(keyOf(g));
  const records: HighlightRecord[] = [
    ...stored.filter((r) => targets.has(keyOf(r)) || !writable(r.sheetId)),
    ...fresh
      .map((t, i) => ({ t, original: second.fills[i] }))
      .filter(({ t }) => targets.has(keyOf(t)))
      .map(({ t, original }) => ({ sheetId: t.sheetId, sheetName: (live.get(t.sheetId) as SheetInfo).name, row: t.row, col: t.col, original })),
  ];
  const restore = restoring;
  const noteOps: WriteOp[] = [];
  if (noting) {
    // A note already on the cell keeps its text and ours follows it; the note it had before FundCheck is kept in
    // the record (from the first time it was marked, unless someone changed ours since) for 清除标记 to put back.
    const byKey = new Map(findings.map((f) => [keyOf({ sheetId: ids.get(f.at.sheet) as string, row: f.at.row, col: f.at.col }), [] as Finding[]]));
    for (const f of findings) byKey.get(keyOf({ sheetId: ids.get(f.at.sheet) as string, row: f.at.row, col: f.at.col }))!.push(f);
    const recordOf = new Map(records.map((r) => [keyOf(r), r]));
    noteTargets.forEach((t, i) => {
      const record = recordOf.get(keyOf(t));
      if (!record || !targets.has(keyOf(t))) return;
      const now = second.notes[i] ?? null;
      const original = record.note && now === record.note.written ? record.note.original : now;
      const ours = notes!.noteOf(byKey.get(keyOf(t)) ?? []);
      const written = original ? `${original}\n\n${ours}` : ours;
      record.note = { original, written };
      if (now !== written) noteOps.push({ kind: 'setNote', at: t, text: written, exists: now !== null });
    });
  }
  const restoreNotes = noting ? second.notes.slice(noteTargets.length) : [];
  const paint: WriteOp[] = coverCells([...targets.values()], (t) => t.severity).map(({ rect, item }) => ({
    kind: 'paint',
    rect,
    color: SEVERITY_FILL[item.severity],
  }));
  // The records go first: should a later write fail, what was painted can still be cleared.
  await driver.write([
    ...writeEntry(first.store, STORE_KEYS.highlights, records.length > 0 ? encodeHighlights(records) : null, limits.store),
    ...restoreOps(restore, restoreNotes),
    ...paint,
    ...noteOps,
  ]);
  return succeed({
    highlighted: targets.size,
    restored: restore.length,
    unmarked: Math.max(0, candidates.length - limits.maxMarks),
    protectedSheets,
    gradientCells: gradients.map((g) => `${(live.get(g.sheetId) as SheetInfo).name}!${toA1(g.row, g.col)}`),
    ...(notes && !notes.supported ? { notesUnsupported: true } : {}),
  });
}
