import { MAX_PROPERTY_TEXT, MSO_PROPERTY_TYPE_STRING } from '../../../../src/hosts/wps/wpsConstants';
import { rectToA1 } from '../../excel/simulated/fake/WorkbookModel';
import { FakeWpsRange } from './FakeWpsRange';
import type { WpsEnv } from './WpsEnv';
import type { WpsSheetModel } from './WpsModel';

/** A task pane WPS created for the add-in. */
export interface FakeTaskPane {
  readonly ID: number;
  readonly url: string;
  readonly title?: string;
  Visible: boolean;
  DockPosition: number;
}

/** `Application` of a WPS add-in page, over the simulated workbook. */
export class FakeWpsApplication {
  /** Panes created, in order; PluginStorage lives as long as WPS runs (not saved with the workbook). */
  readonly panes: FakeTaskPane[] = [];
  private readonly storage = new Map<string, unknown>();

  constructor(private readonly env: WpsEnv) {}

  /** COUNTA: the cells of the range holding a value, a formula or an error (formatting alone does not count). */
  /** The window of the active sheet: its split row frozen when FreezePanes is set (only while it shows that sheet). */
  get ActiveWindow(): { SplitColumn: number; SplitRow: number; FreezePanes: boolean } {
    this.env.count('Application.ActiveWindow');
    const env = this.env;
    const sheet = () => {
      const active = env.model.sheets.find((s) => s.name === env.model.activeSheet);
      if (!active) throw new Error('没有活动的窗口');
      return active;
    };
    const window = env.window;
    return {
      get SplitColumn() {
        return window.splitColumn;
      },
      set SplitColumn(value: number) {
        window.splitColumn = value;
      },
      get SplitRow() {
        return window.splitRow;
      },
      set SplitRow(value: number) {
        window.splitRow = value;
      },
      get FreezePanes() {
        return sheet().freezeRows !== undefined;
      },
      set FreezePanes(on: boolean) {
        const active = sheet();
        if (on) active.freezeRows = window.splitRow;
        else delete active.freezeRows;
      },
    };
  }

  get DisplayAlerts(): boolean {
    this.env.count('Application.DisplayAlerts');
    return this.env.displayAlerts;
  }

  set DisplayAlerts(on: boolean) {
    this.env.count('Application.DisplayAlerts=');
    this.env.displayAlerts = on;
  }

  get WorksheetFunction(): { CountA(range: FakeWpsRange): number } {
    this.env.count('Application.WorksheetFunction');
    return { CountA: (range) => (this.env.count('WorksheetFunction.CountA'), range.filledCount()) };
  }

  get PluginStorage(): { getItem(key: string): unknown; setItem(key: string, value: unknown): void } {
    this.env.count('Application.PluginStorage');
    return { getItem: (key) => this.storage.get(key) ?? null, setItem: (key, value) => void this.storage.set(key, value) };
  }

  CreateTaskPane(url: string, title?: string): FakeTaskPane {
    this.env.count('Application.CreateTaskPane');
    const pane = { ID: 1000 + this.panes.length, url, title, Visible: false, DockPosition: 0 };
    this.panes.push(pane);
    return pane;
  }

  /** The pane with that ID; WPS throws for an ID it does not know. */
  GetTaskPane(id: number): FakeTaskPane {
    this.env.count('Application.GetTaskPane');
    const pane = this.panes.find((p) => p.ID === id);
    if (!pane) throw new Error(`没有 ID 为 ${id} 的任务窗格`);
    return pane;
  }

  get ActiveWorkbook(): FakeWpsWorkbook | null {
    this.env.count('Application.ActiveWorkbook');
    return this.env.model.closed ? null : new FakeWpsWorkbook(this.env);
  }
}

export class FakeWpsWorkbook {
  constructor(private readonly env: WpsEnv) {}

  get Name(): string {
    this.env.count('Workbook.Name');
    return this.env.model.name;
  }

  get FullName(): string {
    this.env.count('Workbook.FullName');
    return this.env.model.fullName ?? `D:\\报表\\${this.env.model.name}`;
  }

  get Worksheets(): FakeWpsWorksheets {
    this.env.count('Workbook.Worksheets');
    return new FakeWpsWorksheets(this.env);
  }

