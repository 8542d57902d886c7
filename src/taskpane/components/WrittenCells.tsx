import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { FILLED_FILL } from '../../hosts/shared/cellFills';
import { t } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  swatch: { display: 'inline-block', width: '12px', height: '12px', border: `1px solid ${tokens.colorNeutralStroke1}` },
  sheet: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  cells: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  cell: { minWidth: 0, fontFamily: tokens.fontFamilyMonospace, fontVariantNumeric: 'slashed-zero' },
});

/** The cells 填写得分 wrote (light green in the sheet), by sheet, each a button that selects it; gone after 撤销填写. */
export function WrittenCells({ written, onSelect }: { written: string[]; onSelect: (sheet: string, cell: string) => void }) {
  const styles = useStyles();
  const bySheet = new Map<string, string[]>();
  for (const name of written) {
    const at = name.lastIndexOf('!');
    const sheet = name.slice(0, at);
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), name.slice(at + 1)]);
  }
  return (
    <section className={styles.root} aria-labelledby="written-title" data-testid="writtenCells">
      <h2 id="written-title" className={styles.title}>
        <span className={styles.swatch} style={{ backgroundColor: FILLED_FILL }} aria-hidden="true" />
        {t('writtenTitle', { count: written.length })}
      </h2>
      {[...bySheet].map(([sheet, cells]) => (
        <div key={sheet}>
          <p className={styles.sheet}>{sheet}</p>
          <ul className={styles.cells} aria-label={sheet}>
            {cells.map((cell) => (
              <li key={cell}>
                <Button className={styles.cell} size="small" appearance="subtle" onClick={() => onSelect(sheet, cell)}>
                  {cell}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
