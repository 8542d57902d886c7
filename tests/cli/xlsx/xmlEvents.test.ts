import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { Readable } from 'stream';
import { TextDecoder } from 'util';
import { parseXml, parseXmlStream, type XmlHandlers } from '../../../src/cli/xlsx/xmlEvents';
import { seededRandom } from '../../helpers/grid';

// The reader's XML scanner against saxes, the parser it replaced (kept as a devDependency for this reference only):
// the same events for well-formed documents, whole or streamed in chunks cut anywhere, and an error where saxes
// has one.

type XmlEvent = ['open', string, [string, string][]] | ['close', string] | ['text', string];

const localName = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name);

function recorder(): { events: XmlEvent[]; handlers: XmlHandlers } {
  const events: XmlEvent[] = [];
  return {
    events,
    handlers: {
      open: (name, attributes) => events.push(['open', name, Object.entries(attributes)]),
      close: (name) => events.push(['close', name]),
      text: (text) => events.push(['text', text]),
    },
  };
}

function decode(bytes: Buffer): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** What the reader saw through saxes before: the events, or the error. */
function saxesEvents(bytes: Buffer): XmlEvent[] | Error {
  const events: XmlEvent[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => events.push(['open', localName(tag.name), Object.entries(tag.attributes as Record<string, string>)]));
  parser.on('closetag', (tag: SaxesTagPlain) => events.push(['close', localName(tag.name)]));
  parser.on('text', (text) => events.push(['text', text]));
  parser.on('cdata', (text) => events.push(['text', text]));
  try {
    parser.write(decode(bytes)).close();
    return events;
  } catch (error) {
    return error as Error;
  }
}

function scannerEvents(bytes: Buffer): XmlEvent[] | Error {
  const { events, handlers } = recorder();
  try {
    parseXml(bytes, handlers);
    return events;
  } catch (error) {
    return error as Error;
  }
}

async function streamedEvents(chunks: Buffer[]): Promise<XmlEvent[] | Error> {
  const { events, handlers } = recorder();
  try {
    await parseXmlStream(Readable.from(chunks), handlers);
    return events;
  } catch (error) {
    return error as Error;
  }
}

