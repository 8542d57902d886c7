import Decimal from 'decimal.js';
import { differenceOf, type ReportJson, type Severity } from '../core';
import { HTML_TEXT as T, RULE_WORD, SEVERITY_WORD, TABLE_KIND_WORD } from './messages';
import { decodeRange } from './xlsx/cellAddress';
import { escapeXml } from './xlsx/write/xmlSplice';

/** One file of a run as the summary shows it: its report, or why it could not be read. */
export type HtmlEntry = { file: string; report: ReportJson } | { file: string; failure: string };

type FindingJson = ReportJson['findings'][number];

/** Bars shown in the chart by file: the files with the most errors. */
const MAX_FILE_BARS = 20;

/**
 * The summary a reviewer opens in a browser (`check --html`): one self-contained, offline page (no network, no
 * external script or font) with a sortable, filterable table of the files, bar charts of the errors by rule and by
 * file, and each file's findings folded under it, grouped by sheet and table (a report's text by its paragraphs),
 * with the figures as the sheets show them. Everything a cell or file says is escaped: a workbook's text never
 * becomes markup.
 */
export function htmlReport(entries: HtmlEntry[], generatedAt: Date): string {
  const reports = entries.flatMap((e) => ('report' in e ? [e] : []));
  const errors = reports.reduce((n, e) => n + e.report.summary.errors, 0);
  const warnings = reports.reduce((n, e) => n + e.report.summary.warnings, 0);
  const when = `${generatedAt.getFullYear()}-${pad(generatedAt.getMonth() + 1)}-${pad(generatedAt.getDate())} ${pad(generatedAt.getHours())}:${pad(generatedAt.getMinutes())}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${T.title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${T.title}</h1>
<p class="meta">${escapeXml(T.generated(when, entries.length))}</p>
<p class="totals">${escapeXml(T.totals(errors, warnings, entries.length - reports.length))}</p>
<section aria-labelledby="overview-heading">
<h2 id="overview-heading">${T.overview}</h2>
<div class="controls">
<label>${T.filter} <input type="search" id="filter" autocomplete="off"></label>
<label><input type="checkbox" id="only-errors"> ${T.onlyErrors}</label>
</div>
<div class="scroll" role="region" aria-label="${T.overview}" tabindex="0">
<table id="files">
<caption class="hint">${T.sortHint}</caption>
<thead><tr>${[T.file, T.tables, T.errors, T.warnings, T.fills, T.total, T.status]
    .map((h, i) => `<th scope="col" aria-sort="none"><button type="button" data-column="${i}"${i > 0 && i < 6 ? ' data-numeric' : ''}>${h}</button></th>`)
    .join('')}</tr></thead>
<tbody>
${entries.map(overviewRow).join('\n')}
</tbody>
</table>
</div>
</section>
<section aria-labelledby="charts-heading">
<h2 id="charts-heading">${T.charts}</h2>
${charts(reports.map((e) => e.report))}
</section>
<section aria-labelledby="details-heading">
<h2 id="details-heading">${T.details}</h2>
${entries.map(details).join('\n')}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function overviewRow(entry: HtmlEntry, index: number): string {
  const name = `<a href="#file-${index}">${escapeXml(entry.file)}</a>`;
  if (!('report' in entry)) {
    return `<tr data-errors="0" class="failed"><td>${name}</td><td></td><td></td><td></td><td></td><td></td><td>${T.unreadable}：${escapeXml(entry.failure)}</td></tr>`;
  }
  const s = entry.report.summary;
  const total = totalScore(entry.report);
  const cell = (n: number, severity?: Severity) => `<td class="number${severity && n > 0 ? ` ${severity}` : ''}" data-value="${n}">${n}</td>`;
  return `<tr data-errors="${s.errors}"><td>${name}</td>${cell(s.tables)}${cell(s.errors, 'error')}${cell(s.warnings, 'warning')}${cell(s.fills)}<td class="number" data-value="${total ?? ''}">${total ?? ''}</td><td>${s.errors ? T.errors : s.warnings ? T.warnings : T.clean}</td></tr>`;
}

/** The 总分 of each 自评表 of the file (the sum of its indicators' 得分 as FundCheck scores them), joined by ／. */
function totalScore(report: ReportJson): string | null {
  const bySheet = new Map<string, Decimal>();
  for (const indicator of report.indicators) {
    if (indicator.score === null) continue;
    bySheet.set(indicator.sheet, (bySheet.get(indicator.sheet) ?? new Decimal(0)).plus(indicator.score));
  }
  return bySheet.size ? [...bySheet.values()].map((d) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()).join(' ／ ') : null;
}

/** Horizontal bars (inline SVG, no script): the errors by rule, and by file (the most first). */
function charts(reports: ReportJson[]): string {
  const byRule = new Map<string, number>();
  for (const report of reports)
    for (const f of report.findings) if (f.severity === 'error') byRule.set(RULE_WORD[f.rule] ?? f.rule, (byRule.get(RULE_WORD[f.rule] ?? f.rule) ?? 0) + 1);
  const byFile = reports.filter((r) => r.summary.errors > 0).map((r) => [r.workbook, r.summary.errors] as [string, number]);
  const sorted = (list: [string, number][]) => list.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
  if (byFile.length === 0) return `<p>${T.noErrors}</p>`;
  return `<div class="charts">
<figure>${bars(sorted([...byRule]))}<figcaption>${T.byRule}</figcaption></figure>
<figure>${bars(sorted(byFile).slice(0, MAX_FILE_BARS))}<figcaption>${escapeXml(T.byFile(Math.min(MAX_FILE_BARS, byFile.length), byFile.length))}</figcaption></figure>
</div>`;
}

function bars(items: [string, number][]): string {
  const max = Math.max(...items.map(([, n]) => n));
  const row = 26;
  const label = 180;
  const width = 480;
  const body = items
    .map(([name, n], i) => {
      const y = i * row;
      const w = Math.max(2, Math.round(((width - label - 48) * n) / max));
      return `<g><title>${escapeXml(`${name}：${n}`)}</title><text x="${label - 8}" y="${y + 17}" text-anchor="end">${escapeXml(cut(name, 14))}</text><rect x="${label}" y="${y + 5}" width="${w}" height="16" rx="2"></rect><text x="${label + w + 6}" y="${y + 17}">${n}</text></g>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${items.length * row + 4}" role="img" aria-label="${escapeXml(items.map(([name, n]) => `${name} ${n}`).join('，'))}">${body}</svg>`;
}

