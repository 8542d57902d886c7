import { FakeOfficeError, notLoaded } from './FakeOfficeError';
import { jsonBytes, type HostLimits, type SyncQueue } from './SyncQueue';
import type { WorkbookModel } from './WorkbookModel';

/** The newest requirement set simulated: ExcelApi 1.20. */
export const LATEST_EXCEL_API = 20;

/** What every proxy of one Excel.run shares. */
export interface FakeEnv {
  model: WorkbookModel;
  limits: HostLimits;
  queue: SyncQueue;
}

/**
 * Base of every proxy: `load()` queues a read, and a property becomes readable only after the sync that ran it.
 * Reading it earlier, or without loading it, throws PropertyNotLoaded as Office.js does.
 */
export abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly env: FakeEnv) {}

  load(propertyNames: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(',')).map((n) => n.trim()).filter(Boolean);
    this.env.queue.queue({
      kind: 'load',
      requestBytes: 40 + jsonBytes(names),
      run: () => {
        const data = names.map((name) => [name, this.readProperty(name)] as const);
        return { responseBytes: jsonBytes(data), commit: () => data.forEach(([name, value]) => this.setLoaded(name, value)) };
      },
    });
    return this;
  }

  /** The property's current value in the model, evaluated when the sync runs the load. */
  protected abstract readProperty(name: string): unknown;

  setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(`${this.constructor.name.replace(/^Fake/, '')}.${name}`);
    return this.loaded.get(name) as T;
  }

  /** Queue a change to the model; it happens at the next sync, in order with everything else queued. */
  protected queueWrite(payload: unknown, apply: () => void): void {
    this.env.queue.queue({ kind: 'write', requestBytes: 60 + jsonBytes(payload), run: apply });
  }

  /**
   * Office.js sends a call whatever the host supports; an Excel without the member's requirement set refuses it at
   * sync with ApiNotFound. `minor` is the ExcelApi 1.x that introduced the member.
   */
  protected requireApi(minor: number, member: string): void {
    if ((this.env.model.excelApi ?? LATEST_EXCEL_API) >= minor) return;
    this.env.queue.queue({
      kind: 'write',
      requestBytes: 40,
      run: () => {
        throw new FakeOfficeError('ApiNotFound', `${member} needs ExcelApi 1.${minor}; this Excel supports 1.${this.env.model.excelApi}`);
      },
    });
  }

  /**
   * For *OrNullObject proxies: whether the object exists is settled by the sync after its creation
   * (Office.js makes `isNullObject` readable then, loaded or not).
   */
  protected queueExistence(exists: () => boolean): void {
    this.env.queue.queue({
      kind: 'load',
      requestBytes: 20,
      run: () => {
        const value = !exists();
        return { responseBytes: 8, commit: () => this.setLoaded('isNullObject', value) };
      },
    });
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>('isNullObject');
  }
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}`);
}
