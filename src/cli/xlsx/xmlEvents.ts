import type { Readable } from 'stream';
import { TextDecoder } from 'util';
import type { ZipPackage } from './ZipPackage';

/**
 * What a part reader listens to. Names arrive without their namespace prefix (`x:c` and `c` alike; strict
 * OOXML's other namespace URIs change nothing), attributes keep theirs (`r:id`). Text comes already decoded
 * (entities, character references, line ends), a CDATA section as one text of its own; a text node comes in one
 * call, a comment or processing instruction in it splits it in two.
 */
export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** The value of an attribute whatever its prefix (`r:id`, `ns0:id`) — for the relationship id of a part. */
export function prefixedAttribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const name of Object.keys(attributes)) if (localName(name) === local) return attributes[name];
  return undefined;
}

/** A part's bytes as text: UTF-8 unless a byte-order mark says UTF-16 (the BOM itself is dropped). */
function decoderFor(head: Buffer): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

export function parseXml(bytes: Buffer, handlers: XmlHandlers): void {
  new XmlScanner(handlers).write(decoderFor(bytes).decode(bytes), true);
}

/** Parse a package part: a small one at once, a large one as it inflates (see ZipPackage.wholePart). */
export async function parsePart(pkg: ZipPackage, name: string, handlers: XmlHandlers): Promise<void> {
  const whole = pkg.wholePart(name);
  if (whole) parseXml(whole, handlers);
  else await parseXmlStream(await pkg.stream(name), handlers);
}

/** Parse a part as it inflates: memory holds a chunk of it, never the whole text of a large sheet. */
export async function parseXmlStream(stream: Readable, handlers: XmlHandlers): Promise<void> {
  const scanner = new XmlScanner(handlers);
  let decoder: TextDecoder | undefined;
  let head: Buffer | undefined; // a first chunk too short to tell a UTF-16 BOM
  for await (const chunk of stream) {
    let bytes = chunk as Buffer;
    if (!decoder) {
      if (head) bytes = Buffer.concat([head, bytes]);
      if (bytes.length < 2) {
        head = bytes;
        continue;
      }
      decoder = decoderFor(bytes);
    }
    scanner.write(decoder.decode(bytes, { stream: true }), false);
  }
  if (!decoder && head) scanner.write(decoderFor(head).decode(head), true);
  else scanner.write(decoder ? decoder.decode() : '', true);
}

// ---------------------------------------------------------------------------------------------------------------
// The scanner. XML 1.0 (5th edition) well-formedness as saxes checks it, without DTD processing (a DOCTYPE is
// skipped, only the five predefined entities are known) and without namespace processing (prefixes are not
// resolved). It works on whole strings with indexOf and sticky regular expressions rather than a character at a
// time: most runs are short, and in a cold process the fewer JavaScript operations per byte, the faster.

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const SQUOTE = 39;
const SLASH = 47;
const GT = 62;
const QUESTION = 63;
const RBRACKET = 93;
const LOWER_X = 120;

const isSpace = (c: number) => c === SPACE || c === LF || c === TAB || c === CR;

// Names as XML 1.0 5th edition (and XML 1.1) define them; `:` is a name character (no namespace processing).
const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const NAME = `[${NAME_START}][${NAME_CHAR}]*`;
/** A name where lastIndex says (a tag's, an attribute's, a processing instruction's target). */
const NAME_AT = new RegExp(NAME, 'uy');
/** One attribute with the white space before it; a value holding `<` does not match (it is an error). */
const ATTRIBUTE = new RegExp(`[ \\t\\n]+(${NAME})[ \\t\\n]*=[ \\t\\n]*(?:"([^"<]*)"|'([^'<]*)')`, 'uy');
/**
 * The usual start tag whole, in one match: an ASCII name and up to four ASCII-named attributes in double quotes
 * whose values need no decoding or normalising (no `&`, tab or line end), then `/>` (group 10) or `>` — and when
 * plain text (no `&`, `]`) and the matching end tag follow, those too (the text in group 11): `<v>12</v>` is one
 * match. Anything else does not match and goes the general way.
 */
