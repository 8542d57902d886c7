import { FakeClientObject } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import { FakeWorksheet } from './FakeWorksheet';
import { jsonBytes } from './SyncQueue';

/**
 * The sheets of the workbook. `load('items/name')` (and `items/protection/protected`) lists the sheets as they are
 * when the sync runs; `items` is readable after it.
 */
export class FakeWorksheetCollection extends FakeClientObject {
  override load(propertyNames: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(',')).map((n) => n.trim());
    const itemPaths = names.filter((n) => n.startsWith('items/')).map((n) => n.slice('items/'.length));
    if (itemPaths.length !== names.length && !names.includes('items')) {
      throw new FakeOfficeError('InvalidArgument', `WorksheetCollection.load(${names.join(',')}) is not simulated`);
    }
    this.env.queue.queue({
      kind: 'load',
      requestBytes: 40 + jsonBytes(names),
      run: () => {
        const items = this.env.model.sheets.map((sheet) => {
          const worksheet = new FakeWorksheet(this.env, sheet.name, sheet, false);
          const data: [string, unknown][] = [];
          if (itemPaths.includes('name') || names.includes('items')) data.push(['name', sheet.name]);
          if (itemPaths.includes('protection/protected')) data.push(['protection/protected', sheet.protected === true]);
          return { worksheet, data };
        });
        return {
          responseBytes: jsonBytes(items.map((i) => i.data)),
          commit: () => {
            for (const { worksheet, data } of items) {
              for (const [name, value] of data) {
                if (name === 'protection/protected') worksheet.protection.setLoaded('protected', value);
                else worksheet.setLoaded(name, value);
              }
            }
            this.setLoaded('items', items.map((i) => i.worksheet));
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

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.env, name, null, true);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.env, name, null, false);
  }
}
