import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { PRESET_CHOICES } from '../../core';
import type { StoredSettings } from '../../hosts/WorkbookHost';
import { DECIMAL_CHOICES } from '../policyFromSettings';
import { t } from '../strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

export interface SettingsPanelProps {
  settings: StoredSettings;
  disabled: boolean;
  onChange: (settings: StoredSettings) => void;
}

/** The scoring policy choice (preset, decimals), folded away by default; saved in the workbook on change. */
export function SettingsPanel(props: SettingsPanelProps) {
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader size="small">{t('settings')}</AccordionHeader>
        <AccordionPanel>
          <SettingsFields {...props} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** The two choices. Presets (name and label) and the decimals' range are the core's, never a copy kept here. */
export function SettingsFields({ settings, disabled, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <Field label={t('settingsPreset')}>
        <Select value={settings.preset} disabled={disabled} onChange={(_, data) => onChange({ ...settings, preset: data.value })}>
          {PRESET_CHOICES.map((choice) => (
            <option key={choice.name} value={choice.name}>
              {choice.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('settingsDecimals')}>
        <Select value={String(settings.decimals)} disabled={disabled} onChange={(_, data) => onChange({ ...settings, decimals: Number(data.value) })}>
          {DECIMAL_CHOICES.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
