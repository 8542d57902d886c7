import { makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { Analysis, Severity } from '../../core';
import { FILLED_FILL, SEVERITY_FILL } from '../../hosts/shared/cellFills';
import { t, type StringKey } from '../strings';

const useStyles = makeStyles({
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS, margin: 0 },
  // Label and number on one line: five figures fit in three short rows of a 320 px pane.
  tile: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  wide: { gridColumn: '1 / -1' },
  number: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: 0,
    listStyleType: 'none',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: '-1px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

const LEGEND: [Severity, StringKey][] = [
  ['error', 'legendError'],
  ['warning', 'legendWarning'],
  ['info', 'legendInfo'],
];

/** The check in five numbers: tables recognised, errors, warnings, cells to fill, indicators for a person to judge. */
export function Summary({ analysis, headingRef }: { analysis: Analysis; headingRef?: Ref<HTMLHeadingElement> }) {
  const styles = useStyles();
  const count = (severity: string) => analysis.findings.filter((f) => f.severity === severity).length;
  const tiles: [StringKey, number, string?][] = [
    ['summaryTables', analysis.tables.length],
    ['summaryErrors', count('error'), count('error') > 0 ? styles.error : undefined],
    ['summaryWarnings', count('warning'), count('warning') > 0 ? styles.warning : undefined],
    // Conflicts (a wrong 合计 that could be replaced) are offered on 填写得分 with a question; they are not "empty cells to fill".
    ['summaryFills', analysis.fills.filter((f) => !f.conflict).length],
    ['summaryReview', analysis.review.length],
  ];
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title" className={styles.title} tabIndex={-1} ref={headingRef}>
        {t('summaryTitle')}
      </h2>
      <dl className={styles.grid}>
        {tiles.map(([key, value, tone], i) => (
          <div key={key} className={`${styles.tile} ${i === tiles.length - 1 && tiles.length % 2 === 1 ? styles.wide : ''}`} data-testid={key}>
            <dt className={styles.label}>{t(key)}</dt>
            <dd className={`${styles.number} ${tone ?? ''}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {/* The fills the marks use, so a coloured cell explains itself beside the pane. */}
      <ul className={styles.legend} aria-label={t('legendTitle')} data-testid="legend">
        <li>{t('legendTitle')}：</li>
        {LEGEND.map(([severity, key]) => (
          <li key={severity}>
            <span className={styles.swatch} style={{ backgroundColor: SEVERITY_FILL[severity] }} aria-hidden="true" />
            {t(key)}
          </li>
        ))}
        <li>
          <span className={styles.swatch} style={{ backgroundColor: FILLED_FILL }} aria-hidden="true" />
          {t('legendFilled')}
        </li>
      </ul>
    </section>
  );
}
