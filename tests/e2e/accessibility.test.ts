import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { loadWorkbookModel } from '../hosts/excel/simulated/loadWorkbookModel';
import { launchPane, ROOT, screenshot, type Pane } from './harness';

/**
 * axe-core (Deque's accessibility engine, from node_modules: nothing is fetched) over the pane as people use it:
 * after a check, in Office's light theme and in its dark one, with the report's text and the settings open. No
 * serious or critical violation (contrast, names, landmarks, ARIA) may remain.
 */
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let pane: Pane;

beforeAll(async () => {
  pane = await launchPane();
});

afterAll(async () => {
  await pane?.close();
});

/** The serious and critical violations on the page, as `rule: target` lines. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, so the pane's Content-Security-Policy does not stop the engine.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const DARK = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#363636', controlForegroundColor: '#FFFFFF' };

describe('the pane’s accessibility (axe-core)', () => {
  it.each([
    ['light', undefined],
    ['dark', DARK],
  ] as const)('has no serious or critical violation after a check in Office’s %s theme', async (name, officeTheme) => {
    const model = await loadWorkbookModel('bazhou-2020');
    const page = await pane.open(officeTheme ? { ...model, officeTheme } : model);
    await page.getByRole('button', { name: '一键核对' }).click();
    await page.getByText('核对完成', { exact: false }).waitFor();
    await page.getByRole('button', { name: '评分设置' }).click();
    await page.locator('[data-cell="收支余情况表!O9"]').click();
    expect(await violations(page)).toEqual([]);
    // The dark theme is the pane's and the page's behind it, not only the cards'.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    if (name === 'dark') expect(background).toMatch(/rgb\((\d|[1-5]\d), /);
    else expect(background).toBe('rgb(255, 255, 255)');
    await screenshot(page, `pane-theme-${name}`);
    if (name === 'dark' && (process.env.UPDATE_SCREENSHOT === '1' || !fs.existsSync(path.join(ROOT, 'docs', 'pane-dark.png')))) {
      await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-dark.png'), fullPage: false });
    }
    await page.close();
  });

  it('has no serious or critical violation on the page shown where the pane cannot run', async () => {
    const page = await pane.open(null, { waitFor: '' });
    await page.locator('[data-unsupported="noOffice"]').waitFor();
    expect(await violations(page)).toEqual([]);
    // The check itself can fail: an image without a text alternative is a critical violation.
    await page.evaluate(() => document.querySelector('main')!.appendChild(Object.assign(document.createElement('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' })));
    expect(await violations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
    await page.close();
  });
});
