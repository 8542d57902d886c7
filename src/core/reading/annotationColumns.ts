import { ANNOTATION_WORDS } from '../vocabulary';

const WORDS = new Set(ANNOTATION_WORDS);

/** `行次`, `栏次`, `序号`: a line of the numbers that count a table's lines, never figures of it. */
export function isAnnotationWord(word: string): boolean {
  return WORDS.has(word);
}
