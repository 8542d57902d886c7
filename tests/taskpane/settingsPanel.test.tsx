import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { PRESET_CHOICES, SCORE_DECIMALS } from '../../src/core';
import { SettingsFields } from '../../src/taskpane/components/SettingsPanel';

/** The options the panel offers, as rendered. */
function options(decimals: number): { presets: [string, string][]; decimals: string[] } {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <SettingsFields settings={{ preset: 'default', decimals }} disabled={false} onChange={() => undefined} />
    </FluentProvider>,
  );
  const selects = [...html.matchAll(/<select[^>]*>(.*?)<\/select>/gs)].map((m) => [...m[1].matchAll(/<option[^>]*value="([^"]*)"[^>]*>(.*?)<\/option>/g)].map((o) => [o[1], o[2]] as [string, string]));
  expect(selects).toHaveLength(2);
  return { presets: selects[0], decimals: selects[1].map(([value]) => value) };
}

describe('评分设置 offers what the core defines', () => {
  it('lists every preset of the core, by its name and with the core’s label', () => {
    expect(options(2).presets).toEqual(PRESET_CHOICES.map((choice) => [choice.name, choice.label]));
  });

  it('offers every number of decimals the core accepts for 得分, so a saved choice is always shown', () => {
    const range = Array.from({ length: SCORE_DECIMALS.max - SCORE_DECIMALS.min + 1 }, (_, i) => String(SCORE_DECIMALS.min + i));
    expect(options(SCORE_DECIMALS.max).decimals).toEqual(range);
  });
});
