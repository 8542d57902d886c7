import type { Severity, TextPlace } from '../core';
import { SEVERITY_WORD } from './messages';
import { writeAtomically } from './outputFile';
import { readRelationships } from './xlsx/readRelationships';
import { PackageEditor, insertBeforeClose } from './xlsx/write/PackageEditor';
import { escapeXml, fromUtf8 } from './xlsx/write/xmlSplice';
import { ZipPackage } from './xlsx/ZipPackage';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** One piece of a paragraph's text as readDocx reads it: a `<w:t>`'s text, a tab or a break. */
interface Piece {
  /** Offsets in the paragraph's text. */
  from: number;
  to: number;
  /** For a `<w:t>` whose raw content is its text (no entity): where the content is in the part. */
  raw?: { start: number; end: number };
}

interface Paragraph {
  start: number;
  end: number;
  text: string;
  pieces: Piece[];
}

/**
 * A copy of a .docx report with each figure a finding is about highlighted and a Word comment (批注) holding the
 * message: only `word/document.xml`, the comments part and their relationship and content type change; every other
 * part is copied byte for byte (PackageEditor). A figure inside one run's text is split out of it and highlighted;
 * one spread over several runs gets its comment around the runs it touches, unhighlighted. Returns how many
 * findings were annotated.
 */
/** What a comment needs of a finding (the core's Finding and the JSON report's alike). */
export interface TextFinding {
  severity: Severity;
  message: string;
  expected: string | null;
  text?: TextPlace;
}

