import * as path from 'path';
import { WordBody, WordStyles, wordReport, type ReportDocument } from '../core';
import { READ_FAILURE } from './messages';
import { toReadFailure } from './xlsx/ReadFailure';
import { readRelationships } from './xlsx/readRelationships';
import { readHead } from './xlsx/sniffFile';
import { parseXml } from './xlsx/xmlEvents';
import { ZipPackage } from './xlsx/ZipPackage';

/** A Word file that cannot be read, with the reason in Chinese. */
export class DocxReadError extends Error {}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * A .docx report as the core reads it: the body's paragraphs in order (their style's heading level, or their
 * numbering read from the text), the tables inside the document as grids (a sheet each, its cells' text), then the
 * footnotes' paragraphs. The package is read with the CLI's own reader (yauzl and its XML scanner); what the parts
 * say, the core reads (wordDocument.ts), as it does for the pane.
 */
export async function readDocx(file: string): Promise<ReportDocument> {
  const name = path.basename(file);
  let head: Buffer;
  try {
    head = readHead(file, 8);
  } catch (error) {
    throw new DocxReadError(`${name}：${READ_FAILURE[toReadFailure(error).kind]()}。`);
  }
  if (head.length === 8 && head.equals(OLE_MAGIC)) {
    throw new DocxReadError(`${name}：这是加密的 Word 文档或旧版 .doc 文件，无法读取。请去掉打开密码，或在 Word / WPS 中另存为 .docx 后再核对。`);
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) throw new DocxReadError(`${name}：不是 Word 文档（.docx），文件可能已损坏或只是改了扩展名。`);
  let pkg: ZipPackage;
  try {
    pkg = await ZipPackage.open(file);
  } catch {
    throw new DocxReadError(`${name}：Word 文档已损坏或不完整，无法读取。`);
  }
  try {
    const main = (await readRelationships(pkg, '')).find((r) => r.kind === 'officeDocument' && !r.external)?.target ?? 'word/document.xml';
    if (!pkg.has(main)) throw new DocxReadError(`${name}：不是 Word 文档（缺少正文部分 ${main}）。`);
    const rels = await readRelationships(pkg, main);
    const partOf = (kind: string) => rels.find((r) => r.kind === kind && !r.external)?.target;
    const styles = new WordStyles();
    const stylesPart = partOf('styles');
    if (stylesPart && pkg.has(stylesPart)) parseXml(await pkg.buffer(stylesPart), styles);
    const body = new WordBody(name, styles.headingLevels);
    parseXml(await pkg.buffer(main), body);
    const footnotesPart = partOf('footnotes');
    let footnotes: WordBody | undefined;
    if (footnotesPart && pkg.has(footnotesPart)) parseXml(await pkg.buffer(footnotesPart), (footnotes = new WordBody(name, styles.headingLevels)));
    return wordReport(name, body, footnotes);
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError(`${name}：Word 文档内容无法解析（${error instanceof Error ? error.message : String(error)}）。`);
  } finally {
    pkg.close();
  }
}

