import { FakeClientObject } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import { FakeWorksheet } from './FakeWorksheet';
import { jsonBytes } from './SyncQueue';

const ITEM_PATHS = ['id', 'name', 'visibility', 'protection/protected', 'protection/options'];

/**
 * The sheets of the workbook. `load('items/name')` (and the other item paths above) lists the sheets as they are
 * when the sync runs; `items` is readable after it. getItem and getItemOrNullObject take an id or a name.
 */
export class FakeWorksheetCollection extends FakeClientObject {
  override load(propertyNames: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(',')).map((n) => n.trim());
    const paths = names.includes('items') ? ['id', 'name', 'visibility'] : names.map((n) => n.replace(/^items\//, ''));
    const unknown = paths.filter((p) => !ITEM_PATHS.includes(p));
    if (unknown.length > 0) throw new FakeOfficeError('InvalidArgument', `WorksheetCollection.load(${unknown.join(',')}) is not simulated`);
    if (paths.some((p) => p.startsWith('protection/'))) this.requireApi(2, 'WorksheetProtection');
    this.env.queue.queue({
      kind: 'load',
      requestBytes: 40 + jsonBytes(names),
      run: () => {
        const items = this.env.model.sheets.map((sheet) => {
          const worksheet = new FakeWorksheet(this.env, sheet.id ?? sheet.name, sheet, false);
          const data: [string, unknown][] = paths.map((p) => {
            if (p === 'protection/protected') return [p, sheet.protected === true];
            if (p === 'protection/options') return [p, { allowFormatCells: sheet.protection?.allowFormatCells === true }];
            return [p, p === 'visibility' ? (sheet.visibility ?? 'Visible') : sheet[p as 'id' | 'name']];
          });
          return { worksheet, data };
        });
        return {
          responseBytes: jsonBytes(items.map((i) => i.data)),
          commit: () => {
            for (const { worksheet, data } of items) {
              for (const [name, value] of data) {
                if (name.startsWith('protection/')) worksheet.protection.setLoaded(name.slice('protection/'.length), value);
                else worksheet.setLoaded(name, value);
              }
            }
            this.setLoaded(
              'items',
              items.map((i) => i.worksheet),
            );
          },
        };
      },
    });
    return this;
  }

  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `WorksheetCollection.${name} is not simulated`);
  }

  get items(): FakeWorksheet[] {
    return this.loadedValue('items');
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.requireApi(4, 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.env, key, null, true);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.env, key, null, false);
  }

  /** WorksheetCollection.add (ExcelApi 1.1): a new sheet at the end; a name taken (case aside) is refused at sync. */
  add(name: string): FakeWorksheet {
    this.queueWrite({ add: name }, () => {
      if (this.env.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeOfficeError('InvalidArgument', `The sheet name ${name} is not valid.`);
      const n = this.env.model.sheets.length + 1;
      this.env.model.sheets.push({ id: `{ADDED${String(n).padStart(3, '0')}-0000-4000-8000-${String(Date.now() % 1e12).padStart(12, '0')}}`, name, cells: {} });
    });
    return new FakeWorksheet(this.env, name, null, false);
  }
}
