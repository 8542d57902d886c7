import type { SheetCell, SheetGrid } from '../grid/types';
import { HEADING_STYLE_NAME } from '../vocabulary/textWords';
import type { ReportDocument } from './ReportDocument';
import { reportDocument } from './paragraphsOfText';

/**
 * A Word file's (.docx, WordprocessingML) parts as the core reads them, from the events of whatever XML parser
 * the host has: the CLI's scanner over the package, the pane's DOMParser. Names arrive without their namespace
 * prefix (`w:p` as `p`), attributes keep theirs (`w:val`), text decoded.
 */
export interface WordXmlEvents {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** The styles part: style ids whose name is a heading (`heading 2`, `标题 2`), with their level. */
export class WordStyles implements WordXmlEvents {
  readonly headingLevels = new Map<string, number>();
  private id: string | null = null;

  // Arrow properties: a parser may call its handlers unbound.
  readonly open = (name: string, a: Record<string, string>): void => {
    if (name === 'style') this.id = a['w:styleId'] ?? null;
    else if (name === 'name' && this.id) {
      const level = HEADING_STYLE_NAME.exec(a['w:val'] ?? '');
      if (level) this.headingLevels.set(this.id, Number(level[1]));
    }
  };

  readonly close = (name: string): void => {
    if (name === 'style') this.id = null;
  };

  readonly text = (): void => {};
}

/**
 * A body part (the document, or the footnotes) in order: its paragraphs with their heading level (from the style
 * or the outline level), and its tables as grids — a table's paragraphs are its cells' text, never the document's;
 * a table inside a cell is read as part of that cell's text.
 */
export class WordBody implements WordXmlEvents {
  readonly paragraphs: { text: string; headingLevel?: number }[] = [];
  readonly tables: SheetGrid[] = [];
  private paragraph = '';
  private inText = false;
  private level: number | undefined;
  private depth = 0; // tables open
  private cells: SheetCell[] = [];
  private row = -1;
  private col = -1;
  private cellText: string[] = [];
  private span = 1;

  constructor(
    /** Names the tables (`<document> 表n`). */
    private readonly document: string,
    private readonly headingLevels: ReadonlyMap<string, number> = new Map(),
  ) {}

  // Arrow properties: a parser may call its handlers unbound.
  readonly open = (name: string, a: Record<string, string>): void => {
    if (name === 'tbl') {
      if (this.depth++ === 0) {
        this.cells = [];
        this.row = -1;
      }
    } else if (name === 'tr' && this.depth === 1) {
      this.row++;
      this.col = -1;
      this.span = 1;
    } else if (name === 'tc' && this.depth === 1) {
      this.col += this.span;
      this.span = 1;
      this.cellText = [];
    } else if (name === 'gridSpan' && this.depth === 1) this.span = Math.max(1, Number(a['w:val'] ?? 1) || 1);
    else if (name === 'p') {
      this.paragraph = '';
      this.level = undefined;
    } else if (name === 'pStyle') this.level = this.headingLevels.get(a['w:val'] ?? '');
    else if (name === 'outlineLvl' && a['w:val'] !== undefined && Number(a['w:val']) < 9) this.level = Number(a['w:val']) + 1;
    else if (name === 't') this.inText = true;
    else if (name === 'tab') this.paragraph += '\t';
    else if (name === 'br' || name === 'cr') this.paragraph += '\n';
  };

  readonly text = (value: string): void => {
    if (this.inText) this.paragraph += value;
  };

  readonly close = (name: string): void => {
    if (name === 't') this.inText = false;
    else if (name === 'p') {
      const text = this.paragraph;
      if (this.depth > 0) this.cellText.push(text);
      else if (text.trim()) this.paragraphs.push({ text: text.trim(), ...(this.level !== undefined ? { headingLevel: this.level } : {}) });
    } else if (name === 'tc' && this.depth === 1) {
      const value = this.cellText.join('\n').trim();
      if (value) this.cells.push({ row: this.row, col: this.col, value });
    } else if (name === 'tbl' && --this.depth === 0 && this.cells.length) {
      this.tables.push({ name: `${this.document} 表${this.tables.length + 1}`, cells: this.cells });
    }
  };
}

/** The report a Word file gives: its body's paragraphs, then its footnotes' (as plain paragraphs), and its tables. */
export function wordReport(name: string, body: WordBody, footnotes?: WordBody): ReportDocument {
  return reportDocument(name, [...body.paragraphs, ...(footnotes?.paragraphs ?? []).map((p) => ({ text: p.text }))], body.tables);
}

/**
 * A text file's bytes as text: UTF-8 where they are valid UTF-8 (a BOM dropped), else GB18030, the Chinese Windows
 * default of a text file (the seeds are so). TextDecoder is in every browser the pane supports and in Node.
 */
export function decodeReportText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
