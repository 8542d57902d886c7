import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { StoredSettings } from '../../hosts/WorkbookHost';
import { PRESETS } from '../policyFromSettings';
import { t, type StringKey } from '../strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

const PRESET_LABEL: Record<(typeof PRESETS)[number], StringKey> = { default: 'presetDefault', deviation: 'presetDeviation' };
const DECIMALS = [0, 1, 2, 3, 4];

export interface SettingsPanelProps {
  settings: StoredSettings;
  disabled: boolean;
  onChange: (settings: StoredSettings) => void;
}

/** The scoring policy choice (preset, decimals), folded away by default; saved in the workbook on change. */
export function SettingsPanel({ settings, disabled, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader size="small">{t('settings')}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Field label={t('settingsPreset')}>
              <Select value={settings.preset} disabled={disabled} onChange={(_, data) => onChange({ ...settings, preset: data.value })}>
                {PRESETS.map((name) => (
                  <option key={name} value={name}>
                    {t(PRESET_LABEL[name])}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('settingsDecimals')}>
              <Select value={String(settings.decimals)} disabled={disabled} onChange={(_, data) => onChange({ ...settings, decimals: Number(data.value) })}>
                {DECIMALS.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
