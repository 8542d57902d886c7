import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { cellKey, rangeToA1, type Analysis, type Finding, type Severity, type TableKind, type TableSummary } from '../../core';
import { groupFindings } from '../groupFindings';
import { t, type StringKey } from '../strings';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filter: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', border: 'none', padding: 0, margin: 0 },
  legend: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS, float: 'left' },
  sheet: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  table: { margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground2 },
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
};

/** The findings by sheet and table, filtered by severity, root causes first with their consequences folded. */
export function FindingsView({ analysis, onSelect }: { analysis: Analysis; onSelect: (finding: Finding) => void }) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(['error', 'warning', 'info']));
  const groups = useMemo(() => groupFindings(analysis.findings, analysis.tables, shown), [analysis, shown]);
  const toggle = (severity: Severity, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(severity);
    else next.delete(severity);
    setShown(next);
  };

  if (analysis.findings.length === 0) return <p className={styles.empty}>{t('findingsNone')}</p>;
  return (
    <section className={styles.root} aria-label={t('summaryTitle')}>
      <fieldset className={styles.filter}>
        <legend className={styles.legend}>{t('filterLabel')}</legend>
        {SEVERITIES.map(([severity, label]) => (
          <Checkbox key={severity} label={t(label)} checked={shown.has(severity)} onChange={(_, data) => toggle(severity, data.checked === true)} />
        ))}
      </fieldset>
      {groups.length === 0 && <p className={styles.empty}>{t('findingsFilteredOut')}</p>}
      {groups.map((sheet) => (
        <section key={sheet.sheet} aria-label={sheet.sheet}>
          <h3 className={styles.sheet}>{sheet.sheet}</h3>
          {sheet.tables.map((group) => (
            <div key={group.table ? rangeToA1(group.table.range) : 'other'}>
              <h4 className={styles.table}>{tableTitle(group.table)}</h4>
              <ul className={styles.list}>
                {group.nodes.map((node, i) => (
                  <FindingItem key={`${cellKey(node.finding.at)}:${node.finding.rule}:${i}`} finding={node.finding} consequences={node.consequences} onSelect={onSelect} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

function tableTitle(table: TableSummary | null): string {
  if (!table) return t('otherCells');
  return `${table.title ?? t(TABLE_KIND[table.kind])} · ${rangeToA1(table.range)}`;
}