function details(entry: HtmlEntry, index: number): string {
  if (!('report' in entry)) {
    return `<details id="file-${index}" class="file failed"><summary>${escapeXml(entry.file)} — ${T.unreadable}</summary><p>${escapeXml(entry.failure)}</p></details>`;
  }
  const report = entry.report;
  const shown = report.findings.filter((f) => f.severity !== 'info');
  const open = report.summary.errors > 0 ? ' open' : '';
  let body = '';
  if (shown.length === 0) body = `<p>${T.noFindings}</p>`;
  for (const [place, findings] of groupByPlace(shown)) {
    const first = findings[0];
    body += `<h3>${escapeXml(first.text ? T.document(first.text.document) : T.sheet(first.sheet))}</h3>`;
    if (first.text) {
      body += findingTable(findings);
      continue;
    }
    for (const [table, inTable] of groupByTable(
      findings,
      report.tables.filter((t) => t.sheet === place),
    )) {
      if (table)
        body += `<h4>${escapeXml(`${table.title ? `${table.title} · ` : ''}${TABLE_KIND_WORD[table.kind as keyof typeof TABLE_KIND_WORD] ?? table.kind} · ${table.range}`)}</h4>`;
      else body += `<h4>${T.otherCells}</h4>`;
      body += findingTable(inTable);
    }
  }
  return `<details id="file-${index}" class="file"${open}><summary>${escapeXml(entry.file)} — ${escapeXml(T.fileSummary(report.summary.errors, report.summary.warnings))}</summary>${body}</details>`;
}

function findingTable(findings: FindingJson[]): string {
  return `<table class="findings"><tbody>${findings.map(findingRow).join('')}</tbody></table>`;
}

function findingRow(f: FindingJson): string {
  const where = f.text ? T.paragraph(f.text.paragraph) : f.cell;
  const facts: string[] = [];
  if (f.text) {
    const q = f.text.quote;
    facts.push(`<q>${escapeXml(q.slice(0, f.text.start))}<mark>${escapeXml(q.slice(f.text.start, f.text.end))}</mark>${escapeXml(q.slice(f.text.end))}</q>`);
  } else facts.push(`${T.stated} <span class="value">${escapeXml(f.stated ?? T.empty)}</span>`);
  if (f.expected !== null) {
    facts.push(`${T.expected} <span class="value">${escapeXml(f.expected)}</span>`);
    const gap = difference(f.stated, f.expected);
    if (gap && !f.text) facts.push(`${T.difference} <span class="value">${gap}</span>`);
  }
  if (f.causedBy) facts.push(`${T.causedBy.replace('…', ` <span class="cell">${escapeXml(f.causedBy)}</span> `)}`);
  else if (f.related.length && !f.text)
    facts.push(`${T.related} <span class="cell">${escapeXml(f.related.slice(0, 8).join(', '))}${f.related.length > 8 ? ' …' : ''}</span>`);
  return `<tr class="${f.severity}"><th scope="row" class="cell">${escapeXml(where)}</th><td class="severity">${SEVERITY_WORD[f.severity]}</td><td><p>${escapeXml(f.message)}</p><p class="facts">${facts.join('　')}</p></td></tr>`;
}

/** stated − expected, where both are plain numbers as written (no percent): `相差 −541`. */
function difference(stated: string | null, expected: string): string | null {
  const gap = differenceOf(stated, expected);
  return gap ? `${gap.isNegative() ? '−' : '+'}${gap.abs().toFixed(gap.decimalPlaces())}` : null;
}

