import { cellKey } from '../grid/address';
import type { WorkbookGrid } from '../grid/types';
import type { Finding } from '../report/types';
import type { ReportDocument, TextPlace } from './ReportDocument';
import { REPORT_YEAR_IN_TEXT } from '../vocabulary/textWords';
import { mostCommon } from '../reading/readTables';

/**
 * Where each figure of the text is, by the cell the core checked it as: a finding on such a cell is given its
 * paragraph, heading, sentence and offsets, and the cells it names in its message are named as a reader finds
 * them (第3段“……8858万元……”), never as a sheet's A1.
 */
export class TextPlaces {
  private readonly bySheet = new Map<string, TextPlace[]>();

  add(sheet: string, places: TextPlace[]): void {
    this.bySheet.set(sheet, places);
  }

  placeOf(sheet: string, row: number): TextPlace | undefined {
    return this.bySheet.get(sheet)?.[row];
  }

  placed(finding: Finding): Finding {
    if (this.bySheet.size === 0) return finding;
    const text = this.placeOf(finding.at.sheet, finding.at.row);
    const message = this.named(finding.message, finding.related.map((r) => cellKey(r)).concat(cellKey(finding.at)));
    if (!text && message === finding.message) return finding;
    return { ...finding, message, ...(text ? { text } : {}) };
  }

  /** The message with each text cell it names (`报告.txt!A5`) said as the paragraph and figure. */
  private named(message: string, keys: string[]): string {
    let out = message;
    // Longest first, and never inside a longer address: 报告.txt!A1 is no part of 报告.txt!A12.
    for (const key of [...new Set(keys)].sort((a, b) => b.length - a.length)) {
      if (!out.includes(key)) continue;
      const bang = key.lastIndexOf('!');
      const sheet = key.slice(0, bang).replace(/^'|'$/g, '');
      const row = Number(/\d+$/.exec(key)?.[0] ?? '0') - 1;
      const place = this.placeOf(sheet, row);
      if (place) out = out.replace(new RegExp(`${escapeRegExp(key)}(?!\\d)`, 'g'), `第${place.paragraph}段“${place.quote.slice(place.start, place.end)}”`);
    }
    return out;
  }
}

/** A sheet name for each document's figures that no sheet of the workbook (or another document) has. */
export function textSheetNamesFor(workbook: WorkbookGrid, documents: ReportDocument[]): string[] {
  const taken = new Set(workbook.sheets.map((s) => s.name));
  return documents.map((report) => {
    let name = report.name || '报告正文';
    for (let n = 2; taken.has(name); n++) name = `${report.name || '报告正文'} (${n})`;
    taken.add(name);
    return name;
  });
}

/** The year a document's sentences name most (2020年…), for a report checked without a workbook; 0 when none. */
export function mostNamedYear(report: ReportDocument): number {
  return mostCommon(report.paragraphs.flatMap((p) => [...p.text.matchAll(REPORT_YEAR_IN_TEXT)].map((m) => Number(m[1])))) ?? 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