/** The bytes cut at random offsets (inside a UTF-8 sequence too), now in a few large chunks, now in tiny ones. */
function split(bytes: Buffer, random: () => number): Buffer[] {
  const chunks: Buffer[] = [];
  const tiny = random() < 0.3;
  let at = 0;
  while (at < bytes.length) {
    const size = 1 + Math.floor(random() * (tiny ? 4 : bytes.length / 3));
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

// ---- A random well-formed document ----

function generator(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const times = (max: number, make: () => string) => Array.from({ length: Math.floor(random() * (max + 1)) }, make).join('');

  const space = () => pick([' ', '  ', '\t', '\n', '\r\n', ' \r\n\t', '\r']);
  const optionalSpace = () => (chance(0.7) ? '' : space());
  const NAMES = ['c', 'row', 'v', 'f', 't', 'is', 'r', 'rPh', 'sheetData', 'a-b', 'a.b', '_x', 'é', '名前', 'x1', 'Relationship'];
  const PREFIXES = ['', '', '', 'x:', 'ns0:', 'r:', 'x14ac:', 'm:'];
  const name = () => pick(PREFIXES) + pick(NAMES);
  const REFERENCES = ['&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#10;', '&#13;', '&#9;', '&#x4E2D;', '&#x1F600;', '&#128512;', '&#x41;', '&#0065;', '&#xd7ff;', '&#xE000;', '&#x10FFFF;'];
  const LITERALS = ['a', 'word', '1234', '-0.5', '中文', '财务', '😀', '𠀀', ' ', '  ', '\t', '\n', '\r\n', '\r', '>', ']', ']]', '/', '=', '\u00a0', '\ufffd', '\u0085', '\u2028'];
  const text = (max: number) =>
    times(max, () => (chance(0.3) ? pick(REFERENCES) : pick(LITERALS))).replace(/]]>/g, ']]&gt;').replace(/]$/, ']a'); // no "]]>" even side by side
  const attributeValue = (quote: string) => times(6, () => (chance(0.3) ? pick(REFERENCES) : pick([...LITERALS, quote === '"' ? "'" : '"', '<x>'.slice(1)])));
  const attributes = () => {
    const used = new Set<string>();
    return times(4, () => {
      const attribute = pick(['r', 's', 't', 'r:id', 'xmlns', 'xmlns:x', 'Id', 'Target', 'x14ac:dyDescent', 'name', 'ref', 'a-b', 'é', '_x', '__proto__', 'constructor']);
      if (used.has(attribute)) return '';
      used.add(attribute);
      const quote = pick(['"', "'"]);
      return `${space()}${attribute}${optionalSpace()}=${optionalSpace()}${quote}${attributeValue(quote)}${quote}`;
    });
  };
  const comment = () => `<!--${times(3, () => pick(['x', ' ', '-x', '中', '<a>', '&', '\r\n', ']]>']))}-->`;
  const instruction = () => `<?${pick(['pi', 'mso-application', 'xml-stylesheet', 'a:b'])}${pick(['', ` ${times(3, () => pick(['x="1"', '>', ' ', 'a?b', '\r\n']))}`])}?>`;
  const cdata = () => `<![CDATA[${times(4, () => pick(['x', ']', ']]', '<a>', '&amp;', '\r\n', '\r', '中', '😀', ' ']))}]]>`;
  const misc = () => times(3, () => pick([space(), comment(), instruction()]));

  const element = (depth: number): string => {
    const tag = name();
    const head = `<${tag}${attributes()}${optionalSpace()}`;
    if (chance(0.25)) return `${head}/>`;
    const content =
      depth > 3
        ? text(4)
        : times(depth === 0 ? 12 : 5, () => {
            const k = random();
            return k < 0.35 ? element(depth + 1) : k < 0.7 ? text(4) : k < 0.8 ? cdata() : k < 0.9 ? comment() : instruction();
          });
    return `${head}>${content}</${tag}${optionalSpace()}>`;
  };

  const declaration = () => {
    const q = () => pick(['"', "'"]);
    const [a, b, c] = [q(), q(), q()];
    const encoding = chance(0.7) ? `${space()}encoding${optionalSpace()}=${optionalSpace()}${b}${pick(['UTF-8', 'utf-8', 'UTF-16'])}${b}` : '';
    const standalone = chance(0.5) ? `${space()}standalone=${c}${pick(['yes', 'no'])}${c}` : '';
    return `<?xml${space()}version${optionalSpace()}=${optionalSpace()}${a}${pick(['1.0', '1.0', '1.0', '1.1'])}${a}${encoding}${standalone}${optionalSpace()}?>`;
  };
  const doctype = () => pick(['<!DOCTYPE root>', '<!DOCTYPE root SYSTEM "a>b.dtd">', "<!DOCTYPE r [ <!ELEMENT r (#PCDATA)> <!-- c > --> <?pi x?> <!ATTLIST r a CDATA 'x]'> ]>"]);

  return () =>
    `${chance(0.1) ? '\ufeff' : ''}${chance(0.8) ? declaration() : ''}${misc()}${chance(0.1) ? `${doctype()}${misc()}` : ''}${element(0)}${misc()}`;
}

function encode(xml: string, random: () => number): Buffer {
  const k = random();
  if (k < 0.06) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
  if (k < 0.1) return Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]).swap16());
  return Buffer.from(k < 0.2 ? `\ufeff${xml}` : xml, 'utf8');
}

