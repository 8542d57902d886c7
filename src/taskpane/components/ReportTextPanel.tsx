import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { t } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { minHeight: '96px' },
});

export interface ReportTextPanelProps {
  busy: boolean;
  onCheck: (text: string) => void;
}

/**
 * 核对报告正文: the report's text pasted from Word, checked with the open workbook. The text stays in the pane: it
 * is read here and in the pane's own worker, never sent anywhere.
 */
export function ReportTextPanel({ busy, onCheck }: ReportTextPanelProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  return (
    <div className={styles.root}>
      <Field label={t('reportTextLabel')} hint={t('reportTextHint')}>
        <Textarea className={styles.text} resize="vertical" value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Button disabled={busy || !text.trim()} onClick={() => onCheck(text)}>
        {t('checkReport')}
      </Button>
    </div>
  );
}
