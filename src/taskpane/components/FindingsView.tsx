import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { cellKey, rangeToA1, type Analysis, type CellRef, type Finding, type Severity, type TableKind, type TableSummary } from '../../core';
import { groupFindings, limitGroups, type SheetGroup } from '../groupFindings';
import { t, type StringKey } from '../strings';
import type { SheetState } from '../useFundCheck';
import { FindingItem, findingKey } from './FindingItem';
import { NoTables } from './NoTables';

/** Findings drawn at a time: a long list is drawn in pages, so drawing never freezes the pane. */
const PAGE = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filter: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', border: 'none', padding: 0, margin: 0 },
  legend: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS, float: 'left' },
  sheet: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  table: {
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground2 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  note: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  more: { alignSelf: 'flex-start' },
  index: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  sheetToggle: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: 0,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** A per-sheet index is shown from this many findings over two sheets or more. */
const INDEX_FROM = 10;

const SEVERITIES: [Severity, StringKey][] = [
  ['error', 'severityError'],
  ['warning', 'severityWarning'],
  ['info', 'severityInfo'],
];

const TABLE_KIND: Record<TableKind, StringKey> = {
  'fund-balance': 'tableFundBalance',
  'fund-balance-transposed': 'tableFundBalanceTransposed',
  'line-items': 'tableLineItems',
  'self-evaluation': 'tableSelfEvaluation',
  numeric: 'tableNumeric',
  'report-text': 'tableReportText',
};

export interface FindingsViewProps {
  analysis: Analysis;
  sheets: ReadonlyMap<string, SheetState>;
  onSelect: (finding: Finding) => void;
  /** The number formats of findings' cells (by cellKey). */
  formats?: ReadonlyMap<string, string>;
  onSelectCell?: (ref: CellRef) => void;
}

/**
 * The findings by sheet and table, filtered by severity, root causes first with their consequences folded; a
 * hidden or protected sheet says so beside its name. With no table recognised it says that, not "no problems".
 */
export function FindingsView({ analysis, sheets, onSelect, formats, onSelectCell }: FindingsViewProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(['error', 'warning', 'info']));
  const [limit, setLimit] = useState(PAGE);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const headings = useRef(new Map<string, HTMLButtonElement>());
  const workbookSheets = useMemo(() => new Set(sheets.keys()), [sheets]);
  const groups = useMemo(() => groupFindings(analysis.findings, analysis.tables, shown), [analysis, shown]);
  const page = useMemo(() => limitGroups(groups, limit), [groups, limit]);
  const toggle = (severity: Severity, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(severity);
    else next.delete(severity);
    setShown(next);
  };

  const select = (finding: Finding) => {
    setCurrentKey(findingKey(finding));
    onSelect(finding);
  };
  const fold = (sheet: string) => {
    const next = new Set(folded);
    if (!next.delete(sheet)) next.add(sheet);
    setFolded(next);
  };
  const count = (group: SheetGroup) => group.tables.reduce((n, g) => n + g.nodes.length, 0);
  /** Jump to a sheet's findings: unfolded, drawn (the page grown to reach them), its heading focused. */
  const jump = (sheet: string) => {
    let upTo = 0;
    for (const group of groups) {
      upTo += count(group);
      if (group.sheet === sheet) break;
    }
    if (upTo > limit) setLimit(upTo);
    if (folded.has(sheet)) fold(sheet);
    requestAnimationFrame(() => {
      const heading = headings.current.get(sheet);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus();
    });
  };

  const noTables = analysis.tables.length === 0 ? <NoTables /> : null;
  if (analysis.findings.length === 0) return noTables ?? <p className={styles.empty}>{t('findingsNone')}</p>;
  return (
    <section className={styles.root} aria-label={t('findingsTitle')}>
      {noTables}
      <fieldset className={styles.filter}>
        <legend className={styles.legend}>{t('filterLabel')}</legend>
        {SEVERITIES.map(([severity, label]) => (
          <Checkbox key={severity} label={t(label)} checked={shown.has(severity)} onChange={(_, data) => toggle(severity, data.checked === true)} />
        ))}
      </fieldset>
      <p className={styles.hint}>{t('clickToSelect')}</p>
      {groups.length > 1 && page.total >= INDEX_FROM && (
        <nav aria-label={t('sheetIndex')}>
          <ul className={styles.index}>
            {groups.map((group) => (
              <li key={group.sheet}>
                <Button size="small" appearance="secondary" onClick={() => jump(group.sheet)}>
                  {t('sheetIndexItem', { sheet: textOf(group) ? t('reportTextHeading', { name: textOf(group)! }) : group.sheet, count: count(group) })}
                </Button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.length === 0 && <p className={styles.empty}>{t('findingsFilteredOut')}</p>}
      {page.groups.map((sheet) => (
        <section key={sheet.sheet} aria-label={sheet.sheet}>
          <h3 className={styles.sheet}>
            <button
              type="button"
              className={styles.sheetToggle}
              aria-expanded={!folded.has(sheet.sheet)}
              title={t('foldSheet', { sheet: sheet.sheet })}
              ref={(element) => {
                if (element) headings.current.set(sheet.sheet, element);
                else headings.current.delete(sheet.sheet);
              }}
              onClick={() => fold(sheet.sheet)}
            >
              <span aria-hidden="true">{folded.has(sheet.sheet) ? '▸' : '▾'}</span>
              <span>
                {textOf(sheet) ? t('reportTextHeading', { name: textOf(sheet)! }) : sheet.sheet}
                <span className={styles.note}>{sheetNote(sheets.get(sheet.sheet))}</span>
              </span>
            </button>
          </h3>
          {!folded.has(sheet.sheet) &&
            sheet.tables.map((group) => (
              <div key={group.table ? rangeToA1(group.table.range) : 'other'}>
                {!textOf(sheet) && <h4 className={styles.table}>{tableTitle(group.table)}</h4>}
                <ul className={styles.list}>
                  {group.nodes.map((node, i) => (
                    <FindingItem
                      key={`${cellKey(node.finding.at)}:${node.finding.rule}:${i}`}
                      finding={node.finding}
                      consequences={node.consequences}
                      hidden={(sheets.get(sheet.sheet)?.visibility ?? 'visible') !== 'visible'}
                      onSelect={select}
                      formats={formats}
                      currentKey={currentKey}
                      workbookSheets={workbookSheets}
                      onSelectCell={onSelectCell}
                    />
                  ))}
                </ul>
              </div>
            ))}
        </section>
      ))}
      {page.rest > 0 && (
        <Button className={styles.more} onClick={() => setLimit(limit + PAGE)}>
          {t('showMore', { count: Math.min(PAGE, page.rest), total: page.total })}
        </Button>
      )}
    </section>
  );
}

/** The document a group of the report text's findings is of, or null for a sheet's. */
function textOf(sheet: SheetGroup): string | null {
  return sheet.tables[0]?.nodes[0]?.finding.text?.document ?? null;
}

function sheetNote(state: SheetState | undefined): string {
  if (!state) return '';
  if (state.visibility === 'veryHidden') return t('sheetVeryHidden');
  if (state.visibility === 'hidden') return t('sheetHidden');
  return state.protected ? t('sheetProtected') : '';
}

function tableTitle(table: TableSummary | null): string {
  if (!table) return t('otherCells');
  return `${table.title ?? t(TABLE_KIND[table.kind])} · ${rangeToA1(table.range)}`;
}
