import type { WpsAddinRoot, WpsTaskPane } from './WpsApi';

/**
 * The add-in's entry module: WPS loads index.html (hidden) when it starts, and calls these functions by the names
 * ribbon.xml gives them (`ribbon.OnAction`, …). The one button opens the FundCheck pane beside the workbook, or
 * shows / hides it when it is already open; the pane's ID is kept in PluginStorage, shared by the add-in's pages.
 */
export const PANE_ID_KEY = 'fundcheck_taskpane_id';
export const PANE_TITLE = 'FundCheck 报表核对';
/** msoCTPDockPositionRight */
const DOCK_RIGHT = 2;

export interface RibbonControl {
  readonly Id: string;
}

export function createRibbon(app: () => WpsAddinRoot, baseUrl: () => string) {
  return {
    OnAddinLoad: (): boolean => true,

    OnAction: (control: RibbonControl): boolean => {
      if (control.Id !== 'btnFundCheckPane') return true;
      const root = app();
      const id = root.PluginStorage.getItem(PANE_ID_KEY);
      const existing = typeof id === 'number' ? paneWithId(root, id) : null;
      if (existing) {
        existing.Visible = !existing.Visible;
        return true;
      }
      const pane = root.CreateTaskPane(`${baseUrl()}/taskpane.html`, PANE_TITLE);
      root.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
      pane.DockPosition = DOCK_RIGHT;
      pane.Visible = true;
      return true;
    },

    // A vector icon: sharp at every scale WPS draws the ribbon at (the 32 px PNG stays beside it).
    GetImage: (): string => 'assets/icon.svg',
  };
}

/** The pane opened earlier, or null when WPS no longer knows it (it then throws): a new one is made. */
function paneWithId(root: WpsAddinRoot, id: number): WpsTaskPane | null {
  try {
    return root.GetTaskPane(id) || null;
  } catch {
    return null;
  }
}

/** The folder the entry page was loaded from: the pane's URL is made from it, so the add-in works wherever it is put. */
export function folderOf(location: string): string {
  const url = decodeURI(location).replace(/[?#].*$/, '');
  return url.slice(0, url.lastIndexOf('/'));
}
