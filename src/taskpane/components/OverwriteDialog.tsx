import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { FillMode, OccupiedCell } from '../../hosts/WorkbookHost';
import { t } from '../strings';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '40vh', overflowY: 'auto', overflowWrap: 'anywhere' },
  actions: { flexWrap: 'wrap' },
});

export interface OverwriteDialogProps {
  occupied: OccupiedCell[];
  onChoose: (mode: Exclude<FillMode, 'ask'>) => void;
  onCancel: () => void;
}

/** 填写得分 found cells that already hold something: overwrite them, fill only the blanks, or write nothing. */
export function OverwriteDialog({ occupied, onChoose, onCancel }: OverwriteDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('confirmTitle')}</DialogTitle>
          <DialogContent>
            <p>{t('confirmBody')}</p>
            <ul className={styles.list}>
              {occupied.map((c) => (
                <li key={`${c.sheet}!${c.cell}`}>{t('confirmCell', { cell: `${c.sheet}!${c.cell}`, current: String(c.current), value: c.value })}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" onClick={() => onChoose('blanksOnly')}>
              {t('confirmBlanksOnly')}
            </Button>
            <Button onClick={() => onChoose('overwrite')}>{t('confirmOverwrite')}</Button>
            <Button onClick={onCancel}>{t('confirmCancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
