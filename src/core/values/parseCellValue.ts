import type Decimal from 'decimal.js';
import { Dec, roundHalfUp } from '../numeric/decimal';
import { shownInterval, type Interval } from '../numeric/Interval';
import { type GridCell, isCellError } from '../grid/types';
import { PLACEHOLDERS, UNIT_WORDS } from '../vocabulary';
import { shownNumber } from './numberFormat';

/**
 * A cell's value as staff meant it. Percentages are fractions (23.20% → 0.2320) and `decimals` counts the
 * fraction's decimals (4 for 23.20%), so the shown precision sets the rounding tolerance either way.
 */
export type ParsedValue =
  | { kind: 'empty' }
  | { kind: 'error'; code: string }
  | { kind: 'text'; text: string }
  | NumberValue;

export interface NumberValue {
  kind: 'number';
  value: Decimal;
  decimals: number;
  percent: boolean;
  /** Unit typed after the number (`分`, `亿元`, `人`…), '' when none. */
  unit: string;
  /** True when the number was typed as text rather than stored as a number. */
  fromText: boolean;
  /**
   * `value` as the nearest float, for the screens that judge most relations without Decimal arithmetic
   * (relationStatus, discovery). Made with the value: a copy with another value is made by numberWithValue.
   */
  float: number;
}

/** `base` (its decimals, percent, unit) holding another value. */
export function numberWithValue(base: NumberValue, value: Decimal): NumberValue {
  return { ...base, value, float: value.toNumber() };
}

