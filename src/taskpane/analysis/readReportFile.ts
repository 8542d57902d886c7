import { unzipSync } from 'fflate';
import { decodeReportText, paragraphsOfText, WordBody, WordStyles, wordReport, type ReportDocument, type WordXmlEvents } from '../../core';
import { t } from '../strings';

/** A report file the pane cannot read; its message is the reason in Chinese. */
export class ReportFileError extends Error {}

/** A part larger than this once inflated is no report's text: refused before it is inflated (a zip bomb). */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RELATIONSHIP = 'http://schemas.openxmlformats.org/';

/**
 * A 绩效评价报告 picked in the pane, read in the pane and nowhere else: a Word file (.docx: fflate unzips it,
 * the browser's DOMParser parses its parts, the core reads what they say as the CLI's reader does), or a text file
 * in UTF-8 or GB18030. An old .doc, an encrypted or damaged file gets a reason in Chinese.
 */
export function readReportFile(name: string, bytes: Uint8Array): ReportDocument {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw new ReportFileError(t('reportFileOld', { name }));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readDocx(name, bytes);
  if (/\.docx?$/i.test(name)) throw new ReportFileError(t('reportFileDamaged', { name }));
  if (bytes.includes(0)) throw new ReportFileError(t('reportFileNotText', { name }));
  return paragraphsOfText(name, decodeReportText(bytes));
}

function readDocx(name: string, bytes: Uint8Array): ReportDocument {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_PART_BYTES) throw new ReportFileError(t('reportFileTooLarge', { name }));
        return file.name.endsWith('.xml') || file.name.endsWith('.rels');
      },
    });
  } catch (error) {
    if (error instanceof ReportFileError) throw error;
    throw new ReportFileError(t('reportFileDamaged', { name }));
  }
  const text = (part: string) => (parts[part] ? new TextDecoder('utf-8').decode(parts[part]) : null);
  const main = relationshipTarget(text('_rels/.rels'), '', 'officeDocument') ?? 'word/document.xml';
  const document = text(main);
  if (document === null) throw new ReportFileError(t('reportFileNotWord', { name }));
  const rels = text(main.replace(/[^/]*$/, (file) => `_rels/${file}.rels`));
  const styles = new WordStyles();
  const stylesPart = relationshipTarget(rels, main, 'styles');
  const stylesXml = stylesPart ? text(stylesPart) : null;
  if (stylesXml !== null) walkXml(name, stylesXml, styles);
  const body = new WordBody(name, styles.headingLevels);
  walkXml(name, document, body);
  const footnotesPart = relationshipTarget(rels, main, 'footnotes');
  const footnotesXml = footnotesPart ? text(footnotesPart) : null;
  let footnotes: WordBody | undefined;
  if (footnotesXml !== null) walkXml(name, footnotesXml, (footnotes = new WordBody(name, styles.headingLevels)));
  return wordReport(name, body, footnotes);
}

/** The part a relationship of `kind` (officeDocument, styles, footnotes) of `source` points at, inside the package. */
function relationshipTarget(relsXml: string | null, source: string, kind: string): string | null {
  if (relsXml === null) return null;
  const rels = new DOMParser().parseFromString(relsXml, 'application/xml');
  for (const rel of Array.from(rels.getElementsByTagNameNS('*', 'Relationship'))) {
    const type = rel.getAttribute('Type') ?? '';
    if (!type.startsWith(RELATIONSHIP) || !type.endsWith(`/${kind}`) || rel.getAttribute('TargetMode') === 'External') continue;
    const target = rel.getAttribute('Target') ?? '';
    const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
    const path = target.startsWith('/') ? target.slice(1) : folder + target;
    // `word/../x.xml` → `x.xml`: a package's parts have no `..` of their own.
    const resolved: string[] = [];
    for (const segment of path.split('/')) {
      if (segment === '..') resolved.pop();
      else if (segment !== '.' && segment !== '') resolved.push(segment);
    }
    return resolved.join('/');
  }
  return null;
}

/** The events of a part's elements in document order, as the CLI's scanner gives them: local names, qualified attributes. */
function walkXml(name: string, xml: string, events: WordXmlEvents): void {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new ReportFileError(t('reportFileDamaged', { name }));
  // An explicit stack, never recursion: a table nested in cells is as deep as its writer made it.
  const stack: { node: Node; closing: boolean }[] = [{ node: doc.documentElement, closing: false }];
  while (stack.length) {
    const { node, closing } = stack.pop()!;
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      events.text(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (closing) {
      events.close(element.localName);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of Array.from(element.attributes)) attributes[attribute.name] = attribute.value;
    events.open(element.localName, attributes);
    stack.push({ node, closing: true });
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, closing: false });
  }
}
