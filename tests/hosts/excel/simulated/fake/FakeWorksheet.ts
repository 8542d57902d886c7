import { FakeClientObject, itemNotFound, type FakeEnv } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import { FakeRange } from './FakeRange';
import { key, parseA1Range, usedRect, type Rect, type SheetModel } from './WorkbookModel';

/**
 * A worksheet proxy. Items of the collection are bound to their sheet; getItem / getItemOrNullObject look the id
 * or name up when the sync runs. Either way, using it after the sheet was deleted fails at sync with ItemNotFound.
 */
export class FakeWorksheet extends FakeClientObject {
  readonly protection: FakeWorksheetProtection;
  /** Worksheet.freezePanes (ExcelApi 1.7). */
  readonly freezePanes: { freezeRows(count: number): void };
  /** Worksheet.autoFilter (ExcelApi 1.9). */
  readonly autoFilter: { apply(range: string): void };
  /** Worksheet.pageLayout (ExcelApi 1.9): orientation and paper size. */
  readonly pageLayout: { orientation: string; paperSize: string };
  /** Worksheet.notes (ExcelApi 1.18): the sheet's notes by cell address. */
  readonly notes: { getItemOrNullObject(address: string): FakeNote; add(address: string, content: string): FakeNote };
  private bound: SheetModel | null;

  constructor(
    env: FakeEnv,
    private readonly lookupKey: string,
    bound: SheetModel | null,
    readonly nullable: boolean,
  ) {
    super(env);
    this.bound = bound;
    this.protection = new FakeWorksheetProtection(env, this);
    this.notes = {
      getItemOrNullObject: (address: string) => {
        this.requireApi(18, 'NoteCollection.getItemOrNullObject');
        return new FakeNote(env, this, address);
      },
      add: (address: string, content: string) => {
        this.requireApi(18, 'NoteCollection.add');
        const rect = parseA1Range(address);
        if (rect.rowCount !== 1 || rect.columnCount !== 1) throw new FakeOfficeError('InvalidArgument', 'a note goes on one cell');
        this.queueWrite({ note: address, content }, () => {
          const sheet = this.writableSheet('format', rect);
          const k = key(rect.row, rect.col);
          if (sheet.cells[k]?.note !== undefined) throw new FakeOfficeError('InvalidArgument', `the cell ${address} has a note already`);
          sheet.cells[k] = { ...(sheet.cells[k] ?? {}), note: content };
        });
        return new FakeNote(env, this, address);
      },
    };
    this.freezePanes = {
      freezeRows: (count: number) => {
        this.requireApi(7, 'WorksheetFreezePanes.freezeRows');
        this.queueWrite({ freezeRows: count }, () => void (this.sheet().freezeRows = count));
      },
    };
    this.autoFilter = {
      apply: (address: string) => {
        this.requireApi(9, 'AutoFilter.apply');
        const rect = parseA1Range(address);
        this.queueWrite({ autoFilter: address }, () => void (this.sheet().autoFilter = rect));
      },
    };
    const layout = (field: 'orientation' | 'paperSize', value: string, allowed: string[]) => {
      this.requirePageLayout();
      if (!allowed.includes(value)) throw new FakeOfficeError('InvalidArgument', `PageLayout.${field} ${value}`);
      this.queueLayout(field, value);
    };
    this.pageLayout = {
      set orientation(value: string) {
        layout('orientation', value, ['Portrait', 'Landscape']);
      },
      get orientation(): string {
        throw new FakeOfficeError('InvalidArgument', 'PageLayout.orientation is not loaded in the simulation');
      },
      set paperSize(value: string) {
        layout('paperSize', value, ['A3', 'A4', 'A5', 'Letter', 'Legal']);
      },
      get paperSize(): string {
        throw new FakeOfficeError('InvalidArgument', 'PageLayout.paperSize is not loaded in the simulation');
      },
    };
    if (nullable) this.queueExistence(() => this.find() !== null);
    else this.setLoaded('isNullObject', false);
  }

  private find(): SheetModel | null {
    if (this.bound) return this.env.model.sheets.includes(this.bound) ? this.bound : null;
    return this.env.model.sheets.find((s) => s.id === this.lookupKey) ?? this.env.model.sheets.find((s) => s.name === this.lookupKey) ?? null;
  }

  /** The sheet at the time a queued action runs. */
  sheet(): SheetModel {
    const sheet = this.find();
    if (!sheet) throw itemNotFound(`worksheet ${this.lookupKey}`);
    return sheet;
  }