const FAST_ATTRIBUTE = '(?:[ \\t\\n]+([A-Za-z:][\\w.:-]*)="([^"<&\\t\\n]*)")?'; // not `_…`: `__proto__` goes the general way
const FAST_START_TAG = new RegExp(`([A-Za-z_:][\\w.:-]*)${FAST_ATTRIBUTE.repeat(4)}[ \\t\\n]*(?:(/)>|>(?:([^<&\\]]*)</\\1>)?)`, 'y');
/** The end of a start tag after its attributes: `>` or `/>`, maybe after white space. */
const TAG_END = /[ \t\n]*(\/?)>/y;
/** The rest of an end tag: `</name>`, maybe with white space before `>`. */
const END_TAG = new RegExp(`(${NAME})[ \\t\\n]*>`, 'uy');
/** The XML declaration, which may open the document and nowhere else. */
const DECLARATION =
  /<\?xml[ \t\n\r]+version[ \t\n\r]*=[ \t\n\r]*(?:"(1\.[0-9]+)"|'(1\.[0-9]+)')(?:[ \t\n\r]+encoding[ \t\n\r]*=[ \t\n\r]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\n\r]+standalone[ \t\n\r]*=[ \t\n\r]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n\r]*\?>/y;
/** Characters XML forbids anywhere in a document (lone surrogates included: the `u` flag pairs the others). */
const FORBIDDEN_10 = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/u;
/** XML 1.1 also forbids C1 controls but NEL (which ends a line there, as LS does). */
const FORBIDDEN_11 = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const LINE_END_10 = /\r\n?/g;
const LINE_END_11 = /\r[\n\x85]?|[\x85\u2028]/g;
const HAS_LINE_END_11 = /[\r\x85\u2028]/;
const NOT_SPACE = /[^ \t\n]/;
const HAS_ATTRIBUTE_SPACE = /[\t\n]/;
const ATTRIBUTE_SPACE = /[\t\n]/g;
const HEX_REFERENCE = /^#x[0-9a-fA-F]+$/;
const DECIMAL_REFERENCE = /^#[0-9]+$/;
const DOCTYPE_STOP = /["'[>]/g;
const DTD_STOP = /["'<\]]/g;
const BANG_KEYWORDS = ['<!--', '<![CDATA[', '<!DOCTYPE'];
const hasOwn = Object.prototype.hasOwnProperty;

/** What ends the scan of the markup at `<`: the index after it, or one of these. */
const MORE = -1; // the input ends inside it: carry it over to the next chunk
const CARRIED = -2; // the same, and the scanner has already set what it carries over

function isChar10(code: number): boolean {
  return code >= 0x20 ? code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff) : code === 9 || code === 10 || code === 13;
}

function isChar11(code: number): boolean {
  return code >= 1 && (code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff));
}

class XmlScanner {
  private readonly open: XmlHandlers['open'];
  private readonly close: XmlHandlers['close'];
  private readonly onText: XmlHandlers['text'];
  /** Normalised text not scanned yet: markup (or an entity) cut by the end of a chunk. */
  private tail = '';
  /** Normalised chunks held back until they are at least as long as `tail`, so a long tail is not rescanned per chunk. */
  private held: string[] = [];
  private heldLength = 0;
  /** Raw text not normalised yet: a CR that may begin a CR LF, or the document's head until its declaration is whole. */
  private raw = '';
  private sawFirstChunk = false;
  private sawDeclaration = false;
  private xml11 = false;
  /** Nothing but the XML declaration and white space read yet (white space there is not reported, as saxes does). */
  private atStart = true;
  /** Text of the current text node read so far, decoded, not reported yet. */
  private text = '';
  /** The head of a CDATA section cut by the end of a chunk. */
  private cdata = '';
  /** The open elements' names as written, and without prefix. */
  private readonly names: string[] = [];
  private readonly locals: string[] = [];
  private sawRoot = false;
  private closedRoot = false;
  private sawDoctype = false;
  /** Characters of the document scanned before the current string (for messages). */
  private offset = 0;

