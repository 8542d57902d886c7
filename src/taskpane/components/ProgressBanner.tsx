import { Field, ProgressBar } from '@fluentui/react-components';
import { t } from '../strings';
import { PHASE_TEXT, type Busy } from '../useFundCheck';

/** What is running; while reading, how many cells of how many, so a large workbook visibly moves. */
export function ProgressBanner({ busy }: { busy: Busy }) {
  const counted = busy.phase === 'reading' && busy.total !== undefined && busy.total > 0;
  const label = counted ? t('phaseReadingCells', { done: busy.done ?? 0, total: busy.total ?? 0 }) : t(PHASE_TEXT[busy.phase]);
  return (
    <Field validationMessage={label} validationState="none" aria-live="polite">
      <ProgressBar value={counted ? (busy.done ?? 0) / (busy.total as number) : undefined} thickness="large" />
    </Field>
  );
}
