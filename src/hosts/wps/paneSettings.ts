import type { StoredSettings } from '../WorkbookHost';
import { DocumentStore } from './documentStore';
import { activeWorkbook } from './readWorkbook';
import type { WpsApplication } from './WpsApi';

/** Every document property the add-in writes starts with this, so it lists only its own. */
export const STORE_PREFIX = 'FundCheck.';
export const SETTINGS_KEY = 'FundCheck.settings';

/** The scoring choice kept with the workbook; null when none was saved or it is unreadable. */
export function loadSettings(app: WpsApplication): StoredSettings | null {
  const text = new DocumentStore(activeWorkbook(app), STORE_PREFIX).read(SETTINGS_KEY);
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as StoredSettings;
    return value && typeof value.preset === 'string' && Number.isInteger(value.decimals) ? value : null;
  } catch {
    return null; // a damaged entry is treated as absent rather than blocking the pane
  }
}

export function saveSettings(app: WpsApplication, settings: StoredSettings): void {
  new DocumentStore(activeWorkbook(app), STORE_PREFIX).write(SETTINGS_KEY, JSON.stringify(settings));
}
