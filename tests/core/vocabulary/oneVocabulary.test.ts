import * as fs from 'fs';
import * as path from 'path';

/**
 * "One vocabulary, as data": every word a recogniser compares against lives in src/core/vocabulary. Elsewhere in
 * the core, Chinese may appear in messages FundCheck writes, never in a pattern or a comparison it reads with.
 * (src/core/values is the value parser's: it reads number syntax and takes its placeholders from the vocabulary.)
 */
const CORE = path.resolve(__dirname, '../../../src/core');
const ALLOWED = ['vocabulary', 'values'].map((dir) => path.join(CORE, dir));

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ALLOWED.includes(full) ? [] : files(full);
    return /\.ts$/.test(entry.name) ? [full] : [];
  });
}

const CJK = '[\\u4e00-\\u9fff]';
/** A regex literal, a RegExp built from a literal, or a string compared with includes/startsWith/endsWith/===. */
const WORD_USE = [
  new RegExp(`(^|[=(,:!&|?]\\s*)/[^/\\n]*${CJK}[^/\\n]*/[gimsuy]*`),
  new RegExp(`new RegExp\\(\\s*['\`][^'\`]*${CJK}`),
  new RegExp(`\\.(includes|startsWith|endsWith|indexOf)\\(\\s*['"\`][^'"\`]*${CJK}`),
  new RegExp(`[!=]==?\\s*['"\`][^'"\`]*${CJK}`),
];

function codeLines(file: string): { line: number; text: string }[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => !/^\s*(\/\/|\*|\/\*)/.test(text));
}

describe('one vocabulary', () => {
  it('keeps every word the core reads with in src/core/vocabulary', () => {
    const offenders = files(CORE).flatMap((file) =>
      codeLines(file)
        .filter(({ text }) => WORD_USE.some((pattern) => pattern.test(text)))
        .map(({ line, text }) => `${path.relative(CORE, file)}:${line}: ${text.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would catch a word list outside the vocabulary (the check itself can fail)', () => {
    const samples = ["if (/合计|总计/.test(text)) return true;", "const x = new RegExp('小计$');", "label.includes('其中')", "word === '险种'"];
    for (const sample of samples) expect([sample, WORD_USE.some((p) => p.test(sample))]).toEqual([sample, true]);
    expect(WORD_USE.some((p) => p.test("message: `合计 ≠ 各项之和`,"))).toBe(false);
  });
});