describe('xmlEvents: the scanner against saxes', () => {
  it('reports the same events as saxes for 3,000 random documents, whole and streamed in random chunks', async () => {
    const random = seededRandom(20240611);
    const documents = generator(random);
    let texts = 0;
    let opens = 0;
    for (let n = 0; n < 3000; n++) {
      const xml = documents();
      const bytes = encode(xml, random);
      const expected = saxesEvents(bytes);
      if (expected instanceof Error) throw new Error(`the generator made a document saxes rejects (${expected.message}): ${JSON.stringify(xml)}`);
      texts += expected.filter((event) => event[0] === 'text').length;
      opens += expected.filter((event) => event[0] === 'open').length;
      expect({ xml, events: scannerEvents(bytes) }).toEqual({ xml, events: expected });
      expect({ xml, events: await streamedEvents(split(bytes, random)) }).toEqual({ xml, events: expected });
    }
    expect(texts).toBeGreaterThan(10_000);
    expect(opens).toBeGreaterThan(10_000);
  });

  it('fails where saxes fails, and agrees where it does not, for 6,000 randomly damaged documents', async () => {
    const random = seededRandom(77);
    const documents = generator(random);
    const DAMAGE = ['<', '>', '&', ';', '"', "'", '/', '=', ' ', '!', '?', '-', ']]>', '</x>', '&foo;', '&#0;', '&#xD800;', '\u0001', '\uffff', '<!--', '--', '<![CDATA[', '<?xml version="1.0"?>', 'a'];
    let failures = 0;
    for (let n = 0; n < 6000; n++) {
      let xml = documents();
      for (let k = 0, edits = 1 + Math.floor(random() * 2); k < edits; k++) {
        const at = Math.floor(random() * (xml.length + 1));
        const kind = random();
        if (kind < 0.4) xml = xml.slice(0, at) + xml.slice(at + 1 + Math.floor(random() * 3));
        else if (kind < 0.8) xml = xml.slice(0, at) + DAMAGE[Math.floor(random() * DAMAGE.length)] + xml.slice(at);
        else xml = xml.slice(0, at);
      }
      xml = xml.replace(/[\uD800-\uDFFF]/gu, 'x'); // a cut astral character: not the point here
      const bytes = Buffer.from(xml, 'utf8');
      const expected = saxesEvents(bytes);
      const whole = scannerEvents(bytes);
      const streamed = await streamedEvents(split(bytes, random));
      if (expected instanceof Error) {
        failures++;
        expect({ xml, failed: whole instanceof Error, streamedFailed: streamed instanceof Error }).toEqual({ xml, failed: true, streamedFailed: true });
      } else {
        expect({ xml, events: whole }).toEqual({ xml, events: expected });
        expect({ xml, events: streamed }).toEqual({ xml, events: expected });
      }
    }
    expect(failures).toBeGreaterThan(3000);
  });
});

const events = (xml: string | Buffer) => {
  const result = scannerEvents(typeof xml === 'string' ? Buffer.from(xml) : xml);
  if (result instanceof Error) throw result;
  return result;
};

describe('xmlEvents: what the readers are given', () => {
  it('strips prefixes from element names, not from attribute names, and reports <a/> as open then close', () => {
    expect(events('<?xml version="1.0"?><x:c r:id="rId1" x14ac:dyDescent="0.25"/>')).toEqual([
      ['open', 'c', [['r:id', 'rId1'], ['x14ac:dyDescent', '0.25']]],
      ['close', 'c'],
    ]);
  });

  it('decodes entities and character references, astral ones too, in text and attribute values', () => {
    expect(events('<a t=\'&lt;&#x4E2D;&#128512;"&apos;\'>&amp;&gt;&quot;&#x1F600;&#20013;</a>')).toEqual([
      ['open', 'a', [['t', '<中😀"\'']]],
      ['text', '&>"😀中'],
      ['close', 'a'],
    ]);
  });

  it('normalises line ends, and in attribute values white space but what a character reference writes', () => {
    expect(events('<a v="x\ty\r\nz\rw&#10;&#9;&#13;">1\r\n2\r3</a>')).toEqual([
      ['open', 'a', [['v', 'x y z w\n\t\r']]],
      ['text', '1\n2\n3'],
      ['close', 'a'],
    ]);
  });

  it('keeps attributes named like what every object inherits', () => {
    expect(events('<a __proto__="1" constructor="2" toString="3"/>')).toEqual([['open', 'a', [['__proto__', '1'], ['constructor', '2'], ['toString', '3']]], ['close', 'a']]);
  });

  it('takes > and / inside quoted values, and white space around =', () => {
    expect(events('<a b = "x/>y" c\n=\t\'>\' />')).toEqual([['open', 'a', [['b', 'x/>y'], ['c', '>']]], ['close', 'a']]);
  });

  it('gives a CDATA section raw as text of its own; skips comments, processing instructions and a DOCTYPE', () => {
    expect(events('<!DOCTYPE a [<!ENTITY x "y">]><?pi body?><a>1<!-- c --><![CDATA[<b>&amp;]]]]><?p?>2</a><!-- end -->')).toEqual([
      ['open', 'a', []],
      ['text', '1'],
      ['text', '<b>&amp;]]'],
      ['text', '2'],
      ['close', 'a'],
    ]);
  });

  it('reads UTF-16 with its byte-order mark, either way round', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><a>中文😀</a>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be]) expect(events(bytes)).toEqual([['open', 'a', []], ['text', '中文😀'], ['close', 'a']]);
  });

  it('streams a text node, a CDATA section and a comment that span many chunks, cut one byte at a time too', async () => {
    for (const [size, repeat] of [[1, 1000], [7, 5000], [4096, 50_000], [65536, 50_000]]) {
      const long = '数据'.repeat(repeat);
      const bytes = Buffer.from(`<a>${long}&amp;${long}<![CDATA[${long}]]><!--${long}--><b c="${long}"/></a>`);
      const expected = [['open', 'a', []], ['text', `${long}&${long}`], ['text', long], ['open', 'b', [['c', long]]], ['close', 'b'], ['close', 'a']];
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) => bytes.subarray(k * size, (k + 1) * size));
      expect(await streamedEvents(chunks)).toEqual(expected);
    }
  });
});

