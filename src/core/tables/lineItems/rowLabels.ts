import { identifyFund, isOfWhichLabel, isTotalLabel, itemNumbering, normaliseLabel } from '../funds';

/** What a label in a line-item table's label column is. */
export type RowKind = 'total' | 'subtotal' | 'item' | 'ofWhich' | 'plain' | 'empty';

/** Numbering styles of an outline: `一、`, `(一)`, `1.`, `(1)`. A style deeper in the outline nests. */
export type NumberingStyle = 'chinese' | 'chineseParen' | 'arabic' | 'arabicParen';

export interface RowLabel {
  kind: RowKind;
  style: NumberingStyle | null;
}

/** Names of the whole of the funds, which make an un-numbered label a total (`社会保险基金本年收支结余`). */
const WHOLE_FUND = /社会保险基金|社保基金|各项(社会)?保险|基金合计|基金总计/;

/** Longer texts are prose or titles, not row labels. */
const MAX_LABEL_LENGTH = 40;

export function classifyRowLabel(text: string): RowLabel {
  const label = text.trim();
  if (!label) return { kind: 'empty', style: null };
  if (isOfWhichLabel(label)) return { kind: 'ofWhich', style: null };
  if (isSubtotal(label)) return { kind: 'subtotal', style: null };
  const numbering = itemNumbering(label);
  if (numbering) return { kind: 'item', style: numberingStyle(numbering) };
  if (isWholeFundTotal(label)) return { kind: 'total', style: null };
  return { kind: 'plain', style: null };
}

/** `小计`, `养老保险小计`: the sum of the lines since the previous 小计, not an item of the section. */
function isSubtotal(label: string): boolean {
  const text = normaliseLabel(label);
  return text.length <= 16 && /小计[:：]?$/.test(text);
}

function isWholeFundTotal(label: string): boolean {
  const text = normaliseLabel(label);
  if (!text || text.length > MAX_LABEL_LENGTH) return false;
  // A title (…决算收入表) or a unit line names the funds too, but heads no section.
  if (/表$|单位|附件/.test(text)) return false;
  if (isTotalLabel(text)) return true;
  return WHOLE_FUND.test(text) && identifyFund(text) === null;
}

export function numberingStyle(numbering: string): NumberingStyle {
  const paren = /^[(（]/.test(numbering);
  const arabic = /\d/.test(numbering);
  if (arabic) return paren ? 'arabicParen' : 'arabic';
  return paren ? 'chineseParen' : 'chinese';
}
