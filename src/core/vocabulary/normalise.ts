/**
 * The one normalisation every word is matched in. People type the same word many ways: `合　计` with a
 * full-width space, `本 年 收 入`, `基金\n收入` with a line break, `（万元）` with full-width brackets, `－` as a
 * minus. NFKC folds full-width letters, digits, signs and spaces to ASCII; look-alike minus signs become `-`.
 */
export function foldWidth(text: string): string {
  return remembered(FOLDED, text, fold);
}

/** A cell's text as the vocabulary compares it: widths folded, every space and line break removed. */
export function normaliseWord(text: string): string {
  return remembered(WORDS, text, (t) => foldWidth(t).replace(/\s+/g, ''));
}

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[−‐‑﹣]/g, '-')
    .replace(/[\u00a0\u3000]/g, ' ')
    .trim();
}

/**
 * Recognisers ask about the same labels many times over (every matcher normalises its argument): each text is
 * normalised once. The memory is bounded: past this many texts it starts again.
 */
const REMEMBERED = 20_000;
const FOLDED = new Map<string, string>();
const WORDS = new Map<string, string>();

function remembered(memory: Map<string, string>, text: string, make: (text: string) => string): string {
  let result = memory.get(text);
  if (result === undefined) {
    if (memory.size >= REMEMBERED) memory.clear();
    memory.set(text, (result = make(text)));
  }
  return result;
}
