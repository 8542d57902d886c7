import { parse } from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { bgrOf } from '../../src/hosts/wps/wpsConstants';
import { loadWpsModel } from '../hosts/wps/simulated/loadWpsModel';
import type { WpsWorkbookModel } from '../hosts/wps/simulated/WpsModel';
import { ARTIFACTS, built, launchChromium, ROOT, WIDTH } from './harness';
import { serveDirectory } from './staticServer';

let context: BrowserContext;
let server: { origin: string; close: () => Promise<void> };
let fakeWps: string;
/** Every request the pane made beyond the add-in's own files: must stay empty. */
const foreignRequests: string[] = [];

beforeAll(async () => {
  // Built once with the Excel pane by globalSetup.js, as `npm run build:wps` builds it.
  const { wpsAddinDir, fakeWps: fakeWpsFile } = built();
  fakeWps = fs.readFileSync(fakeWpsFile, 'utf8');
  server = await serveDirectory(wpsAddinDir);
  context = await launchChromium();
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** Open the built pane as WPS would (CreateTaskPane on taskpane.html), with the simulated WPS as `Application`. */
async function openPane(model: WpsWorkbookModel | null): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('data:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  if (model) await page.addInitScript(`window.__FUNDCHECK_WPS_MODEL__ = ${JSON.stringify(model)};\n${fakeWps}`);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/taskpane.html`);
  if (model) await page.getByRole('button', { name: '一键核对' }).waitFor();
  expect(errors).toEqual([]);
  return page;
}

const wpsCell = (page: Page, sheet: string, row: number, col: number) =>
  page.evaluate(([s, k]) => window.__fundcheckWps?.model.sheets.find((x) => x.name === s)?.cells[k] ?? null, [sheet, `${row},${col}`] as const);

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true, animations: 'disabled' });

