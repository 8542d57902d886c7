import type { GridCell } from '../../../../src/core';
import type { Reality } from './realities';
import type { Rng } from './random';
import type { Dec } from './fundBalanceModel';

/** How a value is written in a cell, under the value realities (issue 7, item 3). */

const zeros = (n: number) => (n > 0 ? '.' + '0'.repeat(n) : '');

export function groupThousands(fixed: string): string {
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** A negative amount as staff write it: text or an accounting-style number format. */
function negativeForm(rng: Rng, value: Dec, decimals: number): GridCell {
  const magnitude = value.abs().toFixed(decimals);
  const z = zeros(decimals);
  switch (rng.int(0, 6)) {
    case 0:
      return { value: `(${groupThousands(magnitude)})` };
    case 1:
      return { value: `－${magnitude}` };
    case 2:
      return { value: `△${magnitude}` };
    case 3:
      return { value: value.toNumber(), numberFormat: `#,##0${z};(#,##0${z})` };
    case 4:
      return { value: value.toNumber(), numberFormat: `_(* #,##0${z}_);_(* (#,##0${z});_(* "-"??_);_(@_)` };
    case 5:
      return { value: value.toNumber(), numberFormat: `0${z};[Red]"△"0${z}` };
    default:
      return { value: value.toNumber(), numberFormat: `#,##0${z};[红色]-#,##0${z}` };
  }
}

export function amountCell(rng: Rng, value: Dec, decimals: number, realities: Set<Reality>): GridCell {
  if (realities.has('negativeForms') && value.isNegative() && rng.chance(0.7)) return negativeForm(rng, value, decimals);
  const fixed = value.toFixed(decimals);
  if (realities.has('textNumbers') && rng.chance(0.5)) return { value: groupThousands(fixed) };
  return { value: value.toNumber(), numberFormat: rng.pick([`#,##0${zeros(decimals)}`, `0${zeros(decimals)}`]) };
}

/** A rate (a fraction) written cell by its own form: percent-formatted, `5.72%` text, or points under a (%) header. */
export function rateCell(rng: Rng, value: Dec, decimals: number, realities: Set<Reality>, pointsAllowed: boolean): GridCell {
  const points = value.mul(100).toFixed(decimals - 2);
  const fraction: GridCell = { value: value.toNumber(), numberFormat: `0${zeros(decimals - 2)}%` };
  if (!realities.has('percentForms')) return fraction;
  const forms = pointsAllowed ? ['fraction', 'text', 'points'] : ['fraction', 'text'];
  switch (rng.pick(forms)) {
    case 'text':
      return { value: `${value.isNegative() && realities.has('negativeForms') ? points.replace('-', '－') : points}%` };
    case 'points':
      return { value: Number(points), numberFormat: `0${zeros(decimals - 2)}` };
    default:
      return fraction;
  }
}

/** "Not applicable" as staff write it; null is a blank cell. */
export function notApplicableCell(rng: Rng): GridCell | null {
  const text = rng.pick(['—', '-', '－', '']);
  return text ? { value: text } : null;
}
