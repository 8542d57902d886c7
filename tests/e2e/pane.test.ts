import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { WorkbookModel } from '../hosts/excel/simulated/fake/WorkbookModel';
import { loadWorkbookModel } from '../hosts/excel/simulated/loadWorkbookModel';
import { serveDirectory } from './staticServer';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WIDTH = 320;

let context: BrowserContext;
let server: { origin: string; close: () => Promise<void> };
let fakeOffice: string;
/** Every request the pane made that was neither its own files nor Office.js: must stay empty. */
const foreignRequests: string[] = [];

beforeAll(async () => {
  const built = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'build-bundles.js')], { encoding: 'utf8' })) as { distDir: string; fakeOffice: string };
  fakeOffice = fs.readFileSync(built.fakeOffice, 'utf8');
  server = await serveDirectory(built.distDir);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: WIDTH, height: 900 },
    locale: 'zh-CN',
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** Open the pane with the simulated Office.js (preloaded with the model) served in place of the CDN script. */
async function openPane(model: WorkbookModel): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      return route.fulfill({ contentType: 'text/javascript', body: `window.__FUNDCHECK_MODEL__ = ${JSON.stringify(model)};\n${fakeOffice}` });
    }
    if (url.startsWith(server.origin) || url.startsWith('data:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole('button', { name: '一键核对' }).waitFor();
  expect(errors).toEqual([]);
  return page;
}

const hostCell = (page: Page, sheet: string, row: number, col: number) =>
  page.evaluate(([s, k]) => window.__fundcheckHost?.model.sheets.find((x) => x.name === s)?.cells[k] ?? null, [sheet, `${row},${col}`] as const);

async function noHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(WIDTH);
}

describe('the task pane in Chromium over the simulated Excel host', () => {
  it('checks hami-2019, lists the G4 error, marks it and selects it when clicked', async () => {
    const page = await openPane(await loadWorkbookModel('hami-2019'));
    await page.getByRole('button', { name: '一键核对' }).click();
    const g4 = page.locator('[data-cell="收支分析表!G4"]');
    await g4.waitFor();
    await expect(g4.textContent()).resolves.toContain('错误');
    await page.getByText('核对完成').waitFor();
    await expect(page.getByTestId('summaryErrors').textContent()).resolves.toContain('1');
    expect((await hostCell(page, '收支分析表', 3, 6))?.fill?.color).toBe('#FFC7CE');
    await noHorizontalScroll(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-hami-2019.png'), fullPage: true, animations: 'disabled' });
    // The README's picture: refreshed on request only, so a test run does not leave a tracked file modified.
    const docsShot = path.join(ROOT, 'docs/screenshot-pane.png');
    if (process.env.UPDATE_SCREENSHOT === '1' || !fs.existsSync(docsShot)) {
      fs.mkdirSync(path.dirname(docsShot), { recursive: true });
      fs.copyFileSync(path.join(ARTIFACTS, 'pane-hami-2019.png'), docsShot);
    }

    await g4.click();
    await page.waitForFunction(() => window.__fundcheckHost?.model.selection?.address === 'G4');
    expect(await page.evaluate(() => window.__fundcheckHost?.model.selection)).toEqual({ sheet: '收支分析表', address: 'G4' });

    // Keyboard: the consequence toggle and the findings are reachable and work with Enter / Space.
    const toggle = page.getByRole('button', { name: /连带问题/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const consequence = page.locator('[data-cell="收支分析表!G12"]');
    await consequence.waitFor();
    await consequence.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => window.__fundcheckHost?.model.selection?.address === 'G12');
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-hami-2019-consequences.png'), fullPage: true, animations: 'disabled' });

    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText(/已清除/).waitFor();
    expect((await hostCell(page, '收支分析表', 3, 6))?.fill ?? null).toBeNull();
    await page.close();
  });

  it('fills the 得分 of the blank-scores workbook and undoes it', async () => {
    const page = await openPane(await loadWorkbookModel('yuepuhu-2020-blank-scores'));
    expect((await hostCell(page, '自评表-城乡居民医疗', 14, 7))?.value ?? null).toBeNull();
    await page.getByRole('button', { name: '填写得分' }).click();
    await page.getByText(/已填写 \d+ 个单元格/).waitFor();
    expect((await hostCell(page, '自评表-城乡居民医疗', 14, 7))?.value).toBe(5.49);
    expect((await hostCell(page, '自评表-城乡居民养老', 12, 7))?.value).toBe(5.9);
    await noHorizontalScroll(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-blank-scores-filled.png'), fullPage: true, animations: 'disabled' });

    await page.getByRole('button', { name: '撤销填写' }).click();
    await page.getByText(/已撤销填写/).waitFor();
    expect((await hostCell(page, '自评表-城乡居民医疗', 14, 7))?.value ?? null).toBeNull();
    await page.close();
  });

  it('tells the user, in Chinese, which cells of a protected sheet were not written', async () => {
    const model = await loadWorkbookModel('yuepuhu-2020-blank-scores');
    model.sheets.find((s) => s.name === '自评表-城乡居民养老')!.protected = true;
    const page = await openPane(model);
    await page.getByRole('button', { name: '填写得分' }).click();
    await page.getByText(/受保护的工作表中不允许修改/).waitFor();
    expect((await hostCell(page, '自评表-城乡居民养老', 12, 7))?.value ?? null).toBeNull();
    expect((await hostCell(page, '自评表-城乡居民医疗', 14, 7))?.value).toBe(5.49);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-protected.png'), fullPage: true, animations: 'disabled' });
    await page.close();
  });

  it('asks before overwriting a typed 得分 and can fill only the blanks', async () => {
    const model = await loadWorkbookModel('yuepuhu-2020-blank-scores');
    model.sheets.find((s) => s.name === '自评表-城乡居民医疗')!.cells['14,7'] = { value: 5, numberFormat: '0.00' };
    const page = await openPane(model);
    await page.getByRole('button', { name: '填写得分' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('自评表-城乡居民医疗!H15');
    await noHorizontalScroll(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-confirm-overwrite.png'), animations: 'disabled' });
    await dialog.getByRole('button', { name: '只填空白单元格' }).click();
    await page.getByText(/已填写 \d+ 个单元格/).waitFor();
    expect((await hostCell(page, '自评表-城乡居民医疗', 14, 7))?.value).toBe(5);
    expect((await hostCell(page, '自评表-城乡居民医疗', 13, 7))?.value).toBe(5.5);
    await page.close();
  });

  it('keeps the scoring settings in the workbook', async () => {
    const page = await openPane(await loadWorkbookModel('yuepuhu-2020-blank-scores'));
    await page.getByRole('button', { name: '评分设置' }).click();
    await page.getByLabel('得分小数位数').selectOption('1');
    await page.getByText('评分设置已保存').waitFor();
    const saved = await page.evaluate(() => window.__fundcheckHost?.model.settings['FundCheck.settings']);
    expect(JSON.parse(String(saved))).toEqual({ preset: 'default', decimals: 1 });
    await noHorizontalScroll(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-settings.png'), fullPage: true, animations: 'disabled' });
    await page.close();
  });

  it('made no request beyond its own files and Office.js', () => {
    expect(foreignRequests).toEqual([]);
  });
});