  constructor(handlers: XmlHandlers) {
    this.open = handlers.open;
    this.close = handlers.close;
    this.onText = handlers.text;
  }

  /** Scan the next piece of the document; `final` says it is the last (maybe empty) one. */
  write(chunk: string, final: boolean): void {
    let s = this.raw === '' ? chunk : this.raw + chunk;
    this.raw = '';
    if (!this.sawDeclaration) {
      if (!this.sawFirstChunk) {
        if (s.length === 0 && !final) return;
        this.sawFirstChunk = true;
        if (s.charCodeAt(0) === 0xfeff) s = s.slice(1); // a BOM that the decoder left (a second one)
      }
      const start = this.declaration(s, final);
      if (start === MORE) {
        this.raw = s;
        return;
      }
      if (start > 0) {
        s = s.slice(start);
        this.offset = start;
        this.atStart = false;
      }
      this.sawDeclaration = true;
    }
    if (!final && s.charCodeAt(s.length - 1) === CR) {
      this.raw = '\r';
      s = s.slice(0, -1);
    }
    const forbidden = (this.xml11 ? FORBIDDEN_11 : FORBIDDEN_10).exec(s);
    if (forbidden) throw this.error(`character U+${forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed`, this.tail.length + forbidden.index);
    if (this.xml11) {
      if (HAS_LINE_END_11.test(s)) s = s.replace(LINE_END_11, '\n');
    } else if (s.indexOf('\r') >= 0) s = s.replace(LINE_END_10, '\n');
    if (this.tail === '') {
      this.scan(s, final);
      return;
    }
    if (!final && this.heldLength + s.length < this.tail.length) {
      this.held.push(s);
      this.heldLength += s.length;
      return;
    }
    if (this.heldLength > 0) {
      s = this.held.join('') + s;
      this.held = [];
      this.heldLength = 0;
    }
    this.scan(this.tail + s, final);
  }

  /** Where the document proper begins after its XML declaration (0 without one), or MORE to wait for the rest of it. */
  private declaration(s: string, final: boolean): number {
    if (s.length < 6) return !final && '<?xml'.startsWith(s) ? MORE : 0;
    if (!s.startsWith('<?xml')) return 0;
    const c = s.charCodeAt(5);
    if (c !== QUESTION && !isSpace(c)) return 0; // <?xml-stylesheet …?>: a processing instruction
    const end = s.indexOf('?>');
    if (end < 0) {
      if (!final && s.length < 1024) return MORE;
      throw this.error('unterminated XML declaration', 0);
    }
    DECLARATION.lastIndex = 0;
    const match = DECLARATION.exec(s);
    if (!match || DECLARATION.lastIndex !== end + 2) throw this.error('malformed XML declaration', 0);
    this.xml11 = (match[1] ?? match[2]) !== '1.0';
    return end + 2;
  }

  private error(what: string, at: number): Error {
    return new Error(`XML not well formed: ${what} (at character ${this.offset + at})`);
  }