/** Findings by sheet (a report's text by its document), in the order they come. */
function groupByPlace(findings: FindingJson[]): Map<string, FindingJson[]> {
  const out = new Map<string, FindingJson[]>();
  for (const f of findings) {
    const key = f.text ? `text:${f.text.document}` : f.sheet;
    out.set(key, [...(out.get(key) ?? []), f]);
  }
  return new Map([...out].map(([key, list]) => [list[0].text ? key : list[0].sheet, list]));
}

/** A sheet's findings by the table whose range holds their cell; those in none last. */
function groupByTable(findings: FindingJson[], tables: ReportJson['tables']): Map<ReportJson['tables'][number] | null, FindingJson[]> {
  const out = new Map<ReportJson['tables'][number] | null, FindingJson[]>();
  const ranges = tables.map((t) => ({ table: t, range: decodeRange(t.range) }));
  for (const f of findings) {
    const at = decodeRange(f.cell);
    const table =
      (at && ranges.find(({ range }) => range && at.top >= range.top && at.top <= range.bottom && at.left >= range.left && at.left <= range.right)?.table) ??
      null;
    out.set(table, [...(out.get(table) ?? []), f]);
  }
  const none = out.get(null);
  out.delete(null);
  if (none) out.set(null, none);
  return out;
}

function cut(text: string, chars: number): string {
  const all = [...text];
  return all.length > chars ? `${all.slice(0, chars - 1).join('')}…` : text;
}

const pad = (n: number) => String(n).padStart(2, '0');

const STYLE = `
:root { color-scheme: light; --error: #a4262c; --error-bg: #fde7e9; --warning: #8a5300; --warning-bg: #fff4ce; --line: #d1d1d1; --muted: #5c5c5c; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; color: #1b1b1b; background: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 16px 0 4px; }
h4 { font-size: .9rem; margin: 10px 0 4px; color: var(--muted); font-weight: 600; }
.meta, .hint { color: var(--muted); font-size: .85rem; }
.totals { font-weight: 600; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 20px; margin-bottom: 8px; }
input[type=search] { font: inherit; padding: 2px 6px; max-width: 100%; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; }
#files th, #files td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; white-space: nowrap; }
#files td:first-child, tr.failed td:last-child { white-space: normal; overflow-wrap: anywhere; min-width: 9em; }
#files th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
#files th[aria-sort=ascending] button::after { content: " ▲"; }
#files th[aria-sort=descending] button::after { content: " ▼"; }
#files caption { text-align: left; caption-side: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
td.error { color: var(--error); font-weight: 600; }
td.warning { color: var(--warning); }
tr.failed td { color: var(--muted); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: .85rem; text-align: center; }
svg { width: 100%; height: auto; font-size: 12px; }
svg rect { fill: var(--error); }
details.file { border: 1px solid var(--line); border-radius: 4px; margin: 8px 0; padding: 4px 12px; }
details.file > summary { cursor: pointer; font-weight: 600; overflow-wrap: anywhere; }
table.findings th, table.findings td { border-top: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
table.findings p { margin: 0; overflow-wrap: anywhere; }
.facts { color: var(--muted); font-size: .9rem; }
table.findings th, table.findings .severity { white-space: nowrap; }
.cell, .value { font-family: Consolas, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; }
tr.error .severity { color: var(--error); font-weight: 600; }
tr.warning .severity { color: var(--warning); }
mark { background: var(--warning-bg); }
a { color: #0f548c; }
@media (max-width: 600px) {
  main { padding: 10px; }
  table.findings, table.findings tbody, table.findings tr, table.findings th, table.findings td { display: block; width: 100%; }
  table.findings tr { border-top: 1px solid var(--line); padding: 4px 0; }
  table.findings th, table.findings td { border: 0; padding: 2px 0; }
}
@media print { details.file { break-inside: avoid; } .controls { display: none; } }
`;

/** Sorting by a column (numbers as numbers, names in Chinese order) and filtering by name or errors; nothing else. */
const SCRIPT = `
(function () {
  var table = document.getElementById('files');
  var body = table.tBodies[0];
  var filter = document.getElementById('filter');
  var onlyErrors = document.getElementById('only-errors');
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(table.querySelectorAll('th button'), function (button) {
    button.addEventListener('click', function () {
      var column = Number(button.getAttribute('data-column'));
      var numeric = button.hasAttribute('data-numeric');
      var th = headers[column];
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column], y = b.cells[column];
        var d = numeric ? (parseFloat(x.getAttribute('data-value')) || 0) - (parseFloat(y.getAttribute('data-value')) || 0) : x.textContent.localeCompare(y.textContent, 'zh-CN');
        return ascending ? d : -d;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  function apply() {
    var words = filter.value.trim().toLowerCase();
    Array.prototype.forEach.call(body.rows, function (row) {
      var show = (!words || row.cells[0].textContent.toLowerCase().indexOf(words) >= 0) && (!onlyErrors.checked || Number(row.getAttribute('data-errors')) > 0);
      row.hidden = !show;
    });
  }
  filter.addEventListener('input', apply);
  onlyErrors.addEventListener('change', apply);
  function openTarget() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.tagName === 'DETAILS') target.open = true;
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
`;
