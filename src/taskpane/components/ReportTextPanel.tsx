import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { t } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { minHeight: '96px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // The picker's own input stays out of sight and out of the tab order: the button is its control.
  fileInput: { display: 'none' },
});

export interface ReportTextPanelProps {
  busy: boolean;
  onCheck: (text: string) => void;
  onCheckFile: (file: File) => void;
}

/**
 * 核对报告正文: the report's text pasted from Word, or its .docx (or .txt) picked, checked with the open workbook.
 * The text stays in the pane: it is read here and in the pane's own worker, never sent anywhere.
 */
export function ReportTextPanel({ busy, onCheck, onCheckFile }: ReportTextPanelProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <Field label={t('reportTextLabel')} hint={t('reportTextHint')}>
        <Textarea className={styles.text} resize="vertical" value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button disabled={busy || !text.trim()} onClick={() => onCheck(text)}>
          {t('checkReport')}
        </Button>
        <Button disabled={busy} onClick={() => picker.current?.click()} title={t('chooseReportFileHint')}>
          {t('chooseReportFile')}
        </Button>
      </div>
      <input
        ref={picker}
        className={styles.fileInput}
        type="file"
        accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        aria-label={t('chooseReportFile')}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that picking the same file again (after editing it) checks it again.
          event.target.value = '';
          if (file) onCheckFile(file);
        }}
      />
    </div>
  );
}
