import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { t } from '../strings';
import type { Notice } from '../useFundCheck';

/** The outcome of the last command, in words; errors say that the workbook was left unchanged. */
export function StatusNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {notice.text}
        {notice.details?.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={t('dismiss')} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
