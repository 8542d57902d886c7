import { cellKey, toA1, type Analysis, type Finding } from '../core';
import type { ExportTable } from '../hosts/WorkbookHost';
import { shownDifference, shownFigure } from './shownFigures';
import { t, type StringKey } from './strings';

const SEVERITY: Record<Finding['severity'], StringKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };

/**
 * The findings as 导出核对结果 writes them: when, under which policy, how many; then a row per finding with its
 * sheet, its cell (a link to it), severity, the problem, what the sheet shows and what it should be, the related
 * cells and its cause. A figure of the report's text names its paragraph instead of a cell.
 */
export function exportTable(analysis: Analysis, formats: ReadonlyMap<string, string>, now: Date, policyLabel: string): ExportTable {
  const count = (severity: Finding['severity']) => analysis.findings.filter((f) => f.severity === severity).length;
  const pad = (n: number) => String(n).padStart(2, '0');
  const when = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return {
    name: t('exportSheetName'),
    header: [
      t('exportWhen', { when }),
      t('exportPolicy', { policy: policyLabel }),
      t('exportCounts', { tables: analysis.tables.length, errors: count('error'), warnings: count('warning'), infos: count('info') }),
    ],
    columns: [
      t('exportSheet'),
      t('exportCell'),
      t('exportSeverity'),
      t('exportProblem'),
      t('exportStated'),
      t('expected'),
      t('relatedCells'),
      t('exportCause'),
    ],
    widths: [16, 8, 8, 60, 14, 22, 20, 16],
    linkColumn: 1,
    rows: analysis.findings.map((f) => {
      const format = formats.get(cellKey(f.at));
      const text = f.text;
      const gap = text ? null : shownDifference(f.stated, f.expected, format);
      const cause = f.causedBy ? t('causedBy', { cell: cellKey(f.causedBy) }) : '';
      return {
        cells: [
          text ? t('reportTextHeading', { name: text.document }) : f.at.sheet,
          text ? t('paragraphLabel', { paragraph: text.paragraph }) : toA1(f.at.row, f.at.col),
          t(SEVERITY[f.severity]),
          f.message,
          (text ? text.quote.slice(text.start, text.end) : shownFigure(f.stated, format)) ?? '',
          `${(text ? f.expected : shownFigure(f.expected, format)) ?? ''}${gap ? `（${t('difference', { gap })}）` : ''}`,
          text ? '' : f.related.map((r) => (r.sheet === f.at.sheet ? toA1(r.row, r.col) : cellKey(r))).join(', '),
          cause,
        ],
        ...(text ? {} : { link: { sheet: f.at.sheet, cell: toA1(f.at.row, f.at.col) } }),
      };
    }),
  };
}
