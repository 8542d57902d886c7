import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Readable } from 'stream';
import { TextDecoder } from 'util';
import type { ZipPackage } from './ZipPackage';

/**
 * What a part reader listens to. Names arrive without their namespace prefix (`x:c` and `c` alike; strict
 * OOXML's other namespace URIs change nothing), attributes keep theirs (`r:id`).
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

function parserFor(handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser();
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes as Record<string, string>));
  if (close) parser.on('closetag', (tag: SaxesTagPlain) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return parser;
}

/** A part's bytes as text: UTF-8 unless a byte-order mark says UTF-16 (the BOM itself is dropped). */
function decoderFor(head: Buffer): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

export function parseXml(bytes: Buffer, handlers: XmlHandlers): void {
  const parser = parserFor(handlers);
  parser.write(decoderFor(bytes).decode(bytes));
  parser.close();
}

/** Parse a package part: a small one at once, a large one as it inflates (see ZipPackage.wholePart). */
export async function parsePart(pkg: ZipPackage, name: string, handlers: XmlHandlers): Promise<void> {
  const whole = pkg.wholePart(name);
  if (whole) parseXml(whole, handlers);
  else await parseXmlStream(await pkg.stream(name), handlers);
}

/** Parse a part as it inflates: memory holds a chunk of it, never the whole text of a large sheet. */
export async function parseXmlStream(stream: Readable, handlers: XmlHandlers): Promise<void> {
  const parser = parserFor(handlers);
  let decoder: TextDecoder | undefined;
  for await (const chunk of stream) {
    decoder ??= decoderFor(chunk as Buffer);
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  }
  if (decoder) parser.write(decoder.decode());
  parser.close();
}
