import type Decimal from 'decimal.js';
import { Dec, roundHalfUp } from '../numeric/decimal';
import { shownInterval, type Interval } from '../numeric/Interval';
import { type GridCell, isCellError } from '../grid/types';
import { describeNumberFormat } from './numberFormat';

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
}

/** Words and dashes staff type for "no value". */
const NO_VALUE = new Set(['', '—', '——', '–', '-', '--', '－', '/', '／', 'n/a', 'na', '#n/a', '无', '…', '...', '\\']);

/** Excel error codes, which some hosts (Office.js `values`) hand over as plain strings. #N/A is in NO_VALUE. */
const ERROR_CODES = new Set(['#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

/** Units that may follow a number in a cell. Years (`2019年`) are labels, not numbers, so 年 is not here. */
export const KNOWN_UNITS = [
  '万人次', '人次', '万人', '人', '亿元', '万元', '千元', '元', '户', '个月', '个', '家', '项', '天', '日', '月', '分', '次', '件', '笔',
];

const NUMBER_TEXT = new RegExp(
  '^([+-]?)\\(?([+-]?)[¥￥$]?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)\\)?\\s*(%|‰)?\\s*(' +
    KNOWN_UNITS.join('|') +
    ')?$',
);

/** Full-width digits, signs and look-alike minus signs to their ASCII forms. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[−‐‑﹣]/g, '-')
    .replace(/\u00a0|\u3000/g, ' ')
    .trim();
}

export function parseCellValue(cell: GridCell): ParsedValue {
  const raw = cell.value;
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (isCellError(raw)) return { kind: 'error', code: raw.error };
  if (typeof raw === 'boolean') return { kind: 'text', text: String(raw) };
  if (typeof raw === 'number') return parseStoredNumber(raw, cell.numberFormat);
  return parseNumberText(raw);
}

function parseStoredNumber(raw: number, numberFormat: string | undefined): ParsedValue {
  if (!Number.isFinite(raw)) return { kind: 'error', code: '#NUM!' };
  const shown = describeNumberFormat(numberFormat);
  const exactValue = new Dec(generalText(raw));
  if (shown.decimals === null) {
    return { kind: 'number', value: exactValue, decimals: decimalPlaces(exactValue), percent: false, unit: '', fromText: false };
  }
  const decimals = shown.decimals + (shown.percent ? 2 : 0);
  return {
    kind: 'number',
    value: roundHalfUp(exactValue, decimals),
    decimals,
    percent: shown.percent,
    unit: shown.suffix.trim(),
    fromText: false,
  };
}

/** Parse what staff type: `43,436.13`, `-23.20%`, `10.00分`, `2.03亿元`, `１２３`, `(1,200)`. */
export function parseNumberText(text: string): ParsedValue {
  const normalised = normaliseText(text);
  if (NO_VALUE.has(normalised.toLowerCase())) return { kind: 'empty' };
  if (ERROR_CODES.has(normalised.toUpperCase())) return { kind: 'error', code: normalised.toUpperCase() };
  const compact = normalised.replace(/\s+/g, '');
  const match = NUMBER_TEXT.exec(compact);
  // `(5` or `5)` is a typo or a note, not an accounting negative.
  if (!match || compact.includes('(') !== compact.includes(')')) return { kind: 'text', text: normalised };
  const [, outerSign, innerSign, digits, percentSign, unit] = match;
  const negative = outerSign === '-' || innerSign === '-' || (compact.startsWith('(') && compact.endsWith(')'));
  let value = new Dec(digits.replace(/,/g, ''));
  let decimals = (digits.split('.')[1] ?? '').length;
  if (percentSign === '%') {
    value = value.div(100);
    decimals += 2;
  } else if (percentSign === '‰') {
    value = value.div(1000);
    decimals += 3;
  }
  if (negative) value = value.neg();
  return { kind: 'number', value, decimals, percent: percentSign !== undefined, unit: unit ?? '', fromText: true };
}

/** The stated value as an interval over its shown precision. */
export function statedInterval(value: NumberValue): Interval {
  return shownInterval(value.value, value.decimals);
}

/** Excel's General format shows about 11 significant digits: binary noise beyond that is not "shown". */
function generalText(raw: number): string {
  if (Number.isInteger(raw)) return String(raw);
  return String(Number(raw.toPrecision(12)));
}

function decimalPlaces(value: Decimal): number {
  return Math.max(0, value.decimalPlaces());
}

/** Shorthand used by recognisers: the cell as a number, or null. */
export function numberOf(cell: GridCell): NumberValue | null {
  const parsed = parseCellValue(cell);
  return parsed.kind === 'number' ? parsed : null;
}
