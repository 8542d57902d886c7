import { format as formatWithCode, getFormatInfo } from 'numfmt';

/**
 * What an Excel number format makes of a number, read through numfmt (Excel's formatting rules as a kept library,
 * see README) rather than by hand: the digits shown, percent, scaling commas (`0.00,` shows thousands), the
 * section for negatives, `_`/`*` padding and literal text.
 */
export interface ShownFormat {
  /** Decimals shown (of the first section); null for General, text and dates (decided by the value itself). */
  decimals: number | null;
  percent: boolean;
  /** Literal text the format appends, e.g. `分` in `0.00"分"`. */
  suffix: string;
  /** What the shown number is of the value: 100 for percent, 0.001 for `0.00,`; 1 otherwise. */
  scale: number;
}

/** How one number looks under its format: the shown digits after the point, the literal text around them. */
export interface ShownNumber {
  decimals: number;
  percent: boolean;
  /** Literal text shown with the number (`分`, `万`), '' when none. */
  suffix: string;
  /** Scale of the section used (1 for plain, 0.001 per scaling comma); percent is kept as a fraction. */
  scale: number;
}

const GENERAL: ShownFormat = { decimals: null, percent: false, suffix: '', scale: 1 };

/**
 * Chinese Excel and WPS may store colour names in the user's language (`[红色]`); the file format and numfmt
 * know the English ones.
 */
const LOCAL_COLOURS: Record<string, string> = {
  黑色: 'Black', 白色: 'White', 红色: 'Red', 绿色: 'Green', 蓝色: 'Blue', 黄色: 'Yellow', 洋红: 'Magenta', 青色: 'Cyan', 颜色: 'Color',
};

const STANDARD_CODES = new Map<string, string>();

/** A workbook uses a handful of formats over thousands of cells: each is rewritten (and read below) once. */
function standardCode(format: string): string {
  let code = STANDARD_CODES.get(format);
  if (code === undefined) STANDARD_CODES.set(format, (code = localColoursToEnglish(format)));
  return code;
}

function localColoursToEnglish(format: string): string {
  return format.replace(/\[(黑色|白色|红色|绿色|蓝色|黄色|洋红|青色|颜色)(\d*)\]/g, (_, name: string, n: string) => `[${LOCAL_COLOURS[name]}${n}]`);
}

type FormatInfo = ReturnType<typeof getFormatInfo>;
const INFOS = new Map<string, FormatInfo | null>();

/** null: General, text, a date or time, or a code numfmt cannot read: the value speaks for itself. */
function infoOf(format: string | undefined): FormatInfo | null {
  if (format === undefined) return null;
  let info = INFOS.get(format);
  if (info === undefined) INFOS.set(format, (info = readInfo(format)));
  return info;
}

function readInfo(format: string): FormatInfo | null {
  if (!format || /^general$/i.test(format.trim()) || format.trim() === '@') return null;
  try {
    const info = getFormatInfo(standardCode(format));
    const readable = info.type === 'number' || info.type === 'grouped' || info.type === 'percent' || info.type === 'currency';
    return readable && !info.isDate && !info.isText ? info : null;
  } catch {
    return null;
  }
}

export function describeNumberFormat(format: string | undefined): ShownFormat {
  const info = infoOf(format);
  if (!info) return GENERAL;
  return { decimals: info.maxDecimals, percent: info.isPercent, suffix: format ? literalSuffix(shownText(format, 1) ?? '') : '', scale: info.scale };
}

/** The text Excel shows for the value under the format; null when the format cannot be read. */
export function shownText(format: string, value: number): string | null {
  try {
    return formatWithCode(standardCode(format), value);
  } catch {
    return null;
  }
}

/**
 * How `value` is shown under `format`, from the text the format makes of it (so a separate negative section with
 * other decimals or other literal text is read as shown); null for General, text and date formats.
 */
export function shownNumber(value: number, format: string | undefined): ShownNumber | null {
  const info = infoOf(format);
  if (!info || !format) return null;
  const fixed = fixedSections(format);
  if (!fixed) return shownNumberFromText(value, format, info);
  // The section a number takes depends only on its sign, and under fixed digits the section says all: one
  // formatting per sign and format code instead of one per cell.
  if (Math.abs(value) >= 1e15) return shownNumberFromText(value, format, info);
  const sign = value > 0 ? 2 : value < 0 ? 0 : 1;
  let shown = fixed[sign];
  if (shown === undefined) fixed[sign] = shown = shownNumberFromText(value, format, info);
  return shown;
}

/** The reading through the formatted text itself; what `shownNumber` caches per sign for a fixed-digit format. */
export function shownNumberFromText(value: number, format: string, info: FormatInfo | null = infoOf(format)): ShownNumber | null {
  if (!info) return null;
  const text = shownText(format, value);
  if (text === null) return null;
  const digits = /\d[\d,]*(?:\.(\d*))?|\.(\d+)/.exec(text);
  // An accounting zero shows as `-`: still the number 0, at the format's own precision.
  const decimals = digits ? (digits[1] ?? digits[2] ?? '').length : info.maxDecimals;
  return { decimals, percent: info.isPercent, suffix: literalSuffix(text), scale: info.isPercent ? 1 : info.scale };
}

/** Per format code: null when what it shows depends on more than the sign, else the reading per sign (−, 0, +). */
const FIXED = new Map<string, (ShownNumber | null | undefined)[] | null>();

function fixedSections(format: string): (ShownNumber | null | undefined)[] | null {
  let fixed = FIXED.get(format);
  if (fixed === undefined) FIXED.set(format, (fixed = hasFixedDigits(format) ? [undefined, undefined, undefined] : null));
  return fixed;
}

/**
 * True when every number section shows a fixed number of decimals and fixed literal text, so that the sign alone
 * picks what a number looks like: no optional decimals (`0.0#`, `#.##`, `0.0?`), fractions, exponents, General,
 * text placeholders or conditions (`[>100]`) picking a section by value. The accounting zero `"-"??` qualifies.
 */
function hasFixedDigits(format: string): boolean {
  const code = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  if (/\[[<>=]/.test(code)) return false;
  // The fourth section is for text only: a number never takes it.
  const sections = code.replace(/\[[^\]]*\]/g, '').split(';').slice(0, 3);
  return sections.every((section) => !/general|e[+-]|[@/]/i.test(section) && !/\.[0#?,]*[#?]/.test(section));
}

/** The literal text after the digits (`10.00分` → `分`), signs, brackets, percent and padding left out. */
function literalSuffix(text: string): string {
  const after = text.replace(/^[^\d]*[\d,.]*\d/, '');
  return after.replace(/[\s%)）_*\-–—]/g, '').trim();
}
