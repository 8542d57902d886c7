/** Numbering styles of an outline: `一、`, `(一)`, `1.`, `(1)`. A style deeper in the outline nests. */
export type NumberingStyle = 'chinese' | 'chineseParen' | 'arabic' | 'arabicParen';

/** The style of a numbering found by `itemNumbering` (`一、` → chinese, `(1)` → arabicParen). */
export function numberingStyle(numbering: string): NumberingStyle {
  const paren = /^[(（]/.test(numbering);
  const arabic = /\d/.test(numbering);
  if (arabic) return paren ? 'arabicParen' : 'arabic';
  return paren ? 'chineseParen' : 'chinese';
}
