import { Dec } from '../../numeric/decimal';
import { INDICATOR_UNIT_WORDS, UNIT_SYNONYMS, UNIT_WORDS, wordPattern } from '../../vocabulary';
import type { Quantity } from './Target';

/** The units a number in a target or an actual may carry: the tables' (`人`, `万元`, `个月`) and the indicators' (`起`, `例`). */
export const UNIT_PATTERN = wordPattern([...UNIT_WORDS, ...INDICATOR_UNIT_WORDS]);

/** `95%` → 0.95 percent, `3‰` → 0.003 percent, `74272人` → 74272 人. */
export function quantityOf(digits: string, percentSign: string | undefined, unit: string | undefined): Quantity {
  const divisor = percentSign === '%' ? 100 : percentSign === '‰' ? 1000 : 1;
  return {
    value: new Dec(digits).div(divisor),
    percent: percentSign !== undefined,
    unit: unit ?? '',
    text: `${digits}${percentSign ?? ''}${unit ?? ''}`,
  };
}

/** One name per unit (`个月` is `月`, `天` is `日`). */
export function canonicalUnit(unit: string): string {
  return UNIT_SYNONYMS[unit] ?? unit;
}
