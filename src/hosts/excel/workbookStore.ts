import type { StoredSettings } from '../WorkbookHost';
import type { HostContext } from './HostContext';

/**
 * What the add-in keeps in the workbook itself (Excel's document settings, saved with the file), so 清除标记 and
 * 撤销填写 work after the workbook was closed and reopened, and the policy choice travels with the report.
 */
export const STORE_KEYS = {
  highlights: 'FundCheck.highlights',
  fills: 'FundCheck.fills',
  settings: 'FundCheck.settings',
} as const;

/** A cell's fill as Office.js describes it; pattern "None" is "no fill" (color then reads #FFFFFF). */
export interface CellFill {
  color: string;
  pattern: string;
  patternColor: string;
}

/** A highlighted cell and the fill it had before the first highlight. */
export interface HighlightRecord {
  sheet: string;
  cell: string;
  original: CellFill;
}

/** A filled cell: what was there before (to restore) and what was written (to see whether someone edited it since). */
export interface FillRecord {
  sheet: string;
  cell: string;
  previous: { value: string | number | boolean | null; numberFormat: string };
  written: { value: number; numberFormat: string };
}


interface StoreShape {
  [STORE_KEYS.highlights]: HighlightRecord[];
  [STORE_KEYS.fills]: FillRecord[];
  [STORE_KEYS.settings]: StoredSettings;
}

type StoreKey = keyof StoreShape;

/** Queue a read of one stored entry; the returned function gives its value after the next sync (null when absent). */
export function queueStoreRead<K extends StoreKey>(context: HostContext, key: K): () => StoreShape[K] | null {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load('value');
  return () => {
    if (setting.isNullObject || typeof setting.value !== 'string') return null;
    try {
      return JSON.parse(setting.value) as StoreShape[K];
    } catch {
      return null; // a damaged entry is treated as absent rather than blocking the pane
    }
  };
}

/** Queue a write of one stored entry (JSON text, which every Office host keeps verbatim). */
export function queueStoreWrite<K extends StoreKey>(context: HostContext, key: K, value: StoreShape[K]): void {
  context.workbook.settings.add(key, JSON.stringify(value));
}
