import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { cellKey, rangeToA1, type Analysis, type Finding, type Severity, type TableKind, type TableSummary } from '../../core';
import { groupFindings, limitGroups, type SheetGroup } from '../groupFindings';
import { t, type StringKey } from '../strings';
import type { SheetState } from '../useFundCheck';
import { FindingItem } from './FindingItem';
import { NoTables } from './NoTables';

/** Findings drawn at a time: a long list is drawn in pages, so drawing never freezes the pane. */
const PAGE = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filter: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', border: 'none', padding: 0, margin: 0 },
  legend: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS, float: 'left' },
  sheet: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  table: { margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground2 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  note: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  more: { alignSelf: 'flex-start' },
});

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
}

/**
 * The findings by sheet and table, filtered by severity, root causes first with their consequences folded; a
 * hidden or protected sheet says so beside its name. With no table recognised it says that, not "no problems".
 */
export function FindingsView({ analysis, sheets, onSelect }: FindingsViewProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(['error', 'warning', 'info']));
  const [limit, setLimit] = useState(PAGE);
  const groups = useMemo(() => groupFindings(analysis.findings, analysis.tables, shown), [analysis, shown]);
  const page = useMemo(() => limitGroups(groups, limit), [groups, limit]);
  const toggle = (severity: Severity, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(severity);
    else next.delete(severity);
    setShown(next);
  };

  const noTables = analysis.tables.length === 0 ? <NoTables /> : null;
  if (analysis.findings.length === 0) return noTables ?? <p className={styles.empty}>{t('findingsNone')}</p>;
  return (
    <section className={styles.root} aria-label={t('summaryTitle')}>
      {noTables}
      <fieldset className={styles.filter}>
        <legend className={styles.legend}>{t('filterLabel')}</legend>
        {SEVERITIES.map(([severity, label]) => (
          <Checkbox key={severity} label={t(label)} checked={shown.has(severity)} onChange={(_, data) => toggle(severity, data.checked === true)} />
        ))}
      </fieldset>
      <p className={styles.hint}>{t('clickToSelect')}</p>
      {groups.length === 0 && <p className={styles.empty}>{t('findingsFilteredOut')}</p>}
      {page.groups.map((sheet) => (
        <section key={sheet.sheet} aria-label={sheet.sheet}>
          <h3 className={styles.sheet}>
            {textOf(sheet) ? t('reportTextHeading', { name: textOf(sheet)! }) : sheet.sheet}
            <span className={styles.note}>{sheetNote(sheets.get(sheet.sheet))}</span>
          </h3>
          {sheet.tables.map((group) => (
            <div key={group.table ? rangeToA1(group.table.range) : 'other'}>
              {!textOf(sheet) && <h4 className={styles.table}>{tableTitle(group.table)}</h4>}
              <ul className={styles.list}>
                {group.nodes.map((node, i) => (
                  <FindingItem
                    key={`${cellKey(node.finding.at)}:${node.finding.rule}:${i}`}
                    finding={node.finding}
                    consequences={node.consequences}
                    hidden={(sheets.get(sheet.sheet)?.visibility ?? 'visible') !== 'visible'}
                    onSelect={onSelect}
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
