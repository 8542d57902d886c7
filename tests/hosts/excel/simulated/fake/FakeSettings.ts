import { FakeClientObject, itemNotFound, type FakeEnv } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import { jsonBytes } from './SyncQueue';

/** Excel's document settings (Workbook.settings, ExcelApi 1.4): JSON values saved with the file, changed at sync. */
export class FakeSettingCollection extends FakeClientObject {
  override load(propertyNames: string | string[]): this {
    this.requireApi(4, 'Workbook.settings');
    const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(',')).map((n) => n.trim());
    if (names.some((n) => !['items', 'items/key', 'items/value'].includes(n))) throw new FakeOfficeError('InvalidArgument', `SettingCollection.load(${names.join(',')}) is not simulated`);
    this.env.queue.queue({
      kind: 'load',
      requestBytes: 40 + jsonBytes(names),
      run: () => {
        const entries = Object.entries(this.env.model.settings).map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown] as const);
        return {
          responseBytes: jsonBytes(entries),
          commit: () =>
            this.setLoaded(
              'items',
              entries.map(([k, v]) => {
                const setting = new FakeSetting(this.env, k);
                setting.setLoaded('key', k);
                setting.setLoaded('value', v);
                return setting;
              }),
            ),
        };
      },
    });
    return this;
  }

  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `SettingCollection.${name} is not simulated`);
  }

  get items(): FakeSetting[] {
    return this.loadedValue('items');
  }

  add(key: string, value: unknown): FakeSetting {
    this.requireApi(4, 'Workbook.settings');
    const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    this.queueWrite([key, copy], () => {
      this.env.model.settings[key] = copy;
    });
    return new FakeSetting(this.env, key);
  }

  getItem(key: string): FakeSetting {
    this.requireApi(4, 'Workbook.settings');
    return new FakeSetting(this.env, key);
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.requireApi(4, 'Workbook.settings');
    return new FakeSetting(this.env, key, true);
  }
}

export class FakeSetting extends FakeClientObject {
  constructor(
    env: FakeEnv,
    readonly settingKey: string,
    nullable = false,
  ) {
    super(env);
    if (nullable) this.queueExistence(() => settingKey in this.env.model.settings);
    else this.setLoaded('isNullObject', false);
  }

  protected readProperty(name: string): unknown {
    if (name !== 'value' && name !== 'key') throw new FakeOfficeError('InvalidArgument', `Setting.${name} is not simulated`);
    if (!(this.settingKey in this.env.model.settings)) return null; // Office returns nothing for a null object's properties
    return name === 'key' ? this.settingKey : this.env.model.settings[this.settingKey];
  }

  get key(): string {
    return this.loadedValue('key');
  }

  get value(): unknown {
    return this.loadedValue('value');
  }

  set value(value: unknown) {
    const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    this.queueWrite(copy, () => {
      this.env.model.settings[this.settingKey] = copy;
    });
  }

  delete(): void {
    this.queueWrite('delete', () => {
      if (!(this.settingKey in this.env.model.settings)) throw itemNotFound(`setting ${this.settingKey}`);
      delete this.env.model.settings[this.settingKey];
    });
  }
}
