import type { HostContext } from './HostContext';
import type { HostLimits } from './limits';

/**
 * Queues writes and sends them with as few syncs as the payload budget allows: one for everything the pane ever
 * writes in an ordinary report. Callers check every precondition before the first `add`, so a sync that fails
 * midway can only be the host failing, not a protected sheet or a missing cell.
 */
export class WriteBatcher {
  private queued = 0;

  constructor(
    private readonly context: HostContext,
    private readonly limits: HostLimits,
  ) {}

  /** Queue one write of about `bytes` bytes; sends what is queued first when the budget would be exceeded. */
  async add(bytes: number, write: () => void): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limits.maxWriteBytesPerSync) await this.flush();
    write();
    this.queued += bytes;
  }

  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.queued = 0;
    await this.context.sync();
  }
}

/** A rough size of one queued write: the request names the sheet, the address and the properties (UTF-16 is a bound). */
export function writeBytes(...parts: unknown[]): number {
  return 200 + parts.reduce<number>((n, p) => n + 3 * JSON.stringify(p ?? null).length, 0);
}
