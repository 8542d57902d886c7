import { foldWidth, SIGN_WORDS, wordPattern } from '../../vocabulary';

const SIGNS = SIGN_WORDS.map(([sign, words]) => [new RegExp(wordPattern(words), 'g'), sign] as const);

/**
 * One spelling for the signs staff type: NFKC turns full-width `＞＜＝％～` and digits into ASCII, the rest
 * (`≧ ≦ >= <= 〜`, `大于等于`) are mapped here so the parser only knows `≥ > ≤ < = ~`.
 */
export function normaliseIndicatorText(text: string): string {
  let out = foldWidth(text).replace(/\r?\n/g, '');
  for (const [pattern, sign] of SIGNS) out = out.replace(pattern, sign);
  return out.replace(/[〜～]/g, '~').replace(/\s+/g, '');
}

/**
 * Text compared for meaning, not for typing: no spaces or punctuation, full/half width folded, case folded.
 * `按标准审核后足额发放。` and `按标准审核后 足额发放` say the same thing.
 */
export function comparableText(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');
}

/**
 * Whether an actual says the same as a qualitative target: the same words once spaces, punctuation and widths
 * are folded. Nothing looser: a different degree (`较满意` for `满意`, `逐步提高` for `稳步提高`) or an added word
 * (`已…`, `基本…`) is a claim a person judges (财预〔2020〕10号), never met by default.
 */
export function saysTheSame(target: string, actual: string): boolean {
  const t = comparableText(target);
  return t !== '' && t === comparableText(actual);
}
