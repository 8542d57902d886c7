import { makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0, fontSize: tokens.fontSizeBase300 },
  kinds: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** No table recognised: say so, and what the recognised tables look like; never "没有发现问题". */
export function NoTables() {
  const styles = useStyles();
  return (
    <section className={styles.root} data-testid="no-tables">
      <h2 className={styles.title}>{t('noTablesTitle')}</h2>
      <p className={styles.p}>{t('noTablesBody')}</p>
      <p className={styles.kinds}>{t('noTablesKinds')}</p>
    </section>
  );
}