  get CustomDocumentProperties(): FakeWpsProperties {
    this.env.count('Workbook.CustomDocumentProperties');
    return new FakeWpsProperties(this.env);
  }
}

export class FakeWpsWorksheets {
  constructor(private readonly env: WpsEnv) {}

  get Count(): number {
    this.env.count('Worksheets.Count');
    return this.env.model.sheets.length;
  }

  /** 1-based index or name; WPS throws for a sheet that is not there. */
  Item(index: number | string): FakeWpsWorksheet {
    this.env.count('Worksheets.Item');
    const sheets = this.env.model.sheets;
    const sheet = typeof index === 'number' ? (Number.isInteger(index) ? sheets[index - 1] : undefined) : sheets.find((s) => s.name === index);
    if (!sheet) throw new Error(`下标越界：没有工作表 ${String(index)}`);
    return new FakeWpsWorksheet(this.env, sheet);
  }

  /** A new sheet named SheetN (a name not taken), before `before` or after `after` (else before the active sheet). */
  Add(before?: FakeWpsWorksheet, after?: FakeWpsWorksheet): FakeWpsWorksheet {
    this.env.count('Worksheets.Add');
    const sheets = this.env.model.sheets;
    let n = sheets.length + 1;
    while (sheets.some((s) => s.name === `Sheet${n}` || s.codeName === `Sheet${n}`)) n++;
    const sheet: WpsSheetModel = { name: `Sheet${n}`, codeName: `Sheet${n}`, visible: -1, protectContents: false, cells: {} };
    const anchor = after ?? before;
    const at = anchor
      ? sheets.indexOf(anchor.modelOf()) + (after ? 1 : 0)
      : Math.max(
          0,
          sheets.findIndex((s) => s.name === this.env.model.activeSheet),
        );
    sheets.splice(at, 0, sheet);
    return new FakeWpsWorksheet(this.env, sheet);
  }
}

export class FakeWpsWorksheet {
  constructor(
    private readonly env: WpsEnv,
    private readonly model: WpsSheetModel,
  ) {}

  /** The sheet's model, as long as the sheet is still in the workbook (a deleted sheet's object fails). */
  private sheet = (): WpsSheetModel => {
    if (!this.env.model.sheets.includes(this.model)) throw new Error('对象已被删除');
    return this.model;
  };

  get Name(): string {
    this.env.count('Worksheet.Name');
    return this.sheet().name;
  }

  /** Renaming: WPS refuses a name another sheet has (case aside), over 31 characters or with \ / ? * [ ] :. */
  set Name(name: string) {
    this.env.count('Worksheet.Name=');
    const sheet = this.sheet();
    if (this.env.model.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) throw new Error(`工作表名称“${name}”已被占用`);
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new Error(`工作表名称“${name}”无效`);
    if (this.env.model.activeSheet === sheet.name) this.env.model.activeSheet = name;
    sheet.name = name;
  }

  /** The sheet's print setup: orientation (XlPageOrientation 1 or 2) and paper (XlPaperSize, A4 9). */
  get PageSetup(): { Orientation: number; PaperSize: number } {
    this.env.count('Worksheet.PageSetup');
    const sheet = this.sheet();
    const setup = (sheet.pageSetup ??= {});
    return {
      get Orientation() {
        return setup.orientation ?? 1;
      },
      set Orientation(value: number) {
        if (value !== 1 && value !== 2) throw new Error('PageSetup.Orientation 无效');
        setup.orientation = value;
      },
      get PaperSize() {
        return setup.paperSize ?? 9;
      },
      set PaperSize(value: number) {
        setup.paperSize = value;
      },
    };
  }

  /** The model behind the object, for Worksheets.Add's position. */
  modelOf(): WpsSheetModel {
    return this.sheet();
  }

  /** Deleting asks the user unless DisplayAlerts is off (a script must not leave a question open); one visible sheet stays. */
  Delete(): void {
    this.env.count('Worksheet.Delete');
    const sheet = this.sheet();
    if (this.env.displayAlerts) throw new Error('删除工作表需要用户确认（DisplayAlerts 为 true 时 WPS 弹出确认框）');
    const visible = this.env.model.sheets.filter((s) => s.visible === -1);
    if (visible.length === 1 && visible[0] === sheet) throw new Error('工作簿中至少要有一张可见的工作表');
    this.env.model.sheets.splice(this.env.model.sheets.indexOf(sheet), 1);
  }

