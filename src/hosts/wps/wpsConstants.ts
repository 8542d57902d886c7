import type { SheetVisibility } from '../../core';

/** The enumeration values WPS shares with Excel's COM model (XlSheetVisibility, XlPattern, MsoDocProperties). */
export const XL_SHEET = { visible: -1, hidden: 0, veryHidden: 2 } as const;

export const XL_PATTERN = {
  none: -4142,
  solid: 1,
  /** Gradient fills: WPS cannot paint one back through Interior, so such a cell is never highlighted. */
  linearGradient: 4000,
  rectangularGradient: 4001,
} as const;

/** XlPageOrientation and XlPaperSize: the exported sheet prints A4 landscape. */
export const XL_PAGE = { landscape: 2, paperA4: 9 } as const;

/** msoPropertyTypeString: the type of every custom document property the add-in writes. */
export const MSO_PROPERTY_TYPE_STRING = 4;

/** Excel's (and WPS's) limit on one custom document property's text, and on a Range address string. */
export const MAX_PROPERTY_TEXT = 255;
export const MAX_ADDRESS_TEXT = 255;

/**
 * COM reports an error cell's Value2 as a CVErr code (an HRESULT-like integer). A JS bridge may pass it on as that
 * number, or as the error's text; either is read as the error, never as an amount.
 */
export const CVERR_TEXT: Readonly<Record<number, string>> = {
  [-2146826288]: '#NULL!',
  [-2146826281]: '#DIV/0!',
  [-2146826273]: '#VALUE!',
  [-2146826265]: '#REF!',
  [-2146826259]: '#NAME?',
  [-2146826252]: '#NUM!',
  [-2146826246]: '#N/A',
};

/** A sheet's Visible as the core names it; anything WPS might return that is not documented is null. */
export function visibilityOf(visible: unknown): SheetVisibility | null {
  if (visible === XL_SHEET.visible || visible === true) return 'visible';
  if (visible === XL_SHEET.hidden || visible === false) return 'hidden';
  if (visible === XL_SHEET.veryHidden) return 'veryHidden';
  return null;
}

/** '#RRGGBB' → the BGR integer WPS (like COM) uses for colours. */
export function bgrOf(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`not a colour: ${hex}`);
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 256 + parseInt(m[3], 16) * 65536;
}

/** The BGR integer as '#RRGGBB'. */
export function hexOf(bgr: number): string {
  const byte = (n: number) => (n & 0xff).toString(16).padStart(2, '0').toUpperCase();
  return `#${byte(bgr)}${byte(bgr >> 8)}${byte(bgr >> 16)}`;
}
