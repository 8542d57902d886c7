import { FakeClientObject, type FakeEnv } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';

/** Excel's document settings (Workbook.settings): JSON values saved with the file, changed at sync. */
export class FakeSettingCollection extends FakeClientObject {
  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `SettingCollection.${name} is not simulated`);
  }

  add(key: string, value: unknown): FakeSetting {
    const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    this.queueWrite([key, copy], () => {
      this.env.model.settings[key] = copy;
    });
    return new FakeSetting(this.env, key);
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.env, key, true);
  }
}

export class FakeSetting extends FakeClientObject {
  constructor(
    env: FakeEnv,
    readonly key: string,
    nullable = false,
  ) {
    super(env);
    if (nullable) this.queueExistence(() => key in this.env.model.settings);
    else this.setLoaded('isNullObject', false);
  }

  protected readProperty(name: string): unknown {
    if (name !== 'value' && name !== 'key') throw new FakeOfficeError('InvalidArgument', `Setting.${name} is not simulated`);
    if (!(this.key in this.env.model.settings)) return null; // Office returns nothing for a null object's properties
    return name === 'key' ? this.key : this.env.model.settings[this.key];
  }

  get value(): unknown {
    return this.loadedValue('value');
  }

  set value(value: unknown) {
    const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    this.queueWrite(copy, () => {
      this.env.model.settings[this.key] = copy;
    });
  }

  delete(): void {
    this.queueWrite('delete', () => {
      delete this.env.model.settings[this.key];
    });
  }
}
