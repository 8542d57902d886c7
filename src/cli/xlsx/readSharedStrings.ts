import { ReadFailure } from './ReadFailure';
import { unescapeText } from './xmlValues';
import { parsePart } from './xmlEvents';
import type { ZipPackage } from './ZipPackage';

/** The shared strings as plain text: rich-text runs joined, phonetic guides (`rPh`) left out. */
export async function readSharedStrings(pkg: ZipPackage, part: string | undefined): Promise<string[]> {
  if (!part) return [];
  if (pkg.entry(part)!.uncompressedSize > pkg.limits.maxWholePartBytes) throw new ReadFailure('tooLarge', part);
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await parsePart(pkg, part, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && current && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current) {
        strings.push(unescapeText(current.join('')));
        current = null;
      }
    },
    text(text) {
      if (inText) current!.push(text);
    },
  });
  return strings;
}
