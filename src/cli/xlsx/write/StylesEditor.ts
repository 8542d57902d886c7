import { BUILTIN_NUMBER_FORMATS, UNIVERSAL_FORMAT_IDS } from '../builtinNumberFormats';
import { attribute, escapeXml, findAll, findElement, fromUtf8, prefixOf, toUtf8, withAttribute } from './xmlSplice';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A styles part for a workbook that had none: the defaults Excel assumes. */
export const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '</styleSheet>';

/**
 * Adds to a styles part what written cells need and changes nothing already there: a cell that needs another
 * number format or fill gets a new cell format (`xf`) copied from its own with that one setting changed, so
 * every other cell sharing its old style is left as it was. Formats are reused when the same change recurs.
 */
export class StylesEditor {
  private xml: string;
  private readonly derived = new Map<string, number>();
  private readonly addedFormats = new Map<string, number>();
  private readonly addedFills = new Map<string, number>();
  changed = false;

  constructor(latin1: string) {
    this.xml = latin1;
  }

  /** The style index of `base` with number format `code`. */
  withNumberFormat(base: number, code: string): number {
    const id = this.numberFormatId(code);
    return this.derive(base, `n${id}`, { numFmtId: String(id), applyNumberFormat: '1' });
  }

  /** The style index of `base` with a solid fill of colour `argb` (`FFFFC7CE`). */
  withSolidFill(base: number, argb: string): number {
    const id = this.fillId(argb);
    return this.derive(base, `f${id}`, { fillId: String(id), applyFill: '1' });
  }

  result(): string {
    return this.xml;
  }

  private derive(base: number, key: string, settings: Record<string, string>): number {
    const cacheKey = `${base}|${key}`;
    const known = this.derived.get(cacheKey);
    if (known !== undefined) return known;
    const list = this.section('cellXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    const xfs = findAll(this.xml, 'xf', list.openEnd, list.end);
    const source = xfs[base] ?? xfs[0];
    if (source && xfs[base]) {
      // The cell's own format has the setting already: nothing to add.
      const tag = this.xml.slice(source.start, source.openEnd);
      if (Object.entries(settings).every(([name, value]) => (attribute(tag, name) ?? (name.startsWith('apply') ? '1' : '0')) === value)) return base;
    }
    let copy = source ? this.xml.slice(source.start, source.end) : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const tagEnd = source ? source.openEnd - source.start : copy.length;
    let tag = copy.slice(0, tagEnd);
    for (const [name, value] of Object.entries(settings)) tag = withAttribute(tag, name, value);
    copy = tag + copy.slice(tagEnd);
    const index = this.append('cellXfs', copy, xfs.length);
    this.derived.set(cacheKey, index);
    return index;
  }

  private numberFormatId(code: string): number {
    for (const id of UNIVERSAL_FORMAT_IDS) if (BUILTIN_NUMBER_FORMATS[id] === code) return id;
    const known = this.addedFormats.get(code);
    if (known !== undefined) return known;
    const section = findElement(this.xml, 'numFmts');
    const existing = section ? findAll(this.xml, 'numFmt', section.openEnd, section.end) : [];
    let max = 163;
    for (const element of existing) {
      const tag = this.xml.slice(element.start, element.openEnd);
      const id = Number(attribute(tag, 'numFmtId'));
      if (decodeEntities(toUtf8(attribute(tag, 'formatCode') ?? '')) === code) return id;
      if (id > max) max = id;
    }
    const id = max + 1;
    this.section('numFmts', '', true);
    this.append('numFmts', `<numFmt numFmtId="${id}" formatCode="${fromUtf8(escapeXml(code))}"/>`, existing.length);
    this.addedFormats.set(code, id);
    return id;
  }

  private fillId(argb: string): number {
    const known = this.addedFills.get(argb);
    if (known !== undefined) return known;
    const section = this.section('fills', '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>');
    const count = findAll(this.xml, 'fill', section.openEnd, section.end).length;
    const id = this.append('fills', `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`, count);
    this.addedFills.set(argb, id);
    return id;
  }

  /** The section `local`, created (empty, or with `initial`) where the schema puts it when missing. */
  private section(local: string, initial: string, first = false) {
    const found = findElement(this.xml, local);
    if (found) return found;
    const root = findElement(this.xml, 'styleSheet');
    if (!root || root.selfClosing) throw new SyntaxError('styles part without styleSheet');
    const prefix = prefixOf(root.name);
    const count = initial === '' ? 0 : (initial.match(/<\w*:?(xf|fill)[\s/>]/g) ?? []).length;
    const element = `<${prefix}${local} count="${count}">${initial}</${prefix}${local}>`;
    const at = first ? root.openEnd : this.insertionPoint(local, root.openEnd);
    this.xml = this.xml.slice(0, at) + element + this.xml.slice(at);
    this.changed = true;
    return findElement(this.xml, local)!;
  }

  /** Sections in schema order: a missing one goes before the first later section present. */
  private insertionPoint(local: string, fallback: number): number {
    const order = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
    for (const later of order.slice(order.indexOf(local) + 1)) {
      const found = findElement(this.xml, later);
      if (found) return found.start;
    }
    const root = findElement(this.xml, 'styleSheet')!;
    return root.end - root.name.length - 3 > fallback ? root.end - root.name.length - 3 : fallback;
  }

  /** Append an element (unprefixed markup, prefixed here) to a section and raise its count; returns its index. */
  private append(local: string, markup: string, index: number): number {
    const section = findElement(this.xml, local)!;
    const prefix = prefixOf(section.name);
    const element = prefix ? markup.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`) : markup;
    const closeStart = section.end - section.name.length - 3;
    let open = this.xml.slice(section.start, section.openEnd);
    if (section.selfClosing) open = open.slice(0, -2) + '>';
    open = withAttribute(open, 'count', String(index + 1));
    const body = section.selfClosing ? '' : this.xml.slice(section.openEnd, closeStart);
    const tail = section.selfClosing ? '' : this.xml.slice(closeStart, section.end);
    this.xml = this.xml.slice(0, section.start) + open + body + element + (tail || `</${section.name}>`) + this.xml.slice(section.end);
    this.changed = true;
    return index;
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
    if (named[e]) return named[e];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}
