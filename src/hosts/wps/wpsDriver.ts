import { toA1, type SheetCell } from '../../core';
import { STORE_PREFIX, type CellAddress, type CellFill, type HostDriver, type ReadRequest, type ReadResult } from '../shared';
import { DocumentStore } from './documentStore';
import { readRects, readUsedCells, type WpsLimits } from './readCells';
import { activeWorkbook, readSheets, type WorkbookSheets } from './readSheets';
import { readOverAreas, type Pos } from './uniformReads';
import type { WpsApplication, WpsWorkbook, WpsWorksheet } from './WpsApi';
import { readFills } from './wpsFills';
import { applyWrites } from './wpsWrites';

/**
 * The shared HostDriver over WPS's synchronous object model, for one operation. WPS has no round trips to save:
 * each `read` and `write` is a run of calls, kept few by asking for ranges rather than cells.
 */
export function wpsDriver(app: WpsApplication, limits: WpsLimits): HostDriver {
  let workbook: WpsWorkbook | null = null;
  let sheets: WorkbookSheets | null = null;
  let store: DocumentStore | null = null;
  const book = () => (workbook ??= activeWorkbook(app));
  const listSheets = () => (sheets = readSheets(book()));
  const worksheet = (id: string): WpsWorksheet => {
    const found = (sheets ?? listSheets()).byId.get(id);
    if (!found) throw new Error(`sheet ${id} was not listed`);
    return found;
  };
  const documentStore = () => (store ??= new DocumentStore(book(), STORE_PREFIX));

  return {
    async read(request: ReadRequest): Promise<ReadResult> {
      const listed = request.sheets ? listSheets() : null;
      const cells = new Map<string, SheetCell[]>();
      const rects = request.cells ?? [];
      for (const id of new Set(rects.map((r) => r.sheetId)))
        cells.set(
          id,
          await readRects(
            worksheet(id),
            rects.filter((r) => r.sheetId === id),
            limits,
          ),
        );
      return {
        sheets: listed ? listed.infos : [],
        store: request.store ? documentStore().entries() : new Map(),
        cells,
        fills: bySheet(request.fills ?? [], (id, positions) => readFills(worksheet(id), positions)),
        notes: (request.notes ?? []).map((at) => {
          const note = worksheet(at.sheetId).Range(toA1(at.row, at.col)).Comment;
          return note ? String(note.Text() ?? '') : null;
        }),
        locks: bySheet(request.locks ?? [], (id, positions) => {
          const locked = readOverAreas(positions, (address) => {
            const value = worksheet(id).Range(address).Locked;
            return typeof value === 'boolean' ? value : null;
          });
          return positions.map((p) => locked.get(p.row * 16384 + p.col) ?? true);
        }),
      };
    },
    readUsedCells: (list, onProgress, signal) => readUsedCells(app, list, worksheet, limits, onProgress, signal),
    async write(ops) {
      applyWrites(
        {
          worksheet,
          store: documentStore,
          addSheet: (name) => {
            const all = book().Worksheets;
            all.Add(undefined, all.Item(Number(all.Count))).Name = name;
            sheets = null; // listed again when next asked
          },
          freezeRows: (id, rows) => {
            worksheet(id).Activate();
            const window = app.ActiveWindow;
            if (!window) return;
            window.FreezePanes = false;
            window.SplitColumn = 0;
            window.SplitRow = rows;
            window.FreezePanes = true;
          },
          deleteSheet: (id) => {
            const target = worksheet(id);
            // WPS would ask the user to confirm; the sheet is FundCheck's own, so the question is not put.
            const alerts = app.DisplayAlerts;
            app.DisplayAlerts = false;
            try {
              target.Delete();
            } finally {
              app.DisplayAlerts = alerts;
            }
            sheets = null;
          },
        },
        ops,
      );
    },
    async select(at: CellAddress) {
      const target = worksheet(at.sheetId);
      target.Activate();
      target.Range(toA1(at.row, at.col)).Select();
    },
  };
}

/** Answers for cells of several sheets, asked sheet by sheet and given back in the order asked. */
function bySheet<T extends CellFill | boolean>(cells: CellAddress[], ask: (sheetId: string, positions: Pos[]) => T[]): T[] {
  const groups = new Map<string, number[]>();
  cells.forEach((c, i) => {
    const group = groups.get(c.sheetId);
    if (group) group.push(i);
    else groups.set(c.sheetId, [i]);
  });
  const out = new Array<T>(cells.length);
  for (const [id, indexes] of groups) {
    const answers = ask(
      id,
      indexes.map((i) => cells[i]),
    );
    indexes.forEach((i, k) => (out[i] = answers[k]));
  }
  return out;
}
