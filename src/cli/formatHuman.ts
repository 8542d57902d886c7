import Decimal from 'decimal.js';
import type { ReportJson } from '../core';

type FindingJson = ReportJson['findings'][number];
import { SEVERITY_WORD, SKIP_CAUSE_WORD, TABLE_KIND_WORD, TEXT } from './messages';

/** The `check` report for a person: tables found, then each sheet's findings with stated, expected and why. */
export function formatCheckReport(report: ReportJson): string {
  const lines = [TEXT.workbookHeading(report.workbook)];
  if (report.tables.length === 0) lines.push(TEXT.noTables);
  else {
    lines.push(TEXT.tablesLine);
    for (const t of report.tables) lines.push(`    ${t.sheet}!${t.range}  ${TABLE_KIND_WORD[t.kind as keyof typeof TABLE_KIND_WORD] ?? t.kind}${t.title ? `「${t.title}」` : ''}`);
  }
  if (report.unreadSheets?.length) lines.push(TEXT.unreadSheets(report.unreadSheets));
  if (report.findings.length === 0) lines.push(TEXT.noFindings);
  // The report text's figures are named in the messages as 第N段“…”: their cells on the text's sheet mean nothing to a reader.
  const documents = new Set(report.findings.flatMap((f) => (f.text ? [f.text.document] : [])));
  const inText = (cell: string) => documents.has(cell.slice(0, cell.lastIndexOf('!')));
  for (const [sheet, findings] of groupBySheet(report.findings)) {
    lines.push(findings[0].text ? TEXT.documentHeading(findings[0].text.document) : TEXT.sheetHeading(sheet));
    for (const finding of findings) lines.push(...(finding.text ? formatTextFinding(finding, finding.text) : formatFinding({ ...finding, related: finding.related.filter((c) => !inText(c)) })));
  }
  lines.push(TEXT.checkSummary(report.summary));
  return lines.join('\n') + '\n';
}

/** The `fill` report for a person: what was written, what was left and why, what needs a person. */
export function formatFillReport(report: ReportJson, out: string): string {
  const lines = [TEXT.workbookHeading(report.workbook)];
  const at = (x: { sheet: string; cell: string }) => `${x.sheet}!${x.cell}`;
  if (report.fills.length > 0) {
    lines.push(TEXT.fillsHeading);
    for (const f of report.fills) lines.push(TEXT.fillLine(at(f), shown(f.value, f.numberFormat), f.previous === null ? null : String(f.previous)));
  }
  if (report.conflicts.length > 0) {
    lines.push(TEXT.conflictsHeading);
    for (const c of report.conflicts) lines.push(TEXT.conflictLine(at(c), String(c.value), String(c.previous)));
  }
  if (report.skipped.length > 0) {
    lines.push(TEXT.skippedHeading);
    // A protected sheet blocks all its cells for one reason: one line a sheet says it without a screenful.
    const locked = groupBySheet(report.skipped.filter((s) => s.cause === 'protected-sheet'));
    for (const [sheet, cells] of locked) lines.push(TEXT.protectedSheetLine(sheet, cells.map((c) => c.cell)));
    for (const s of report.skipped.filter((x) => x.cause !== 'protected-sheet')) lines.push(TEXT.skippedLine(at(s), String(s.value), SKIP_CAUSE_WORD[s.cause]));
  }
  if (report.review.length > 0) {
    lines.push(TEXT.reviewHeading);
    for (const r of report.review) lines.push(TEXT.reviewLine(at(r), r.message));
  }
  lines.push(TEXT.fillSummary({ fills: report.fills.length, conflicts: report.conflicts.length, skipped: report.skipped.length, review: report.review.length }, out));
  return lines.join('\n') + '\n';
}

/** A written value as the cell will show it: a rate in a percent format as 100.0%, others with the format's decimals. */
export function shown(value: number, numberFormat: string): string {
  const decimals = (/\.(0+)/.exec(numberFormat)?.[1] ?? '').length;
  // In decimals: a format may show more than the 100 decimals Number#toFixed allows (a written copy's report must not fail).
  if (numberFormat.includes('%')) return `${new Decimal(value).times(100).toFixed(decimals)}%`;
  return /0/.test(numberFormat) ? new Decimal(value).toFixed(decimals) : String(value);
}

function formatFinding(finding: FindingJson): string[] {
  const head = `    ${finding.cell.padEnd(6)} ${SEVERITY_WORD[finding.severity]}  ${finding.message}`;
  const detail = [TEXT.stated(oneLine(finding.stated ?? TEXT.emptyValue))];
  if (finding.expected !== null) detail.push(TEXT.expected(oneLine(finding.expected)));
  if (finding.causedBy) detail.push(TEXT.causedBy(finding.causedBy));
  else if (finding.related.length > 0) detail.push(TEXT.related(finding.related.join(', ')));
  return [head, `           ${detail.join('；')}`];
}

/** A finding in the report's text: its paragraph, the sentence with the figure marked 【】, and why. */
function formatTextFinding(finding: FindingJson, text: NonNullable<FindingJson['text']>): string[] {
  const head = `    ${TEXT.paragraph(text.paragraph).padEnd(6)} ${SEVERITY_WORD[finding.severity]}  ${finding.message}`;
  const marked = `${text.quote.slice(0, text.start)}【${text.quote.slice(text.start, text.end)}】${text.quote.slice(text.end)}`;
  const detail = [TEXT.quote(around(marked, text.start))];
  if (finding.expected !== null) detail.push(TEXT.expected(oneLine(finding.expected)));
  return [head, `           ${detail.join('；')}`];
}

/** A long sentence cut around the marked figure, so the line stays readable. */
function around(marked: string, start: number): string {
  const chars = [...marked.replace(/\s*\n\s*/g, ' ')];
  if (chars.length <= 60) return chars.join('');
  const from = Math.max(0, start - 30);
  return `${from > 0 ? '…' : ''}${chars.slice(from, from + 60).join('')}${from + 60 < chars.length ? '…' : ''}`;
}

function groupBySheet<T extends { sheet: string }>(findings: T[]): Map<string, T[]> {
  const bySheet = new Map<string, T[]>();
  for (const f of findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  return bySheet;
}

/** Labels often hold line breaks (typed with Alt+Enter); a report line keeps one line per finding. */
/** Long cell texts (a 实际完成情况 paragraph) are cut so each finding stays a line or two on a terminal. */
const MAX_SHOWN = 40;

function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return [...flat].length > MAX_SHOWN ? [...flat].slice(0, MAX_SHOWN).join('') + '…' : flat;
}
