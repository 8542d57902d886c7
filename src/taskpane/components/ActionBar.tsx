import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { t } from '../strings';

const useStyles = makeStyles({
  bar: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  button: { minWidth: 0 },
});

export interface ActionBarProps {
  busy: boolean;
  onCheck: () => void;
  onFill: () => void;
  onClear: () => void;
  onUndo: () => void;
  /** The 填写得分 button, for focus to come back to after its dialog. */
  fillRef?: Ref<HTMLButtonElement>;
}

/** The four commands, real buttons in reading order (Tab follows it); disabled while one is running. */
export function ActionBar({ busy, onCheck, onFill, onClear, onUndo, fillRef }: ActionBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="toolbar" aria-label={t('appTitle')}>
      <Button className={styles.button} appearance="primary" disabled={busy} onClick={onCheck}>
        {t('check')}
      </Button>
      <Button className={styles.button} disabled={busy} onClick={onFill} ref={fillRef}>
        {t('fill')}
      </Button>
      <Button className={styles.button} disabled={busy} onClick={onClear}>
        {t('clear')}
      </Button>
      <Button className={styles.button} disabled={busy} onClick={onUndo}>
        {t('undo')}
      </Button>
    </div>
  );
}