describe('the task pane in WPS 表格 (the built WPS add-in over the simulated WPS host)', () => {
  it('checks hami-2019, marks 收支分析表!G4, selects it when clicked, and clears the mark', async () => {
    const page = await openPane(await loadWpsModel('hami-2019'));
    await page.getByRole('button', { name: '一键核对' }).click();
    const g4 = page.locator('[data-cell="收支分析表!G4"]');
    await g4.waitFor();
    await expect(g4.textContent()).resolves.toContain('错误');
    await page.getByText('核对完成').waitFor();
    expect((await wpsCell(page, '收支分析表', 3, 6))?.interior?.color).toBe(bgrOf('#FFC7CE'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    await shot(page, 'wps-pane-hami-2019.png');

    await g4.click();
    await page.waitForFunction(() => window.__fundcheckWps?.model.selection?.address === 'G4');
    expect(await page.evaluate(() => window.__fundcheckWps?.model.selection)).toEqual({ sheet: '收支分析表', address: 'G4' });

    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText(/已清除/).waitFor();
    expect((await wpsCell(page, '收支分析表', 3, 6))?.interior ?? null).toBeNull();
    await page.close();
  });

  it('checks the report’s pasted text with the workbook and selects the cell a sentence disagrees with', async () => {
    const page = await openPane(await loadWpsModel('hami-2019'));
    // 工伤's 2019 支出 is 6419 in the table (E7); the sentence says 6491.
    const text = '2019年工伤保险基金收入5676万元，较上年减少108万元，下降1.87%。基金支出6491万元，较上年增加1189万元，增长22.73%。';
    await page.getByLabel('报告正文（可从 Word 复制粘贴）').fill(text);
    await page.getByRole('button', { name: '核对报告正文' }).click();
    const card = page.locator('[data-cell^="粘贴的报告正文!"]').filter({ hasText: '第 1 段' }).filter({ hasText: '错误' });
    await card.first().waitFor();
    await expect(card.first().locator('mark').textContent()).resolves.toBe('6491万元');
    await card.first().click();
    await page.waitForFunction(() => window.__fundcheckWps?.model.selection?.address === 'E7');
    expect(await page.evaluate(() => window.__fundcheckWps?.model.selection)).toEqual({ sheet: '收支分析表', address: 'E7' });
    await page.close();
  });

  it('fills the 得分 of the blank-scores workbook and undoes it', async () => {
    const page = await openPane(await loadWpsModel('yuepuhu-2020-blank-scores'));
    expect((await wpsCell(page, '自评表-城乡居民医疗', 14, 7))?.value ?? null).toBeNull();
    await page.getByRole('button', { name: '填写得分' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '填写', exact: true }).click();
    await page.getByText(/已填写 \d+ 个单元格/).waitFor();
    expect((await wpsCell(page, '自评表-城乡居民医疗', 14, 7))?.value).toBe(5.49);
    expect((await wpsCell(page, '自评表-城乡居民养老', 12, 7))?.value).toBe(5.9);
    await shot(page, 'wps-pane-blank-scores-filled.png');

    await page.getByRole('button', { name: '撤销填写' }).click();
    await page.getByText(/已撤销填写/).waitFor();
    expect((await wpsCell(page, '自评表-城乡居民医疗', 14, 7))?.value ?? null).toBeNull();
    // What the add-in remembered lives in the workbook's custom document properties.
    const properties = await page.evaluate(() => Object.keys(window.__fundcheckWps?.model.properties ?? {}));
    expect(properties.every((name) => name.startsWith('FundCheck.'))).toBe(true);
    await page.close();
  });

  it('keeps the scoring settings in the workbook', async () => {
    const page = await openPane(await loadWpsModel('yuepuhu-2020-blank-scores'));
    await page.getByRole('button', { name: '评分设置' }).click();
    await page.getByLabel('得分小数位数').selectOption('1');
    await page.getByText('评分设置已保存').waitFor();
    const saved = await page.evaluate(() => window.__fundcheckWps?.model.properties['FundCheck.settings#1']);
    expect(JSON.parse(String(saved))).toEqual({ preset: 'default', decimals: 1 });
    await shot(page, 'wps-pane-settings.png');
    await page.close();
  });

  it('opens the pane from the ribbon: the entry page defines the callbacks ribbon.xml names', async () => {
    const page = await context.newPage();
    await page.addInitScript(`window.__FUNDCHECK_WPS_MODEL__ = ${JSON.stringify(await loadWpsModel('hami-2019'))};\n${fakeWps}`);
    await page.goto(`${server.origin}/index.html`);
    const ribbonXml = await (await page.request.get(`${server.origin}/ribbon.xml`)).text();
    const callbacks = [...ribbonXml.matchAll(/"ribbon\.(\w+)"/g)].map((m) => m[1]);
    expect(
      await page.evaluate(
        (names) => names.filter((n) => typeof (window as unknown as { ribbon: Record<string, unknown> }).ribbon?.[n] !== 'function'),
        callbacks,
      ),
    ).toEqual([]);
    await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): void } }).ribbon.OnAction({ Id: 'btnFundCheckPane' }));
    const panes = await page.evaluate(() => (window.__fundcheckWps?.application as unknown as { panes: { url: string; Visible: boolean }[] }).panes);
    expect(panes).toEqual([expect.objectContaining({ url: `${server.origin}/taskpane.html`, Visible: true })]);
    await page.close();
  });

  it('explains in Chinese when the pane is opened outside WPS', async () => {
    const page = await openPane(null);
    await page
      .getByRole('alert')
      .getByText(/需要在 WPS 表格中打开/)
      .waitFor();
    await shot(page, 'wps-pane-outside-wps.png');
    await page.close();
  });

  it('says so in Chinese on a WPS whose built-in browser is too old for the pane, instead of a blank pane', async () => {
    const page = await context.newPage();
    // Such a browser cannot parse es2020-probe.js (optional chaining, ??): served here as a script that fails to parse.
    await page.route('**/es2020-probe.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'window.__fundcheckModernJs = ;' }));
    await page.addInitScript(`window.__FUNDCHECK_WPS_MODEL__ = ${JSON.stringify(await loadWpsModel('hami-2019'))};\n${fakeWps}`);
    await page.goto(`${server.origin}/taskpane.html`);
    await page
      .getByRole('alert')
      .getByText(/内置的浏览器过旧.*fundcheck/)
      .waitFor();
    await expect(page.getByRole('button', { name: '一键核对' }).count()).resolves.toBe(0);
    await shot(page, 'wps-pane-old-wps.png');
    await page.close();
  });

  it('is built as a deployable folder: every file the README lists, and the offline jsplugins entry naming the folder', () => {
    const { wpsAddinDir } = built();
    const readme = fs.readFileSync(path.join(ROOT, 'docs', 'wps-addin.md'), 'utf8');
    const section = readme;
    const files = [
      'index.html',
      'ribbon.js',
      'ribbon.xml',
      'manifest.xml',
      'taskpane.html',
      'taskpane.js',
      'analysisWorker.js',
      'es2020-probe.js',
      'pane-check.js',
      'help.html',
      'assets/icon-32.png',
      'assets/icon.svg',
    ];
    expect(files.filter((f) => !fs.existsSync(path.join(wpsAddinDir, f)))).toEqual([]);
    expect(files.filter((f) => !section.includes(f))).toEqual([]);
    // The ribbon's script runs in the page WPS loads at start-up, maybe an older browser than the pane's: ES2017 at most.
    const ribbon = fs.readFileSync(path.join(wpsAddinDir, 'ribbon.js'), 'utf8');
    expect(() => parse(ribbon, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
    expect(fs.readFileSync(path.join(wpsAddinDir, 'assets', 'icon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
    const entry = fs.readFileSync(path.join(wpsAddinDir, '..', 'jsplugins.offline.xml'), 'utf8');
    expect(entry).toContain(`url="${path.basename(wpsAddinDir)}"`);
  });

  it('made no request beyond the add-in’s own files', () => {
    expect(foreignRequests).toEqual([]);
  });
});