  private scan(s: string, final: boolean): void {
    let i = 0;
    let cut = false;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) break;
      if (lt > i || this.text !== '') this.textBefore(s, i, lt);
      const c = s.charCodeAt(lt + 1);
      let end: number;
      if (c === SLASH) end = this.endTag(s, lt, final);
      else if (c !== BANG && c !== QUESTION) end = this.startTag(s, lt, final);
      else end = c === BANG ? this.bang(s, lt, final) : this.instruction(s, lt, final);
      if (end < 0) {
        if (end === MORE) this.tail = s.slice(lt);
        i = lt;
        cut = true;
        break;
      }
      this.atStart = false;
      i = end;
    }
    if (final) {
      this.finish(s, i, cut);
      return;
    }
    if (!cut) i = this.textToEnd(s, i);
    this.offset += i;
  }

  /** The text from `i` to the `<` at `lt` (and any read before it): reported, decoded. */
  private textBefore(s: string, i: number, lt: number): void {
    let t = lt > i ? this.textOf(s.slice(i, lt), i) : '';
    if (this.text !== '') {
      t = this.text + t;
      this.text = '';
    }
    if (t !== '' && this.onText) this.onText(t);
  }

  /** Text running to the end of a chunk: taken but for an unfinished entity or the `]` of a `]]>` to come. */
  private textToEnd(s: string, i: number): number {
    let end = s.length;
    const amp = s.lastIndexOf('&');
    if (amp >= i && s.indexOf(';', amp) < 0) end = amp;
    else if (s.charCodeAt(end - 1) === RBRACKET) {
      end--;
      if (end > i && s.charCodeAt(end - 1) === RBRACKET) end--;
    }
    if (end > i) {
      const t = this.textOf(s.slice(i, end), i);
      if (this.onText) this.text += t;
    }
    this.tail = s.slice(end);
    return end;
  }

  /** Text as it reads: in the root, decoded (and checked for `]]>`); outside it, white space only. */
  private textOf(t: string, at: number): string {
    if (this.names.length === 0) return this.outside(t, at);
    const brackets = t.indexOf(']]>');
    if (brackets >= 0) throw this.error('"]]>" in text', at + brackets);
    const amp = t.indexOf('&');
    return amp < 0 ? t : this.decode(t, amp, at);
  }

  /** The end of the document: what is left is text after the root, or an error. */
  private finish(s: string, i: number, cut: boolean): void {
    if (!this.sawRoot) throw this.error('no root element', i);
    if (this.names.length > 0) throw this.error(`unclosed tag <${this.names[this.names.length - 1]}>`, s.length);
    if (cut) throw this.error('unexpected end', i);
    if (i < s.length) this.text += this.outside(s.slice(i), i);
    if (this.text !== '' && this.onText) this.onText(this.text);
    this.text = '';
  }

  /** Text outside the root element: white space only (reported, but at the very start). */
  private outside(t: string, at: number): string {
    const bad = NOT_SPACE.exec(t);
    if (bad) throw this.error(`text ${this.sawRoot ? 'after' : 'before'} the root element`, at + bad.index);
    return this.atStart ? '' : t;
  }

  /** Text with its entities and character references replaced (`amp` is the first `&`). */
  private decode(t: string, amp: number, at: number): string {
    let out = '';
    let from = 0;
    while (amp >= 0) {
      const semicolon = t.indexOf(';', amp + 1);
      if (semicolon < 0) throw this.error('unterminated entity reference', at + amp);
      out += t.slice(from, amp) + this.entity(t.slice(amp + 1, semicolon), at + amp);
      from = semicolon + 1;
      amp = t.indexOf('&', from);
    }
    return out + t.slice(from);
  }

  private entity(name: string, at: number): string {
    switch (name) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    if (name.charCodeAt(0) === HASH) {
      let code = NaN;
      if (name.charCodeAt(1) === LOWER_X) {
        if (HEX_REFERENCE.test(name)) code = parseInt(name.slice(2), 16);
      } else if (DECIMAL_REFERENCE.test(name)) code = parseInt(name.slice(1), 10);
      if (this.xml11 ? isChar11(code) : isChar10(code)) return String.fromCodePoint(code);
      throw this.error(`malformed character reference &${name};`, at);
    }
    throw this.error(name === '' ? 'empty entity reference' : `undefined entity &${name.slice(0, 40)};`, at);
  }

  /** `<name attributes…>` or `<name …/>` at `lt`. */
  private startTag(s: string, lt: number, final: boolean): number {
    FAST_START_TAG.lastIndex = lt + 1;
    const fast = FAST_START_TAG.exec(s);
    if (fast === null) return this.slowStartTag(s, lt, final);
    const attributes: Record<string, string> = {};
    if (fast[2] !== undefined) {
      attributes[fast[2]] = fast[3];
      if (fast[4] !== undefined) {
        if (fast[4] === fast[2]) throw this.error(`duplicate attribute ${fast[4]}`, lt);
        attributes[fast[4]] = fast[5];
        if (fast[6] !== undefined) {
          if (fast[6] === fast[2] || fast[6] === fast[4]) throw this.error(`duplicate attribute ${fast[6]}`, lt);
          attributes[fast[6]] = fast[7];
          if (fast[8] !== undefined) {
            if (fast[8] === fast[2] || fast[8] === fast[4] || fast[8] === fast[6]) throw this.error(`duplicate attribute ${fast[8]}`, lt);
            attributes[fast[8]] = fast[9];
          }
        }
      }
    }
    // `/>`: closed at once, with no content; `>text</name>`: closed with that content; `>`: left open
    return this.element(fast[1], attributes, fast[10] !== undefined ? '' : fast[11], lt, FAST_START_TAG.lastIndex);
  }

  private slowStartTag(s: string, lt: number, final: boolean): number {
    NAME_AT.lastIndex = lt + 1;
    if (!NAME_AT.test(s)) {
      if (lt + 1 >= s.length && !final) return MORE;
      throw this.error('"<" not followed by a name', lt);
    }
    let p = NAME_AT.lastIndex;
    const name = s.slice(lt + 1, p);
    const attributes: Record<string, string> = {};
    let selfClosing: boolean;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === GT) {
        selfClosing = false;
        p++;
        break;
      }
      if (c === SLASH && s.charCodeAt(p + 1) === GT) {
        selfClosing = true;
        p += 2;
        break;
      }
      ATTRIBUTE.lastIndex = p;
      const match = ATTRIBUTE.exec(s);
      if (match === null) {
        TAG_END.lastIndex = p;
        const end = TAG_END.exec(s);
        if (end === null) return this.badAttribute(s, p, final);
        selfClosing = end[1] !== '';
        p = TAG_END.lastIndex;
        break;
      }
      const attribute = match[1];
      let value = match[2] ?? match[3];
      if (value !== '') {
        if (HAS_ATTRIBUTE_SPACE.test(value)) value = value.replace(ATTRIBUTE_SPACE, ' ');
        const amp = value.indexOf('&');
        if (amp >= 0) value = this.decode(value, amp, p);
      }
      if (attributes[attribute] !== undefined && hasOwn.call(attributes, attribute)) throw this.error(`duplicate attribute ${attribute}`, p);
      if (attribute === '__proto__') Object.defineProperty(attributes, attribute, { value, enumerable: true, writable: true, configurable: true });
      else attributes[attribute] = value;
      p = ATTRIBUTE.lastIndex;
    }
    return this.element(name, attributes, selfClosing ? '' : undefined, lt, p);
  }

  /** A start tag read: report it; when `content` is given, the element ends there too (`<a/>`, `<a>text</a>`). */
  private element(name: string, attributes: Record<string, string>, content: string | undefined, lt: number, end: number): number {
    if (this.closedRoot) throw this.error(`a second root element <${name}>`, lt);
    this.sawRoot = true;
    const local = localName(name);
    if (this.open) this.open(local, attributes);
    if (content === undefined) {
      this.names.push(name);
      this.locals.push(local);
      return end;
    }
    if (content !== '' && this.onText) this.onText(content);
    if (this.close) this.close(local);
    if (this.names.length === 0) this.closedRoot = true;
    return end;
  }

  /** Why a start tag does not go on at `p`: the input ends (MORE) or it is malformed (thrown). */
  private badAttribute(s: string, p: number, final: boolean): number {
    const n = s.length;
    const more = () => {
      if (final) throw this.error('unexpected end inside a tag', n);
      return MORE;
    };
    const spaced = p < n && isSpace(s.charCodeAt(p));
    while (p < n && isSpace(s.charCodeAt(p))) p++;
    if (p >= n) return more();
    const c = s.charCodeAt(p);
    if (c === SLASH) {
      if (p + 1 >= n) return more();
      throw this.error('"/" not followed by ">" in a tag', p);
    }
    NAME_AT.lastIndex = p;
    if (!spaced || !NAME_AT.test(s)) throw this.error(spaced ? 'disallowed character in an attribute name' : 'disallowed character in a tag', p);
    p = NAME_AT.lastIndex;
    while (p < n && isSpace(s.charCodeAt(p))) p++;
    if (p >= n) return more();
    if (s.charCodeAt(p) !== 61 /* = */) throw this.error('attribute without a value', p);
    p++;
    while (p < n && isSpace(s.charCodeAt(p))) p++;
    if (p >= n) return more();
    const quote = s.charCodeAt(p);
    if (quote !== DQUOTE && quote !== SQUOTE) throw this.error('attribute value not quoted', p);
    const close = s.indexOf(quote === DQUOTE ? '"' : "'", p + 1);
    const lt = s.indexOf('<', p + 1);
    if (lt >= 0 && (close < 0 || lt < close)) throw this.error('"<" in an attribute value', lt);
    if (close < 0) return more();
    throw this.error('malformed tag', p);
  }

  /** `</name>` at `lt`: it must close the innermost open element. */
  private endTag(s: string, lt: number, final: boolean): number {
    const names = this.names;
    const top = names.length > 0 ? names[names.length - 1] : undefined;
    let end: number;
    if (top !== undefined && s.startsWith(top, lt + 2) && s.charCodeAt(lt + 2 + top.length) === GT) end = lt + 3 + top.length;
    else {
      END_TAG.lastIndex = lt + 2;
      const match = END_TAG.exec(s);
      if (match === null) {
        NAME_AT.lastIndex = lt + 2;
        let p = NAME_AT.test(s) ? NAME_AT.lastIndex : lt + 2;
        while (p < s.length && isSpace(s.charCodeAt(p))) p++;
        if (p >= s.length && !final) return MORE;
        throw this.error(p >= s.length ? 'unexpected end inside an end tag' : 'malformed end tag', p);
      }
      if (top === undefined) throw this.error(`end tag </${match[1]}> without a start tag`, lt);
      if (match[1] !== top) throw this.error(`end tag </${match[1]}> does not match <${top}>`, lt);
      end = END_TAG.lastIndex;
    }
    names.pop();
    const local = this.locals.pop()!;
    if (this.close) this.close(local);
    if (names.length === 0) this.closedRoot = true;
    return end;
  }

  /** `<!--…-->`, `<![CDATA[…]]>` or `<!DOCTYPE…>` at `lt`. */
  private bang(s: string, lt: number, final: boolean): number {
    const n = s.length;
    if (s.startsWith('--', lt + 2)) {
      const start = lt + 4;
      const dashes = s.indexOf('--', start);
      if (dashes >= 0 && dashes + 2 < n) {
        if (s.charCodeAt(dashes + 2) !== GT) throw this.error('"--" inside a comment', dashes);
        return dashes + 3;
      }
      if (final) throw this.error('unterminated comment', lt);
      this.tail = `<!--${s.slice(Math.max(start, n - 2))}`; // all a `-->` to come needs
      return CARRIED;
    }
    if (s.startsWith('[CDATA[', lt + 2)) {
      if (this.names.length === 0) throw this.error(`CDATA section ${this.sawRoot ? 'after' : 'before'} the root element`, lt);
      const start = lt + 9;
      const end = s.indexOf(']]>', start);
      if (end >= 0) {
        const content = this.cdata === '' ? s.slice(start, end) : this.cdata + s.slice(start, end);
        this.cdata = '';
        if (this.onText) this.onText(content);
        return end + 3;
      }
      if (final) throw this.error('unterminated CDATA section', lt);
      const keep = Math.max(start, n - 2); // all a `]]>` to come needs
      this.cdata += s.slice(start, keep);
      this.tail = `<![CDATA[${s.slice(keep)}`;
      return CARRIED;
    }
    if (s.startsWith('DOCTYPE', lt + 2)) {
      if (this.sawDoctype || this.sawRoot) throw this.error('misplaced DOCTYPE', lt);
      const end = this.skipDoctype(s, lt + 9);
      if (end < 0) {
        if (final) throw this.error('unterminated DOCTYPE', lt);
        return MORE;
      }
      this.sawDoctype = true;
      return end;
    }
    if (!final && n - lt < 9) {
      const head = s.slice(lt);
      if (BANG_KEYWORDS.some((keyword) => keyword.startsWith(head))) return MORE;
    }
    throw this.error('"<!" not followed by "--", "[CDATA[" or "DOCTYPE"', lt);
  }

  /** Past a DOCTYPE from `p` (after `<!DOCTYPE`): its internal subset is skipped as saxes skips it. */
  private skipDoctype(s: string, p: number): number {
    const n = s.length;
    for (;;) {
      DOCTYPE_STOP.lastIndex = p;
      const stop = DOCTYPE_STOP.exec(s);
      if (!stop) return MORE;
      p = stop.index + 1;
      const c = stop[0];
      if (c === '>') return p;
      if (c !== '[') {
        const close = s.indexOf(c, p);
        if (close < 0) return MORE;
        p = close + 1;
        continue;
      }
      for (;;) {
        DTD_STOP.lastIndex = p;
        const inner = DTD_STOP.exec(s);
        if (!inner) return MORE;
        p = inner.index + 1;
        const d = inner[0];
        if (d === ']') break;
        if (d === '<') {
          if (p + 3 > n) return MORE;
          if (s.startsWith('!--', p)) {
            const dashes = s.indexOf('--', p + 3);
            if (dashes < 0 || dashes + 2 >= n) return MORE;
            if (s.charCodeAt(dashes + 2) !== GT) throw this.error('"--" inside a comment', dashes);
            p = dashes + 3;
          } else if (s.charCodeAt(p) === QUESTION) {
            const question = s.indexOf('?', p + 1);
            const close = question < 0 ? -1 : s.indexOf('>', question + 1);
            if (close < 0) return MORE;
            p = close + 1;
          }
          continue;
        }
        const close = s.indexOf(d, p);
        if (close < 0) return MORE;
        p = close + 1;
      }
    }
  }

  /** `<?target …?>` at `lt`, skipped. */
  private instruction(s: string, lt: number, final: boolean): number {
    const n = s.length;
    NAME_AT.lastIndex = lt + 2;
    if (!NAME_AT.test(s)) {
      if (lt + 2 >= n && !final) return MORE;
      throw this.error('processing instruction without a target', lt);
    }
    const p = NAME_AT.lastIndex;
    if (p >= n) {
      if (final) throw this.error('unterminated processing instruction', lt);
      return MORE;
    }
    if (p - lt === 5 && s.slice(lt + 2, p).toLowerCase() === 'xml') throw this.error('XML declaration not at the start of the document', lt);
    const c = s.charCodeAt(p);
    if (c !== QUESTION && !isSpace(c)) throw this.error('disallowed character in a processing instruction target', p);
    const end = s.indexOf('?>', p);
    if (end < 0) {
      if (final) throw this.error('unterminated processing instruction', lt);
      return MORE;
    }
    return end + 2;
  }
}
