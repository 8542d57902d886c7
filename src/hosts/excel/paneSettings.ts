import type { HostContext } from './HostContext';
import type { StoredSettings } from '../WorkbookHost';
import { queueStoreRead, queueStoreWrite, STORE_KEYS } from './workbookStore';

export type { StoredSettings };

/** The scoring choice kept with the workbook; null when none was saved (the pane then uses the default policy). */
export async function loadSettings(context: HostContext): Promise<StoredSettings | null> {
  const read = queueStoreRead(context, STORE_KEYS.settings);
  await context.sync();
  const value = read();
  return value && typeof value.preset === 'string' && Number.isInteger(value.decimals) ? value : null;
}

export async function saveSettings(context: HostContext, settings: StoredSettings): Promise<void> {
  queueStoreWrite(context, STORE_KEYS.settings, settings);
  await context.sync();
}
