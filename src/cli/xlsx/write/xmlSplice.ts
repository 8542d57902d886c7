/**
 * Small tools to edit a part's XML in place. Parts are handled as latin1 strings (one character per byte), so
 * everything outside the spliced elements stays byte for byte what it was, whatever its encoding quirks; new
 * text is turned into the same form with `fromUtf8`.
 */

export interface FoundElement {
  /** Index of `<`. */
  start: number;
  /** Index just after the start tag's `>`. */
  openEnd: number;
  /** Index just after the element (after `/>` or its end tag). */
  end: number;
  /** The qualified name as written (`c`, `x:c`). */
  name: string;
  selfClosing: boolean;
}

export const fromUtf8 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');
export const toUtf8 = (latin1: string): string => Buffer.from(latin1, 'latin1').toString('utf8');

const patterns = new Map<string, RegExp>();

/** A global regex matching the start of `<local` or `<prefix:local` followed by a space, `>` or `/`. */
function startPattern(local: string): RegExp {
  let re = patterns.get(local);
  if (!re) {
    re = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${local})[\\s/>]`, 'g');
    patterns.set(local, re);
  }
  return re;
}

/** End of a start tag beginning at `start`: the index after its `>`, skipping `>` inside quoted values. */
function startTagEnd(xml: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return -1;
}

/**
 * The next element named `local` (any prefix) starting in [from, to). Elements sought this way never nest
 * inside one of the same name (c, row, xf, comment, sheetData…), so the first end tag closes it.
 */
export function findElement(xml: string, local: string, from = 0, to = xml.length): FoundElement | null {
  const re = startPattern(local);
  let match: RegExpExecArray | null;
  // A start tag inside a comment, CDATA or processing instruction is text, never an element to write into.
  for (let at = from; ;) {
    re.lastIndex = at;
    match = re.exec(xml);
    if (!match || match.index >= to) return null;
    const skipped = markupEndBefore(xml, at, match.index);
    if (skipped < 0) break;
    at = skipped;
  }
  const start = match.index;
  const openEnd = startTagEnd(xml, start);
  if (openEnd < 0) throw new SyntaxError(`unterminated <${match[1]}>`);
  const name = match[1];
  const selfClosing = xml[openEnd - 2] === '/';
  if (selfClosing) return { start, openEnd, end: openEnd, name, selfClosing };
  const close = endTagOutsideMarkup(xml, `</${name}>`, openEnd);
  if (close < 0) throw new SyntaxError(`unclosed <${name}>`);
  return { start, openEnd, end: close + name.length + 3, name, selfClosing };
}

/** Markup whose content is not elements: comments, CDATA sections, processing instructions, by opener and closer. */
const OPAQUE: [string, string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];

/**
 * Where the first comment, CDATA or processing instruction starting in [from, before) ends (the search resumes
 * there), or -1 when none starts before `before`.
 */
function markupEndBefore(xml: string, from: number, before: number): number {
  let first = -1;
  let closer = '';
  OPAQUE.forEach(([open, close], i) => {
    const at = nextOpener(xml, i, open, from);
    if (at >= 0 && at < before && (first < 0 || at < first)) [first, closer] = [at, close];
  });
  if (first < 0) return -1;
  const end = xml.indexOf(closer, first + 2);
  if (end < 0) throw new SyntaxError('unterminated comment or CDATA');
  return end + closer.length;
}

/**
 * The next `open` at or after `from`, remembered per part: a sheet's rows are sought from the start to the end, and
 * searching the rest of a large part for a comment at every row would make that quadratic.
 */
let openersOf: string | null = null;
const openerAt: { from: number; at: number }[] = [];
function nextOpener(xml: string, i: number, open: string, from: number): number {
  if (openersOf !== xml) {
    openersOf = xml;
    openerAt.length = 0;
  }
  const known = openerAt[i];
  if (known && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
  const at = xml.indexOf(open, from);
  openerAt[i] = { from, at };
  return at;
}

/** The end tag `tag` from `from` on, passing over any inside a comment, CDATA or processing instruction. */
function endTagOutsideMarkup(xml: string, tag: string, from: number): number {
  for (let at = from; ;) {
    const close = xml.indexOf(tag, at);
    if (close < 0) return -1;
    const skipped = markupEndBefore(xml, at, close);
    if (skipped < 0) return close;
    at = skipped;
  }
}

/** Every `local` element in [from, to), in order. */
export function findAll(xml: string, local: string, from = 0, to = xml.length): FoundElement[] {
  const out: FoundElement[] = [];
  for (let at = from; ;) {
    const found = findElement(xml, local, at, to);
    if (!found) return out;
    out.push(found);
    at = found.end;
  }
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** An attribute of a start tag (its value as written, entities left alone). */
export function attribute(tag: string, name: string): string | undefined {
  // Asked of every cell and row a copy edits: each attribute name's pattern is made once.
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) ATTRIBUTE_PATTERNS.set(name, (pattern = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(tag);
  return match ? (match[2] ?? match[3]) : undefined;
}

/** The start tag with `name` set to `value` (replaced where present, else added before the tag's end). */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${value}"${tag.slice(close)}`;
}

export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`), '');
}

/** Text for an attribute value or element content (as UTF-8 text; pass the result through fromUtf8). */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** The prefix of a qualified name with its colon (`x:` for `x:c`), '' when unprefixed. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

/** The direct children of an element, in order (comments and processing instructions skipped). */
export function childElements(xml: string, parent: FoundElement): FoundElement[] {
  const out: FoundElement[] = [];
  if (parent.selfClosing) return out;
  const close = parent.end - parent.name.length - 3;
  let at = parent.openEnd;
  while (at < close) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= close) break;
    if (xml.startsWith('<!--', lt)) {
      at = xml.indexOf('-->', lt) + 3;
      continue;
    }
    if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
      at = xml.indexOf('>', lt) + 1;
      continue;
    }
    const name = /^<([^\s/>]+)/.exec(xml.slice(lt, lt + 200))?.[1];
    if (!name) break;
    const openEnd = startTagEnd(xml, lt);
    if (xml[openEnd - 2] === '/') {
      out.push({ start: lt, openEnd, end: openEnd, name, selfClosing: true });
      at = openEnd;
      continue;
    }
    const end = matchingClose(xml, name, openEnd);
    out.push({ start: lt, openEnd, end, name, selfClosing: false });
    at = end;
  }
  return out;
}

/** The index after the end tag closing an element `name` opened before `from`, counting nested ones. */
function matchingClose(xml: string, name: string, from: number): number {
  const open = new RegExp(`<${name.replace(/[.:]/g, '\\$&')}[\\s/>]|</${name.replace(/[.:]/g, '\\$&')}>`, 'g');
  open.lastIndex = from;
  let depth = 1;
  for (let match = open.exec(xml); match; match = open.exec(xml)) {
    if (match[0].startsWith('</')) {
      if (--depth === 0) return match.index + match[0].length;
    } else if (xml[startTagEnd(xml, match.index) - 2] !== '/') depth++;
  }
  throw new SyntaxError(`unclosed <${name}>`);
}
