import type { CellModel } from './WorkbookModel';

/**
 * What Excel makes of a string written through Range.values: the same as if the user typed it. Under the text
 * format "@" (or after a leading apostrophe) it stays text; otherwise numbers, percentages, dates, booleans, error
 * values and formulas are recognised, and a General cell takes the format the entry implies ("98%" → 0%, a date →
 * a date format). Only the entries the add-in could meet are modelled.
 */
export function typedEntry(text: string, format: string | undefined): Pick<CellModel, 'value' | 'error' | 'formula' | 'numberFormat'> {
  const general = !format || format === 'General';
  if (format === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: text, value: null };
  const t = text.trim();
  if (/^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)$/.test(t)) return { error: t };
  if (/^(?:true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE' };

  const number = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(?:[eE]([+-]?\d+))?(%?)$/.exec(t);
  if (number && (number[2] !== '' || number[3])) {
    const [, sign, whole, fraction = '', exponent, percent] = number;
    const value = Number(`${sign}${whole.replace(/,/g, '') || '0'}${fraction}${exponent ? `e${exponent}` : ''}`);
    const decimals = fraction.length > 0 ? fraction.length - 1 : 0;
    if (percent) return { value: value / 100, ...(general ? { numberFormat: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' } : {}) };
    if (general && whole.includes(',')) return { value, numberFormat: decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0' };
    return { value };
  }

  const date = /^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/.exec(t);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2] ?? date[4]), Number(date[3] ?? date[5])];
    const utc = Date.UTC(y, m - 1, d);
    const check = new Date(utc);
    if (check.getUTCMonth() === m - 1 && check.getUTCDate() === d) {
      const serial = utc / 86_400_000 + 25_569; // days since 1899-12-30, Excel's date serial
      return { value: serial, ...(general ? { numberFormat: date[4] ? 'yyyy"年"m"月"d"日"' : 'yyyy/m/d' } : {}) };
    }
  }
  return { value: text };
}