  get CodeName(): string {
    this.env.count('Worksheet.CodeName');
    return this.sheet().codeName ?? '';
  }

  get Visible(): number {
    this.env.count('Worksheet.Visible');
    return this.sheet().visible;
  }

  get ProtectContents(): boolean {
    this.env.count('Worksheet.ProtectContents');
    return this.sheet().protectContents;
  }

  get Protection(): { readonly AllowFormattingCells: boolean } {
    this.env.count('Worksheet.Protection');
    const allowed = this.sheet().allowFormattingCells === true;
    return {
      get AllowFormattingCells() {
        return allowed;
      },
    };
  }

  /** The bounding box of every cell holding a value, a formula, a format or a fill; A1 on an empty sheet. */
  get UsedRange(): FakeWpsRange {
    this.env.count('Worksheet.UsedRange');
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const k of Object.keys(this.sheet().cells)) {
      const [r, c] = k.split(',').map(Number);
      [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
    }
    const rect =
      top === Infinity ? { row: 0, col: 0, rowCount: 1, columnCount: 1 } : { row: top, col: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
    return new FakeWpsRange(this.env, this.sheet, rectToA1(rect));
  }

  Range(address: string): FakeWpsRange {
    this.env.count('Worksheet.Range');
    this.sheet();
    return new FakeWpsRange(this.env, this.sheet, address.replace(/\$/g, ''));
  }

  /** A hidden sheet cannot be activated. */
  Activate(): void {
    this.env.count('Worksheet.Activate');
    if (this.sheet().visible !== -1) throw new Error('Worksheet 类的 Activate 方法无效');
    this.env.model.activeSheet = this.model.name;
  }
}

/** Workbook.CustomDocumentProperties: text properties of at most 255 characters, saved with the file. */
export class FakeWpsProperties {
  constructor(private readonly env: WpsEnv) {}

  get Count(): number {
    this.env.count('DocumentProperties.Count');
    return Object.keys(this.env.model.properties).length;
  }

  Item(index: number | string): FakeWpsProperty {
    this.env.count('DocumentProperties.Item');
    const names = Object.keys(this.env.model.properties);
    const name = typeof index === 'number' ? names[index - 1] : names.find((n) => n === index);
    if (name === undefined) throw new Error(`参数无效：没有文档属性 ${String(index)}`);
    return new FakeWpsProperty(this.env, name);
  }

  Add(name: string, linkToContent: boolean, type: number, value: unknown): FakeWpsProperty {
    this.env.count('DocumentProperties.Add');
    if (name in this.env.model.properties) throw new Error(`文档属性 ${name} 已存在`);
    if (linkToContent || type !== MSO_PROPERTY_TYPE_STRING) throw new Error('模拟主机只保存文本属性');
    this.env.model.properties[name] = checkedText(value);
    return new FakeWpsProperty(this.env, name);
  }
}

export class FakeWpsProperty {
  constructor(
    private readonly env: WpsEnv,
    private readonly name: string,
  ) {}

  private own(): string {
    if (!(this.name in this.env.model.properties)) throw new Error('对象已被删除');
    return this.name;
  }

  get Name(): string {
    this.env.count('DocumentProperty.Name');
    return this.own();
  }

  get Value(): string {
    this.env.count('DocumentProperty.Value');
    return this.env.model.properties[this.own()];
  }

  set Value(value: unknown) {
    this.env.count('DocumentProperty.Value=');
    this.env.model.properties[this.own()] = checkedText(value);
  }

  Delete(): void {
    this.env.count('DocumentProperty.Delete');
    delete this.env.model.properties[this.own()];
  }
}

function checkedText(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError('文本属性的值应为字符串');
  if (value.length > MAX_PROPERTY_TEXT) throw new Error(`文档属性的值超过 ${MAX_PROPERTY_TEXT} 个字符`);
  return value;
}
