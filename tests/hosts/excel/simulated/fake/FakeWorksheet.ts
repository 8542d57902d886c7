import { FakeClientObject, itemNotFound, type FakeEnv } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import { FakeRange } from './FakeRange';
import { parseA1Range, usedRect, type SheetModel } from './WorkbookModel';

/**
 * A worksheet proxy. Items of the collection are bound to their sheet; getItemOrNullObject looks the name up when
 * the sync runs. Either way, using it after the sheet was deleted fails at sync with ItemNotFound.
 */
export class FakeWorksheet extends FakeClientObject {
  readonly protection: FakeWorksheetProtection;
  private bound: SheetModel | null;

  constructor(
    env: FakeEnv,
    private readonly lookupName: string,
    bound: SheetModel | null,
    readonly nullable: boolean,
  ) {
    super(env);
    this.bound = bound;
    this.protection = new FakeWorksheetProtection(env, this);
    if (nullable) this.queueExistence(() => this.find() !== null);
    else this.setLoaded('isNullObject', false);
  }

  private find(): SheetModel | null {
    if (this.bound) return this.env.model.sheets.includes(this.bound) ? this.bound : null;
    return this.env.model.sheets.find((s) => s.name === this.lookupName) ?? null;
  }

  /** The sheet at the time a queued action runs. */
  sheet(): SheetModel {
    const sheet = this.find();
    if (!sheet) throw itemNotFound(`worksheet ${this.lookupName}`);
    return sheet;
  }

  /** Throws AccessDenied as Excel does when a queued change touches a protected sheet. */
  writableSheet(): SheetModel {
    const sheet = this.sheet();
    if (sheet.protected) throw new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet: ${sheet.name}`);
    return sheet;
  }

  get name(): string {
    return this.loadedValue<string>('name');
  }

  /** A null object's properties load as null, as in Office.js; only using it for real fails. */
  isNull(): boolean {
    return this.nullable && this.find() === null;
  }

  protected readProperty(name: string): unknown {
    if (this.isNull()) return null;
    if (name === 'name') return this.sheet().name;
    throw new FakeOfficeError('InvalidArgument', `Worksheet.${name} is not simulated`);
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.env, this, () => usedRect(this.sheet()), true);
  }

  getRange(address?: string): FakeRange {
    if (!address) throw new FakeOfficeError('InvalidArgument', 'whole-sheet ranges are not simulated');
    const rect = parseA1Range(address);
    return new FakeRange(this.env, this, () => rect, false);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError('InvalidArgument', 'empty range');
    return new FakeRange(this.env, this, () => ({ row: startRow, col: startColumn, rowCount, columnCount }), false);
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  activate(): void {
    this.queueWrite('activate', () => {
      this.env.model.activeSheet = this.sheet().name;
    });
  }
}

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

  protected readProperty(name: string): unknown {
    if (this.worksheet.isNull()) return null;
    if (name === 'protected') return this.worksheet.sheet().protected === true;
    throw new FakeOfficeError('InvalidArgument', `WorksheetProtection.${name} is not simulated`);
  }
}
