import * as fs from 'fs';
import * as path from 'path';
import { reportDocument, type ReportDocument, type SheetCell, type SheetGrid } from '../core';
import { readRelationships } from './xlsx/readRelationships';
import { parseXml } from './xlsx/xmlEvents';
import { ZipPackage } from './xlsx/ZipPackage';

/** A Word file that cannot be read, with the reason in Chinese. */
export class DocxReadError extends Error {}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * A .docx report as the core reads it: the body's paragraphs in order (their style's heading level, or their
 * numbering read from the text), the tables inside the document as grids (a sheet each, its cells' text), then the
 * footnotes' paragraphs. Read with the CLI's own package reader (yauzl and its XML scanner), nothing else.
 */
export async function readDocx(file: string): Promise<ReportDocument> {
  const name = path.basename(file);
  const head = readHead(file);
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
    const headingStyles = partOf('styles') && pkg.has(partOf('styles')!) ? readHeadingStyles(await pkg.buffer(partOf('styles')!)) : new Map<string, number>();
    const body = readBody(await pkg.buffer(main), headingStyles, name);
    const footnotesPart = partOf('footnotes');
    const footnotes = footnotesPart && pkg.has(footnotesPart) ? readBody(await pkg.buffer(footnotesPart), headingStyles, name).paragraphs : [];
    return reportDocument(name, [...body.paragraphs, ...footnotes.map((p) => ({ text: p.text }))], body.tables);
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError(`${name}：Word 文档内容无法解析（${error instanceof Error ? error.message : String(error)}）。`);
  } finally {
    pkg.close();
  }
}

function readHead(file: string): Buffer {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(8);
      return head.subarray(0, fs.readSync(fd, head, 0, 8, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DocxReadError(`${path.basename(file)}：${code === 'ENOENT' ? '文件不存在。' : `无法读取文件（${code ?? '未知原因'}）。`}`);
  }
}

/** Style ids whose name is a heading (`heading 2`, `标题 2`, or based on one): their level. */
function readHeadingStyles(bytes: Buffer): Map<string, number> {
  const out = new Map<string, number>();
  let id: string | null = null;
  parseXml(bytes, {
    open(tag, a) {
      if (tag === 'style') id = a['w:styleId'] ?? null;
      else if (tag === 'name' && id) {
        const level = /^(?:heading|标题)\s*(\d)$/i.exec(a['w:val'] ?? '');
        if (level) out.set(id, Number(level[1]));
      }
    },
    close(tag) {
      if (tag === 'style') id = null;
    },
  });
  return out;
}

interface Body {
  paragraphs: { text: string; headingLevel?: number }[];
  tables: SheetGrid[];
}

/**
 * The paragraphs and tables of a body part in order. A table's paragraphs are its cells' text, never the
 * document's paragraphs; a table inside a cell is read as part of that cell's text.
 */
function readBody(bytes: Buffer, headingStyles: Map<string, number>, document: string): Body {
  const paragraphs: Body['paragraphs'] = [];
  const tables: SheetGrid[] = [];
  let text = '';
  let inText = false;
  let level: number | undefined;
  let depth = 0; // tables open
  let cells: SheetCell[] = [];
  let row = -1;
  let col = -1;
  let cellText: string[] = [];
  let span = 1;
  parseXml(bytes, {
    open(tag, a) {
      if (tag === 'tbl') {
        if (depth++ === 0) {
          cells = [];
          row = -1;
        }
      } else if (tag === 'tr' && depth === 1) {
        row++;
        col = -1;
        span = 1;
      } else if (tag === 'tc' && depth === 1) {
        col += span;
        span = 1;
        cellText = [];
      } else if (tag === 'gridSpan' && depth === 1) span = Math.max(1, Number(a['w:val'] ?? 1) || 1);
      else if (tag === 'p') {
        text = '';
        level = undefined;
      } else if (tag === 'pStyle') level = headingStyles.get(a['w:val'] ?? '');
      else if (tag === 'outlineLvl' && a['w:val'] !== undefined && Number(a['w:val']) < 9) level = Number(a['w:val']) + 1;
      else if (tag === 't') inText = true;
      else if (tag === 'tab') text += '\t';
      else if (tag === 'br' || tag === 'cr') text += '\n';
    },
    text(value) {
      if (inText) text += value;
    },
    close(tag) {
      if (tag === 't') inText = false;
      else if (tag === 'p') {
        if (depth > 0) cellText.push(text);
        else if (text.trim()) paragraphs.push({ text: text.trim(), ...(level !== undefined ? { headingLevel: level } : {}) });
      } else if (tag === 'tc' && depth === 1) {
        const value = cellText.join('\n').trim();
        if (value) cells.push({ row, col, value });
      } else if (tag === 'tbl' && --depth === 0 && cells.length) {
        tables.push({ name: `${document} 表${tables.length + 1}`, cells });
      }
    },
  });
  return { paragraphs, tables };
}
