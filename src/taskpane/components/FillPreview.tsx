import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { rangeToA1, toA1, type PlannedFill, type TableSummary } from '../../core';
import { contains } from '../groupFindings';
import { shownFigure } from '../shownFigures';
import { t } from '../strings';

const useStyles = makeStyles({
  groups: { maxHeight: '45vh', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontVariantNumeric: 'slashed-zero' },
  conflict: { color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: { flexWrap: 'wrap' },
});

export interface FillPreviewProps {
  fills: PlannedFill[];
  tables: TableSummary[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** 填写得分, before anything is written: each cell and the value it gets, by table, those holding another value marked. */
export function FillPreview({ fills, tables, onConfirm, onCancel }: FillPreviewProps) {
  const styles = useStyles();
  const groups = new Map<string, PlannedFill[]>();
  for (const fill of fills) {
    const table = tables.find((x) => x.sheet === fill.at.sheet && contains(x.range, fill.at));
    const title = table ? `${fill.at.sheet} · ${table.title ?? ''}${table.title ? ' · ' : ''}${rangeToA1(table.range)}` : fill.at.sheet;
    groups.set(title, [...(groups.get(title) ?? []), fill]);
  }
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('fillPreviewTitle', { count: fills.length })}</DialogTitle>
          <DialogContent>
            <p>{t('fillPreviewBody')}</p>
            <div className={styles.groups} data-testid="fillPreview">
              {[...groups].map(([title, list]) => (
                <section key={title} aria-label={title}>
                  <h3 className={styles.table}>{title}</h3>
                  <ul className={styles.list}>
                    {list.map((fill) => (
                      <li key={`${fill.at.row},${fill.at.col}`}>
                        <span className={styles.cell}>{toA1(fill.at.row, fill.at.col)}</span> {shownFigure(fill.value, fill.numberFormat) ?? fill.value}
                        {fill.conflict && <span className={styles.conflict}>{t('fillPreviewConflict', { current: String(fill.previous ?? '') })}</span>}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" onClick={onConfirm}>
              {t('fillPreviewConfirm')}
            </Button>
            <Button onClick={onCancel}>{t('confirmCancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
