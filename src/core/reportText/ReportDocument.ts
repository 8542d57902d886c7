import type { SheetGrid } from '../grid/types';

/**
 * The 绩效评价报告 itself, as its readers give it to the core: its paragraphs in order (a Word file's, a text file's
 * lines joined where a sentence runs on, or text pasted into the pane) and the tables inside it as grids, which the
 * core reads as it reads a workbook's sheets.
 */
export interface ReportDocument {
  /** The file name (or 粘贴的文本): it names the document in findings. */
  name: string;
  paragraphs: ReportParagraph[];
  /** Tables inside the document, each a sheet of its own (named `<document> 表n`). */
  tables: SheetGrid[];
}

export interface ReportParagraph {
  /** The paragraph's number in the document, from 1, as a reader counts them (empty paragraphs not counted). */
  number: number;
  text: string;
  /** A heading (一、… （三）工伤保险基金): it says whose figures the paragraphs under it give, until the next one. */
  heading: boolean;
  /** Its level as a heading: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for a short line with no numbering. */
  level?: number;
}

export type { TextPlace } from '../report/types';
