import { makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  p: { margin: 0 },
  tables: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** The first screen: what the add-in does and what to press, before any check. */
export function Intro() {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={t('appTitle')} data-testid="intro">
      <p className={styles.p}>{t('introWhat')}</p>
      <p className={styles.p}>{t('introHow')}</p>
      <p className={styles.tables}>{t('introTables')}</p>
    </section>
  );
}