describe('xmlEvents: malformed XML is an error, as it was with saxes', () => {
  const MALFORMED: [string, string][] = [
    ['an unclosed tag at the end', '<a><b></b>'],
    ['a document cut inside a tag', '<a><b c="1'],
    ['a mismatched end tag', '<a><b></a></b>'],
    ['an end tag with no start tag', '<a></a></a>'],
    ['< inside text', '<a>1 < 2</a>'],
    ['< inside an attribute value', '<a b="<"/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an entity without its semicolon', '<a>&amp</a>'],
    ['an empty entity', '<a>&;</a>'],
    ['a character reference to a character XML forbids', '<a>&#0;</a>'],
    ['a character reference to a surrogate', '<a b="&#xD800;"/>'],
    ['a character reference past Unicode', '<a>&#x110000;</a>'],
    ['an upper-case X in a character reference', '<a>&#X41;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['U+FFFF', '<a>\uffff</a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['an unquoted attribute value', '<a b=1/>'],
    ['an attribute without a value', '<a b/>'],
    ['attributes with no white space between them', '<a b="1"c="2"/>'],
    ['"/" not followed by ">"', '<a / >'],
    ['"--" inside a comment', '<a><!-- a -- b --></a>'],
    ['an unterminated comment', '<a/><!-- a'],
    ['an unterminated CDATA section', '<a><![CDATA[x</a>'],
    ['a CDATA section outside the root', '<![CDATA[x]]><a/>'],
    ['text before the root', 'x<a/>'],
    ['text after the root', '<a/>x'],
    ['two root elements', '<a/><b/>'],
    ['no root element', '<?xml version="1.0"?><!-- -->'],
    ['an empty document', ''],
    ['an XML declaration not at the start', ' <?xml version="1.0"?><a/>'],
    ['a second XML declaration', '<?xml version="1.0"?><a><?xml version="1.0"?></a>'],
    ['a malformed XML declaration', '<?xml version="2.0"?><a/>'],
    ['a processing instruction without a target', '<a><? x?></a>'],
    ['a DOCTYPE after the root', '<a/><!DOCTYPE a>'],
    ['"<!" of nothing known', '<a><!ELEMENT a></a>'],
    ['a name that cannot start one', '<1a/>'],
  ];

  it.each(MALFORMED)('%s', async (_, xml) => {
    const bytes = Buffer.from(xml);
    expect(saxesEvents(bytes)).toBeInstanceOf(Error); // the reference agrees that it is malformed
    expect(() => parseXml(bytes, {})).toThrow(/^XML not well formed: /);
    const oneByteChunks = Array.from(bytes, (byte) => Buffer.from([byte]));
    await expect(parseXmlStream(Readable.from(oneByteChunks), {})).rejects.toThrow(/^XML not well formed: /);
  });
});
