import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../strings';
import { PHASE_TEXT, type Busy } from '../useFundCheck';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

/**
 * What is running, in words: while reading, how many cells of how many; while checking, how many sheets. Reading
 * and checking can be cancelled; writing cannot (it is short and must not stop halfway).
 */
export function ProgressBanner({ busy, onCancel }: { busy: Busy; onCancel: () => void }) {
  const styles = useStyles();
  const counted = busy.phase === 'reading' && busy.total !== undefined && busy.total > 0;
  const label = counted
    ? t('phaseReadingCells', { done: busy.done ?? 0, total: busy.total ?? 0 })
    : busy.phase === 'analysing' && busy.sheets !== undefined
      ? t('phaseAnalysingSheets', { sheets: busy.sheets })
      : t(PHASE_TEXT[busy.phase]);
  return (
    <div className={styles.row}>
      <Field className={styles.field} validationMessage={label} validationState="none" aria-live="polite">
        <ProgressBar value={counted ? (busy.done ?? 0) / (busy.total as number) : undefined} thickness="large" />
      </Field>
      {busy.cancellable && (
        <Button size="small" onClick={onCancel}>
          {t('cancel')}
        </Button>
      )}
    </div>
  );
}
