import { FakeOfficeError } from './FakeOfficeError';

/**
 * Office.js's batching, simulated: proxies queue actions (writes and loads); sync() runs them in order against the
 * model, measures the request and response, enforces the payload limits, and only then makes loaded values readable.
 */
export interface HostLimits {
  /** Bytes of one sync's request or response (Excel on the web: 5 MB). */
  maxPayloadBytes: number;
  /** Cells one range operation may touch (Excel: 5,000,000). */
  maxCellsPerRange: number;
}

export const EXCEL_ON_THE_WEB: HostLimits = { maxPayloadBytes: 5 * 1024 * 1024, maxCellsPerRange: 5_000_000 };

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  writes: number;
  loads: number;
}

export interface Action {
  kind: 'write' | 'load';
  /** Bytes this action adds to the request (writes carry their values). */
  requestBytes: number;
  /** Runs against the model; a load returns what it read and a commit that makes it readable. */
  run(): { responseBytes: number; commit?: () => void } | void;
}

export class SyncQueue {
  private actions: Action[] = [];
  /** Called after every sync, e.g. to let proxies created in this batch resolve null objects. */
  private readonly afterSync: (() => void)[] = [];

  constructor(
    private readonly limits: HostLimits,
    private readonly record: (sync: SyncRecord) => void,
  ) {}

  queue(action: Action): void {
    this.actions.push(action);
  }

  onSync(callback: () => void): void {
    this.afterSync.push(callback);
  }

  get pending(): number {
    return this.actions.length;
  }

  async sync(): Promise<void> {
    const actions = this.actions;
    this.actions = [];
    const requestBytes = actions.reduce((n, a) => n + a.requestBytes, 0);
    const sync: SyncRecord = { requestBytes, responseBytes: 0, writes: actions.filter((a) => a.kind === 'write').length, loads: actions.filter((a) => a.kind === 'load').length };
    this.record(sync);
    // A real round trip: the pane's code never sees the result synchronously.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (requestBytes > this.limits.maxPayloadBytes) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes exceeds ${this.limits.maxPayloadBytes}`);
    }
    const commits: (() => void)[] = [];
    let slice = Date.now();
    for (const action of actions) {
      // Excel works in its own process: give the page's thread back now and then, as a real round trip would.
      if (Date.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        slice = Date.now();
      }
      const result = action.run();
      if (result) {
        sync.responseBytes += result.responseBytes;
        if (result.commit) commits.push(result.commit);
      }
    }
    if (sync.responseBytes > this.limits.maxPayloadBytes) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${sync.responseBytes} bytes exceeds ${this.limits.maxPayloadBytes}`);
    }
    for (const commit of commits) commit();
    for (const callback of this.afterSync) callback();
  }
}

/** How long the simulated host works on a sync before it lets the page's thread run (see sync()). */
const SLICE_MS = 20;

const encoder = new TextEncoder();

/** UTF-8 size of a JSON value, as it would travel. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value ?? null)).length;
}
