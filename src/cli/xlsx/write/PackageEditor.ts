import { relationshipsPartOf, relativeTarget } from '../partNames';
import { parseRelationships, type Relationship } from '../readRelationships';
import type { ZipPackage } from '../ZipPackage';
import { ZipWriter } from './ZipWriter';
import { attribute, escapeXml, findAll, findElement, fromUtf8 } from './xmlSplice';

const CONTENT_TYPES = '[content_types].xml';
const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const OFFICE_RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The changes to a package, gathered before anything is written: parts replaced (as latin1 strings, see
 * xmlSplice) and parts added, with their relationships and content types. `writeTo` then copies every other
 * part's stored bytes unchanged.
 */
export class PackageEditor {
  private readonly replaced = new Map<string, string>();
  private readonly added: { name: string; latin1: string }[] = [];
  /** The added parts by lower-case name: annotating 300 sheets adds 900 parts, each looked up many times. */
  private readonly addedByName = new Map<string, { name: string; latin1: string }>();

  /** The extensions with a Default content type, lower case; read from the package on first use. */
  private defaultExtensions?: Set<string>;
  /**
   * Content-type elements not yet spliced into [Content_Types].xml: an annotated copy adds two per sheet, and
   * splicing each into the part's text as it came copied the growing text once per part.
   */
  private pendingContentTypes: string[] = [];
  /** Per numbered family (by its first name), the number from which the next free name is looked for. */
  private readonly freeFrom = new Map<string, number>();
  /** Parsed relationships by source part (lower case), kept up to date as links are added: notes add two per sheet. */
  private readonly relationshipsOf = new Map<string, Relationship[]>();

  constructor(readonly pkg: ZipPackage) {}

  /** A part's current text (changed or as stored), latin1. */
  async text(name: string): Promise<string> {
    const key = name.toLowerCase();
    if (key === CONTENT_TYPES && this.pendingContentTypes.length > 0) await this.spliceContentTypes();
    const replaced = this.replaced.get(key);
    if (replaced !== undefined) return replaced;
    const added = this.addedByName.get(key);
    if (added) return added.latin1;
    return (await this.pkg.buffer(name)).toString('latin1');
  }

  exists(name: string): boolean {
    return this.pkg.has(name) || this.addedByName.has(name.toLowerCase());
  }

  set(name: string, latin1: string): void {
    const added = this.addedByName.get(name.toLowerCase());
    if (added) added.latin1 = latin1;
    else this.replaced.set(name.toLowerCase(), latin1);
  }

  /** Add a new part (with an Override content type when given). */
  async create(name: string, latin1: string, contentType?: string): Promise<void> {
    const part = { name, latin1 };
    this.added.push(part);
    if (!this.addedByName.has(name.toLowerCase())) this.addedByName.set(name.toLowerCase(), part);
    if (contentType) this.addContentType(`<Override PartName="/${fromUtf8(escapeXml(name))}" ContentType="${contentType}"/>`);
  }

  /** The first free name of a numbered family (`xl/comments{n}.xml`). */
  freeName(pattern: (n: number) => string): string {
    // Parts are only ever added: a name taken once stays taken, so the search resumes where the last one ended.
    const family = pattern(1);
    for (let n = this.freeFrom.get(family) ?? 1; ; n++) {
      if (this.exists(pattern(n))) continue;
      this.freeFrom.set(family, n);
      return pattern(n);
    }
  }

  async relationships(part: string): Promise<Relationship[]> {
    const key = part.toLowerCase();
    let known = this.relationshipsOf.get(key);
    if (!known) {
      const rels = relationshipsPartOf(part);
      known = this.exists(rels) ? parseRelationships(Buffer.from(await this.text(rels), 'latin1'), part) : [];
      this.relationshipsOf.set(key, known);
    }
    return [...known];
  }

  /** Link `part` to `target` with a relationship of type `kind` (last segment); returns the new id. */
  async addRelationship(part: string, kind: string, target: string): Promise<string> {
    const relsPart = relationshipsPartOf(part);
    const existing = this.exists(relsPart) ? await this.text(relsPart) : null;
    const ids = new Set((await this.relationships(part)).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const element = `<Relationship Id="${id}" Type="${OFFICE_RELS_NS}/${kind}" Target="${fromUtf8(escapeXml(relativeTarget(part, target)))}"/>`;
    // relationships(part) above filled the memory: the new link joins it as a reader would parse it.
    this.relationshipsOf.get(part.toLowerCase())!.push({ id, kind, target, external: false });
    if (existing === null) {
      await this.create(relsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}">${element}</Relationships>`);
      await this.ensureDefault('rels', 'application/vnd.openxmlformats-package.relationships+xml');
    } else this.set(relsPart, insertBeforeClose(existing, 'Relationships', element));
    return id;
  }

  /** A Default content type for an extension, unless one is there. */
  async ensureDefault(extension: string, contentType: string): Promise<void> {
    if (!this.defaultExtensions) {
      // Read once: annotating many sheets asks for every sheet, and the content types grow with each part added.
      const types = await this.text('[Content_Types].xml');
      this.defaultExtensions = new Set(findAll(types, 'Default').map((d) => attribute(types.slice(d.start, d.openEnd), 'Extension')?.toLowerCase() ?? ''));
    }
    const key = extension.toLowerCase();
    if (this.defaultExtensions.has(key)) return;
    this.defaultExtensions.add(key);
    this.addContentType(`<Default Extension="${extension}" ContentType="${contentType}"/>`);
  }

  /** Gathered, and spliced into [Content_Types].xml once, when the part is read or the copy written. */
  private addContentType(element: string): void {
    this.pendingContentTypes.push(element);
  }

  private async spliceContentTypes(): Promise<void> {
    const elements = this.pendingContentTypes.join('');
    this.pendingContentTypes = [];
    this.set(CONTENT_TYPES, insertBeforeClose(await this.text(CONTENT_TYPES), 'Types', elements));
  }

  /** Write the copy: every part in its place, changed ones deflated anew, the others' stored bytes copied. */
  async writeTo(fd: number): Promise<void> {
    if (this.pendingContentTypes.length > 0) await this.spliceContentTypes();
    const zip = new ZipWriter(fd);
    for (const entry of this.pkg.entries) {
      const replaced = this.replaced.get(entry.fileName.toLowerCase());
      if (replaced !== undefined) zip.add(entry.fileName, Buffer.from(replaced, 'latin1'), entry);
      else await zip.copy(entry, this.pkg.storedBytes(entry) ?? (await this.pkg.rawStream(entry)));
    }
    for (const part of this.added) zip.add(part.name, Buffer.from(part.latin1, 'latin1'));
    zip.finish();
  }
}

/** `xml` with `element` added as the last child of its `local` root element. */
export function insertBeforeClose(xml: string, local: string, element: string): string {
  const root = findElement(xml, local);
  if (!root) throw new SyntaxError(`no <${local}>`);
  if (root.selfClosing) return `${xml.slice(0, root.openEnd - 2)}>${element}</${root.name}>${xml.slice(root.end)}`;
  const close = root.end - root.name.length - 3;
  return xml.slice(0, close) + element + xml.slice(close);
}