/** Excel error codes, which some hosts (Office.js `values`) hand over as plain strings. #N/A is a placeholder. */
const ERROR_CODES = new Set(['#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

const NO_VALUE = new Set(PLACEHOLDERS);

/** Marks before a number that make it negative in Chinese accounting (`△1,234.56`). */
const NEGATIVE_MARKS = ['△'];

const NUMBER_TEXT = new RegExp(
  '^([+-]?)[¥￥$]?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)(%|‰)?(' + UNIT_WORDS.join('|') + ')?$',
);

/** Full-width digits, signs and look-alike minus signs to their ASCII forms. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[−‐‑﹣]/g, '-')
    .replace(/\u00a0|\u3000/g, ' ')
    .trim();
}

/** The code under which a formula saved without a cached result is read: there is no value to check with. */
export const NO_CACHED_RESULT = '#NOCALC';

export function parseCellValue(cell: GridCell): ParsedValue {
  const raw = cell.value;
  if (raw === null || raw === undefined) return cell.formula !== undefined ? { kind: 'error', code: NO_CACHED_RESULT } : { kind: 'empty' };
  if (isCellError(raw)) return { kind: 'error', code: raw.error };
  if (typeof raw === 'boolean') return { kind: 'text', text: String(raw) };
  if (typeof raw === 'number') return parseStoredNumber(raw, cell.numberFormat);
  return parseNumberText(raw);
}

/**
 * A stored number as its cell shows it: the decimals, percent, scaling and literal text come from what the
 * number format makes of it (numberFormat.ts); the value itself is kept in decimal arithmetic.
 */
function parseStoredNumber(raw: number, numberFormat: string | undefined): ParsedValue {
  if (!Number.isFinite(raw)) return { kind: 'error', code: '#NUM!' };
  // Given the number, not its text, decimal.js reads an integer below 10⁷ with no string at all, and any other
  // number through its shortest text, String(n). −0 would keep its sign there: it is 0, as its text "0" says.
  const general = raw === 0 ? 0 : generalNumber(raw);
  const exactValue = new Dec(general);
  const shown = shownNumber(raw, numberFormat);
  // The float of a value read as is: the number itself (Decimal's toNumber gives it back, digit for digit).
  if (!shown) {
    return { kind: 'number', value: exactValue, decimals: decimalPlaces(exactValue), percent: false, unit: '', fromText: false, float: general };
  }
  const decimals = shown.decimals + (shown.percent ? 2 : 0);
  // Most figures hold no more digits than they show (198731 under #,##0, 0.232 under 0.00%): nothing to round.
  const unrounded = shown.scale === 1 && decimalPlaces(exactValue) <= decimals;
  const value = unrounded ? exactValue : roundHalfUp(shown.scale === 1 ? exactValue : exactValue.mul(shown.scale), decimals);
  return { kind: 'number', value, decimals, percent: shown.percent, unit: shown.suffix, fromText: false, float: unrounded ? general : value.toNumber() };
}

/** What a typed text is before any arithmetic: no value, an error code, plain text, or the parts of a number. */
type TextReading =
  | { kind: 'empty' }
  | { kind: 'error'; code: string }
  | { kind: 'text'; text: string }
  | { kind: 'number'; negative: boolean; digits: string; percentSign: string | undefined; unit: string | undefined };

/**
 * No number typed as text is longer (`-1,234,567,890.12亿元` is 20): a longer text is read as text without being
 * folded, so a cell holding a megabyte (fuzzed files share one string among thousands of cells) costs nothing.
 */
const MAX_NUMBER_TEXT = 64;

function readNumberText(text: string): TextReading {
  if (text.length > MAX_NUMBER_TEXT) return { kind: 'text', text: text.trim() };
  const normalised = normaliseText(text);
  if (NO_VALUE.has(normalised.toLowerCase())) return { kind: 'empty' };
  if (ERROR_CODES.has(normalised.toUpperCase())) return { kind: 'error', code: normalised.toUpperCase() };
  let compact = normalised.replace(/\s+/g, '');
  let negative = false;
  const mark = NEGATIVE_MARKS.find((m) => compact.startsWith(m));
  if (mark) {
    negative = true;
    compact = compact.slice(mark.length);
  }
  const bracketed = /^\((.+)\)$/.exec(compact);
  if (bracketed) {
    negative = !negative;
    compact = bracketed[1];
  }
  const match = NUMBER_TEXT.exec(compact);
  // `(5`, `5)` or `△-5` are typos or notes, not numbers.
  if (!match || (negative && match[1] !== '')) return { kind: 'text', text: normalised };
  const [, sign, digits, percentSign, unit] = match;
  return { kind: 'number', negative: negative || sign === '-', digits, percentSign, unit };
}

/**
 * Parse what staff type: `43,436.13`, `-23.20%`, `10.00分`, `2.03亿元`, `１２３`, negatives as `(1,200)`,
 * `－1200` or `△1200`; `—`, `-`, `－` and the other placeholders are "no value", never a number.
 */
export function parseNumberText(text: string): ParsedValue {
  const reading = readNumberText(text);
  if (reading.kind !== 'number') return reading;
  const { digits, percentSign, unit } = reading;
  let value = new Dec(digits.replace(/,/g, ''));
  let decimals = (digits.split('.')[1] ?? '').length;
  if (percentSign === '%') {
    value = value.div(100);
    decimals += 2;
  } else if (percentSign === '‰') {
    value = value.div(1000);
    decimals += 3;
  }
  if (reading.negative) value = value.neg();
  return { kind: 'number', value, decimals, percent: percentSign !== undefined, unit: unit ?? '', fromText: true, float: value.toNumber() };
}

/**
 * `parseCellValue(cell).kind` without the arithmetic (no Decimal, no number format): what recognisers ask of
 * every cell they look at. A finite stored number is always a number, whatever its format shows.
 */
export function kindOf(cell: GridCell): ParsedValue['kind'] {
  const raw = cell.value;
  if (raw === null || raw === undefined) return cell.formula !== undefined ? 'error' : 'empty';
  if (isCellError(raw)) return 'error';
  if (typeof raw === 'boolean') return 'text';
  if (typeof raw === 'number') return Number.isFinite(raw) ? 'number' : 'error';
  return readNumberText(raw).kind;
}

const STATED = new WeakMap<NumberValue, Interval>();

/** The stated value as an interval over its shown precision; made once per value (both are immutable). */
export function statedInterval(value: NumberValue): Interval {
  let interval = STATED.get(value);
  if (!interval) STATED.set(value, (interval = shownInterval(value.value, value.decimals)));
  return interval;
}

/**
 * Excel keeps 15 significant digits: binary noise beyond them (0.1 + 0.2) is not the value, while an amount in 元
 * with ten digits and two decimals keeps every digit.
 */
function generalNumber(raw: number): number {
  return Number.isInteger(raw) ? raw : Number(raw.toPrecision(15));
}

function decimalPlaces(value: Decimal): number {
  return Math.max(0, value.decimalPlaces());
}

/** Shorthand used by recognisers: the cell as a number, or null. */
export function numberOf(cell: GridCell): NumberValue | null {
  const parsed = parseCellValue(cell);
  return parsed.kind === 'number' ? parsed : null;
}