export async function annotateDocx(input: string, out: string, findings: TextFinding[]): Promise<number> {
  const pkg = await ZipPackage.open(input);
  try {
    const editor = new PackageEditor(pkg);
    const main = (await readRelationships(pkg, '')).find((r) => r.kind === 'officeDocument' && !r.external)?.target ?? 'word/document.xml';
    let xml = Buffer.from(await editor.text(main), 'latin1').toString('utf8');
    const paragraphs = bodyParagraphs(xml);
    const commentsPart = (await editor.relationships(main)).find((r) => r.kind === 'comments' && !r.external)?.target;
    const existing = commentsPart && editor.exists(commentsPart) ? Buffer.from(await editor.text(commentsPart), 'latin1').toString('utf8') : null;
    let id = Math.max(0, ...[...(existing ?? '').matchAll(/w:id="(\d+)"/g), ...xml.matchAll(/w:id="(\d+)"/g)].map((m) => Number(m[1]) + 1));
    const edits: { at: number; end: number; replacement: string }[] = [];
    const comments: string[] = [];
    for (const finding of findings) {
      const text = finding.text;
      if (!text || finding.severity === 'info') continue;
      const paragraph = paragraphs[text.paragraph - 1];
      if (!paragraph) continue;
      const trimmed = paragraph.text.trim();
      const lead = paragraph.text.length - paragraph.text.trimStart().length;
      const at = trimmed.indexOf(text.quote);
      if (at < 0) continue;
      const from = lead + at + text.start;
      const to = lead + at + text.end;
      const edit = anchor(xml, paragraph, from, to, id);
      if (!edit) continue;
      edits.push(edit);
      const words = `${SEVERITY_WORD[finding.severity]}：${finding.message}${finding.expected !== null ? `（应为 ${finding.expected}）` : ''}`;
      comments.push(
        `<w:comment w:id="${id}" w:author="FundCheck" w:initials="FC"><w:p><w:r><w:t xml:space="preserve">${escapeXml(words)}</w:t></w:r></w:p></w:comment>`,
      );
      id++;
    }
    if (edits.length === 0) return 0;
    // From the end of the part backwards, so each edit's offsets still hold.
    for (const edit of edits.sort((a, b) => b.at - a.at)) xml = xml.slice(0, edit.at) + edit.replacement + xml.slice(edit.end);
    editor.set(main, fromUtf8(xml));
    if (existing !== null && commentsPart) editor.set(commentsPart, fromUtf8(insertBeforeClose(existing, 'comments', comments.join(''))));
    else {
      const name = editor.freeName((n) => (n === 1 ? 'word/comments.xml' : `word/comments${n}.xml`));
      await editor.create(name, fromUtf8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`), COMMENTS_TYPE);
      await editor.addRelationship(main, 'comments', name);
    }
    await writeAtomically(out, (fd) => editor.writeTo(fd));
    return edits.length;
  } finally {
    pkg.close();
  }
}

/** The body's paragraphs outside tables, with text, as readDocx numbers them (empty ones not counted). */
function bodyParagraphs(xml: string): Paragraph[] {
  const out: Paragraph[] = [];
  let tables = 0;
  const tag = /<(\/?)w:(tbl|p)\b[^>]*?(\/?)>/g;
  let open: number | null = null;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [whole, closing, name, selfClosing] = m;
    if (name === 'tbl') {
      if (!selfClosing) tables += closing ? -1 : 1;
      continue;
    }
    if (tables > 0 || selfClosing) continue;
    if (!closing) open = m.index;
    else if (open !== null) {
      const paragraph = readParagraph(xml, open, m.index + whole.length);
      if (paragraph.text.trim()) out.push(paragraph);
      open = null;
    }
  }
  return out;
}

function readParagraph(xml: string, start: number, end: number): Paragraph {
  const pieces: Piece[] = [];
  let text = '';
  const part = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/g;
  part.lastIndex = start;
  for (let m = part.exec(xml); m && m.index < end; m = part.exec(xml)) {
    if (m[0].startsWith('<w:tab')) text += '\t';
    else if (m[0].startsWith('<w:br') || m[0].startsWith('<w:cr')) text += '\n';
    else {
      const raw = m[1];
      const decoded = decode(raw);
      const contentStart = m.index + m[0].indexOf('>') + 1;
      pieces.push({ from: text.length, to: text.length + decoded.length, ...(raw === decoded ? { raw: { start: contentStart, end: contentStart + raw.length } } : {}) });
      text += decoded;
    }
  }
  return { start, end, text, pieces };
}

function decode(raw: string): string {
  return raw.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

/** The edit that highlights and comments the paragraph's text [from, to), or null where the runs cannot be told. */
function anchor(xml: string, paragraph: Paragraph, from: number, to: number, id: number): { at: number; end: number; replacement: string } | null {
  const start = `<w:commentRangeStart w:id="${id}"/>`;
  const endMark = `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
  const piece = paragraph.pieces.find((p) => p.from <= from && to <= p.to);
  const run = piece && runAround(xml, piece);
  if (piece?.raw && run && run.simple) {
    // Split the run: before, the figure (highlighted), after; each keeps the run's properties.
    const content = xml.slice(piece.raw.start, piece.raw.end);
    const a = from - piece.from;
    const b = to - piece.from;
    const runOf = (text: string, extra = '') => (text ? `<w:r>${withHighlight(run.rPr, extra)}<w:t xml:space="preserve">${text}</w:t></w:r>` : '');
    const replacement = runOf(content.slice(0, a)) + start + runOf(content.slice(a, b), '<w:highlight w:val="yellow"/>') + endMark + runOf(content.slice(b));
    return { at: run.start, end: run.end, replacement };
  }
  // Spread over runs: the comment around the runs from the first to the last piece it touches.
  const touched = paragraph.pieces.filter((p) => p.from < to && from < p.to);
  if (touched.length === 0) return null;
  const first = runAround(xml, touched[0]);
  const last = runAround(xml, touched[touched.length - 1]);
  if (!first || !last) return null;
  return { at: first.start, end: last.end, replacement: start + xml.slice(first.start, last.end) + endMark };
}

/** The `<w:r>` around a piece: its bounds, its properties, and whether it holds nothing but them and this text. */
function runAround(xml: string, piece: Piece): { start: number; end: number; rPr: string; simple: boolean } | null {
  const at = piece.raw?.start ?? null;
  if (at === null) return null;
  const open = Math.max(xml.lastIndexOf('<w:r>', at), xml.lastIndexOf('<w:r ', at));
  const close = xml.indexOf('</w:r>', at);
  if (open < 0 || close < 0) return null;
  const end = close + '</w:r>'.length;
  const inner = xml.slice(xml.indexOf('>', open) + 1, close);
  const rPr = /^<w:rPr>[\s\S]*?<\/w:rPr>/.exec(inner)?.[0] ?? '';
  const rest = inner.slice(rPr.length);
  return { start: open, end, rPr, simple: /^<w:t(?:\s[^>]*)?>[^<]*<\/w:t>$/.test(rest) };
}

/** Run properties that come after `w:highlight` in the schema's sequence (CT_RPr): it goes before the first of them. */
const AFTER_HIGHLIGHT = /<w:(u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath|rPrChange)\b/;

function withHighlight(rPr: string, extra: string): string {
  if (!extra) return rPr;
  if (!rPr) return `<w:rPr>${extra}</w:rPr>`;
  const without = rPr.replace(/<w:highlight\b[^>]*\/>/, '');
  const after = AFTER_HIGHLIGHT.exec(without);
  return after ? without.slice(0, after.index) + extra + without.slice(after.index) : without.replace('</w:rPr>', `${extra}</w:rPr>`);
}
