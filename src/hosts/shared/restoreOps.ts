import type { WriteOp } from './HostAdapter';
import type { HighlightRecord } from './records';
import { coverCells } from './rects';

/** Put back the original fills of these marked cells, neighbours with the same fill in one range. */
export function restoreOps(records: HighlightRecord[]): WriteOp[] {
  return coverCells(records, (r) => JSON.stringify(r.original)).map(({ rect, item }) => ({ kind: 'restoreFill', rect, fill: item.original }));
}
