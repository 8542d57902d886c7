import { rememberByText } from '../../text/rememberByText';
import { identifyFund, isNoteOrFooter, isOfWhichLabel, isSubtotalLabel, isTotalLabel, itemNumbering, labelWord, namesTable, namesWholeFund, normaliseWord } from '../../vocabulary';

/** What a label in a line-item table's label column is. */
export type RowKind = 'total' | 'subtotal' | 'item' | 'ofWhich' | 'plain' | 'empty';

/** Numbering styles of an outline: `一、`, `(一)`, `1.`, `(1)`. A style deeper in the outline nests. */
export type NumberingStyle = 'chinese' | 'chineseParen' | 'arabic' | 'arabicParen';

export interface RowLabel {
  kind: RowKind;
  style: NumberingStyle | null;
}

/** Longer texts are prose or titles, not row labels. */
const MAX_LABEL_LENGTH = 40;

/** What a label is; `text` may be raw or already normalised (SheetView.word). Once per distinct text. */
export const classifyRowLabel: (text: string) => RowLabel = rememberByText(readRowLabel);

function readRowLabel(text: string): RowLabel {
  const label = normaliseWord(text);
  if (!label) return { kind: 'empty', style: null };
  if (isOfWhichLabel(label)) return { kind: 'ofWhich', style: null };
  if (isSubtotalLabel(label)) return { kind: 'subtotal', style: null };
  const numbering = itemNumbering(label);
  if (numbering) return { kind: 'item', style: numberingStyle(numbering) };
  if (isWholeFundTotal(label)) return { kind: 'total', style: null };
  return { kind: 'plain', style: null };
}

function isWholeFundTotal(label: string): boolean {
  const text = labelWord(label);
  if (!text || text.length > MAX_LABEL_LENGTH) return false;
  // A title (…决算收入表) or a unit line names the funds too, but heads no section.
  if (namesTable(text, 'end') || isNoteOrFooter(text)) return false;
  if (isTotalLabel(text)) return true;
  return namesWholeFund(text) && identifyFund(text) === null;
}

export function numberingStyle(numbering: string): NumberingStyle {
  const paren = /^[(（]/.test(numbering);
  const arabic = /\d/.test(numbering);
  if (arabic) return paren ? 'arabicParen' : 'arabic';
  return paren ? 'chineseParen' : 'chinese';
}