  /**
   * The sheet, for a change to `rect`: on a protected sheet Excel refuses (AccessDenied) a change of content to a
   * locked cell, and any formatting unless the protection allows formatting cells.
   */
  writableSheet(kind: 'content' | 'format', rect: Rect): SheetModel {
    const sheet = this.sheet();
    if (!sheet.protected) return sheet;
    const refuse = () => new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet: ${sheet.name}`);
    if (kind === 'format') {
      if (sheet.protection?.allowFormatCells !== true) throw refuse();
      return sheet;
    }
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.col; c < rect.col + rect.columnCount; c++) if (sheet.cells[key(r, c)]?.locked !== false) throw refuse();
    }
    return sheet;
  }

  /** The sheet, for activating it or selecting on it: Excel cannot show a hidden sheet. */
  visibleSheet(): SheetModel {
    const sheet = this.sheet();
    if ((sheet.visibility ?? 'Visible') !== 'Visible')
      throw new FakeOfficeError('InvalidOperation', `The sheet ${sheet.name} is hidden and cannot be activated.`);
    return sheet;
  }

  get id(): string {
    return this.loadedValue<string>('id');
  }
  get name(): string {
    return this.loadedValue<string>('name');
  }
  get visibility(): string {
    return this.loadedValue<string>('visibility');
  }

  /** A null object's properties load as null, as in Office.js; only using it for real fails. */
  isNull(): boolean {
    return this.nullable && this.find() === null;
  }

  protected readProperty(name: string): unknown {
    if (this.isNull()) return null;
    const sheet = this.sheet();
    if (name === 'name') return sheet.name;
    if (name === 'id') return sheet.id;
    if (name === 'visibility') return sheet.visibility ?? 'Visible';
    throw new FakeOfficeError('InvalidArgument', `Worksheet.${name} is not simulated`);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.requireApi(4, 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.env, this, () => usedRect(this.sheet(), valuesOnly), true);
  }

  getRange(address?: string): FakeRange {
    if (!address) throw new FakeOfficeError('InvalidArgument', 'whole-sheet ranges are not simulated');
    const rect = parseA1Range(address);
    return new FakeRange(this.env, this, () => rect, false);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.requireApi(7, 'Worksheet.getRangeByIndexes');
    if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError('InvalidArgument', 'empty range');
    return new FakeRange(this.env, this, () => ({ row: startRow, col: startColumn, rowCount, columnCount }), false);
  }

  /** Worksheet.delete (ExcelApi 1.1): Excel keeps at least one visible sheet, and a protected workbook's sheets. */
  delete(): void {
    this.queueWrite({ delete: this.lookupKey }, () => {
      const sheet = this.sheet();
      const visible = this.env.model.sheets.filter((s) => (s.visibility ?? 'Visible') === 'Visible');
      if (visible.length === 1 && visible[0] === sheet)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      this.env.model.sheets.splice(this.env.model.sheets.indexOf(sheet), 1);
      if (this.env.model.activeSheet === sheet.name) this.env.model.activeSheet = undefined;
    });
  }

  requirePageLayout(): void {
    this.requireApi(9, 'PageLayout');
  }

  queueLayout(field: 'orientation' | 'paperSize', value: string): void {
    this.queueWrite({ [field]: value }, () => void ((this.sheet().pageLayout ??= {})[field] = value));
  }

  activate(): void {
    this.queueWrite('activate', () => {
      this.env.model.activeSheet = this.visibleSheet().name;
    });
  }
}

/** Worksheet.protection (ExcelApi 1.2): `protected`, and `options` with what a protected sheet still allows. */
export class FakeWorksheetProtection extends FakeClientObject {
  constructor(
    env: FakeEnv,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(env);
  }

  get protected(): boolean {
    return this.loadedValue<boolean>('protected');
  }

  get options(): { allowFormatCells: boolean } {
    return this.loadedValue('options');
  }

  protected readProperty(name: string): unknown {
    if (this.worksheet.isNull()) return null;
    const sheet = this.worksheet.sheet();
    if (name === 'protected') return sheet.protected === true;
    if (name === 'options') return { allowFormatCells: sheet.protection?.allowFormatCells === true };
    throw new FakeOfficeError('InvalidArgument', `WorksheetProtection.${name} is not simulated`);
  }
}

/** Excel.Note (ExcelApi 1.18), got by its cell's address: a null object where the cell has no note. */
export class FakeNote extends FakeClientObject {
  private readonly rect: Rect;

  constructor(
    env: FakeEnv,
    private readonly worksheet: FakeWorksheet,
    address: string,
  ) {
    super(env);
    this.rect = parseA1Range(address);
    this.queueExistence(() => this.worksheet.sheet().cells[key(this.rect.row, this.rect.col)]?.note !== undefined);
  }

  get content(): string {
    return this.loadedValue<string>('content');
  }

  /** Changing a note is formatting: a protected sheet refuses it unless it allows formatting cells. */
  set content(text: string) {
    this.queueWrite({ content: text }, () => {
      const sheet = this.worksheet.writableSheet('format', this.rect);
      const cell = sheet.cells[key(this.rect.row, this.rect.col)];
      if (cell?.note === undefined) throw new FakeOfficeError('InvalidOperation', 'the note is a null object');
      cell.note = text;
    });
  }

  delete(): void {
    this.queueWrite({ deleteNote: true }, () => {
      const sheet = this.worksheet.writableSheet('format', this.rect);
      const cell = sheet.cells[key(this.rect.row, this.rect.col)];
      if (cell?.note === undefined) throw new FakeOfficeError('InvalidOperation', 'the note is a null object');
      delete cell.note;
    });
  }

  protected readProperty(name: string): unknown {
    const cell = this.worksheet.sheet().cells[key(this.rect.row, this.rect.col)];
    if (cell?.note === undefined) return null;
    if (name === 'content') return cell.note;
    throw new FakeOfficeError('InvalidArgument', `Note.${name} is not simulated`);
  }
}
