import type { SheetGrid } from '../grid/types';
import type { ReportDocument, ReportParagraph } from './ReportDocument';
import { CLAUSE_MARKS, HEADING_NUMBERING, SENTENCE_END, SENTENCE_END_MARK, SENTENCE_MARKS } from '../vocabulary/textWords';

const MAX_HEADING_LENGTH = 40;

/**
 * A plain-text report (a .txt file, text pasted into the pane) as paragraphs: one per line, a line that stops
 * mid-sentence joined with the next, lines indented with a tab (a table's cells as Word saves them to text) left
 * out — the document's tables are read as tables, never as sentences.
 */
export function paragraphsOfText(name: string, text: string): ReportDocument {
  const paragraphs: ReportParagraph[] = [];
  let open: string | null = null;
  const close = () => {
    if (open !== null) paragraphs.push(paragraphOf(open, paragraphs.length + 1));
    open = null;
  };
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    // A table's row as Word or a PDF saves it to text: cells between tabs.
    if (/\t/.test(raw)) {
      close();
      continue;
    }
    // Markdown that text exports carry: heading marks, bold; a bold run-in heading (**1、…情况**正文) is a heading.
    const plain = raw
      .replace(/\[bookmark:[^\]]*\]/g, '')
      .trim()
      .replace(/^#+\s*/, '');
    const runIn = /^\*\*([^*]+)\*\*(.+)$/.exec(plain);
    const lines = (runIn ? [runIn[1], runIn[2]] : [plain]).map((l) => l.replace(/\*\*/g, '').trim());
    if (runIn) close();
    for (const line of lines) addLine(line, runIn !== null && line === lines[0]);
  }
  close();
  return { name, paragraphs, tables: [] };

  function addLine(line: string, heading: boolean): void {
    if (!line) return;
    if (heading) {
      close();
      paragraphs.push(paragraphOf(line, paragraphs.length + 1, headingLevel(line) ?? 5));
      return;
    }
    const level = headingLevel(line);
    if (open !== null && !SENTENCE_END.test(open) && level === undefined && headingLevel(open) === undefined) {
      open += line;
      return;
    }
    close();
    open = line;
  }
}

/** A paragraph, a heading where it has a level (by default, the level its numbering gives). */
function paragraphOf(text: string, number: number, level = headingLevel(text)): ReportParagraph {
  return level === undefined ? { number, text, heading: false } : { number, text, heading: true, level };
}

/** The heading level of a line, or undefined for a line of the text. */
export function headingLevel(line: string): number | undefined {
  const short = line.length <= MAX_HEADING_LENGTH && !SENTENCE_MARKS.test(line.slice(0, -1));
  for (const [pattern, level] of HEADING_NUMBERING) if (pattern.test(line) && short && !SENTENCE_END_MARK.test(line)) return level;
  if (short && !CLAUSE_MARKS.test(line) && !/\d/.test(line)) return 5;
  return undefined;
}

/**
 * A document from paragraphs a reader has already told apart (a Word file's): a heading by its style's level, or by
 * its numbering where the style says none; numbered as read.
 */
export function reportDocument(name: string, items: { text: string; headingLevel?: number }[], tables: SheetGrid[]): ReportDocument {
  const paragraphs: ReportParagraph[] = [];
  for (const item of items) {
    const text = item.text.trim();
    if (!text) continue;
    paragraphs.push(paragraphOf(text, paragraphs.length + 1, item.headingLevel ?? headingLevel(text)));
  }
  return { name, paragraphs, tables };
}
