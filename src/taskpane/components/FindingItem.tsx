import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { cellKey, toA1, type CellRef, type Finding, type Severity } from '../../core';
import { shownDifference, shownFigure } from '../shownFigures';
import { t, type StringKey } from '../strings';

const useStyles = makeStyles({
  item: { listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // A slashed zero: O9 (column O) and 09 never look alike.
  cell: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace, fontVariantNumeric: 'slashed-zero' },
  quote: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  figure: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  message: { fontSize: tokens.fontSizeBase300, overflowWrap: 'anywhere' },
  values: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  toggle: { alignSelf: 'flex-start', minWidth: 0 },
  // The finding last clicked: it stays marked while the user works in the sheet.
  current: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  related: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  relatedCell: {
    minWidth: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontVariantNumeric: 'slashed-zero',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  consequences: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const SEVERITY_TEXT: Record<Severity, StringKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
const SEVERITY_BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface FindingItemProps {
  finding: Finding;
  consequences?: Finding[];
  /** The finding's sheet is hidden: its cell cannot be selected, and the card says so. */
  hidden?: boolean;
  onSelect: (finding: Finding) => void;
  /** The number formats of findings' cells (by cellKey): figures are shown as the sheet shows them. */
  formats?: ReadonlyMap<string, string>;
  /** The finding last clicked (by its key). */
  currentKey?: string | null;
  /** The workbook's sheets: a related cell is offered only where it is one of theirs (not a report's text). */
  workbookSheets?: ReadonlySet<string>;
  onSelectCell?: (ref: CellRef) => void;
}

/** Related cells shown on a card before the rest are counted. */
const RELATED_SHOWN = 6;

/** What identifies a finding in the list (a cell may hold two findings of different rules). */
export function findingKey(finding: Finding): string {
  return `${cellKey(finding.at)}:${finding.rule}`;
}

/**
 * One finding as a real button (Enter and Space select its cell in the sheet), with what the cell says and what it
 * should say; its consequences fold under it.
 */
export function FindingItem(props: FindingItemProps) {
  const { finding, consequences = [], hidden = false, onSelect, formats, currentKey = null, workbookSheets, onSelectCell } = props;
  const styles = useStyles();
  const format = formats?.get(cellKey(finding.at));
  const gap = finding.text ? null : shownDifference(finding.stated, finding.expected, format);
  const related = onSelectCell && !finding.text ? finding.related.filter((r) => !workbookSheets || workbookSheets.has(r.sheet)) : [];
  const current = currentKey === findingKey(finding);
  const [open, setOpen] = useState(false);
  const text = finding.text;
  const cell = text ? t('paragraphLabel', { paragraph: text.paragraph }) : toA1(finding.at.row, finding.at.col);
  const listId = `consequences-${finding.at.sheet}-${cell}`;
  return (
    <li className={styles.item}>
      <button
        type="button"
        className={mergeClasses(styles.finding, styles[finding.severity], current && styles.current)}
        aria-current={current ? 'true' : undefined}
        onClick={() => onSelect(finding)}
        title={hidden ? t('hiddenNoSelect') : text ? t('textSelectHint') : t('selectHint')}
        data-cell={cellKey(finding.at)}
      >
        <span className={styles.head}>
          <Badge appearance="tint" color={SEVERITY_BADGE[finding.severity]}>
            {t(SEVERITY_TEXT[finding.severity])}
          </Badge>
          <span className={styles.cell}>{cell}</span>
        </span>
        <span className={styles.message}>{finding.message}</span>
        {text && (
          <span className={styles.quote} data-quote>
            {text.quote.slice(0, text.start)}
            <mark className={styles.figure}>{text.quote.slice(text.start, text.end)}</mark>
            {text.quote.slice(text.end)}
          </span>
        )}
        {(finding.stated !== null || finding.expected !== null) && (
          <span className={styles.values}>
            {text ? t('statedInText') : t('stated')} {text ? (finding.stated ?? t('empty')) : (shownFigure(finding.stated, format) ?? t('empty'))}
            {finding.expected !== null && ` · ${t('expected')} ${text ? finding.expected : shownFigure(finding.expected, format)}`}
            {gap !== null && ` · ${t('difference', { gap })}`}
          </span>
        )}
        {/* The cause is said once: the core's consequence message already names it. */}
        {finding.causedBy && !finding.message.includes(cellKey(finding.causedBy)) && (
          <span className={styles.values}>{t('causedBy', { cell: cellKey(finding.causedBy) })}</span>
        )}
        {hidden && <span className={styles.values}>{t('hiddenNoSelect')}</span>}
      </button>
      {related.length > 0 && (
        <span className={styles.related}>
          {t('relatedCells')}
          {related.slice(0, RELATED_SHOWN).map((ref) => (
            <Button
              key={cellKey(ref)}
              className={styles.relatedCell}
              appearance="transparent"
              size="small"
              onClick={() => onSelectCell!(ref)}
              title={t('selectHint')}
            >
              {ref.sheet === finding.at.sheet ? toA1(ref.row, ref.col) : cellKey(ref)}
            </Button>
          ))}
          {related.length > RELATED_SHOWN && <span>{t('moreCells', { count: related.length })}</span>}
        </span>
      )}
      {consequences.length > 0 && (
        <>
          <Button className={styles.toggle} appearance="subtle" size="small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? t('consequencesHide') : t('consequences', { count: consequences.length })}
          </Button>
          {open && (
            <ul id={listId} className={styles.consequences}>
              {consequences.map((c, i) => (
                <FindingItem key={`${cellKey(c.at)}:${c.rule}:${i}`} {...props} finding={c} consequences={[]} />
              ))}
            </ul>
          )}
        </>
      )}
    </li>
  );
}
