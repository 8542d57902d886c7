import { rememberByText } from '../text/rememberByText';

/**
 * The one normalisation every word is matched in. People type the same word many ways: `合　计` with a
 * full-width space, `本 年 收 入`, `基金\n收入` with a line break, `（万元）` with full-width brackets, `－` as a
 * minus. NFKC folds full-width letters, digits, signs and spaces to ASCII; look-alike minus signs become `-`.
 */
export const foldWidth: (text: string) => string = rememberByText(fold);

/** A cell's text as the vocabulary compares it: widths folded, every space and line break removed. */
export const normaliseWord: (text: string) => string = rememberByText((text) => foldWidth(text).replace(/\s+/g, ''));

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[−‐‑﹣]/g, '-')
    .replace(/[\u00a0\u3000]/g, ' ')
    .trim();
}

