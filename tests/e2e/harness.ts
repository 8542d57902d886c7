import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { WorkbookModel } from '../hosts/excel/simulated/fake/WorkbookModel';
import { serveDirectory } from './staticServer';

export const ROOT = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const WIDTH = 320;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Pane {
  /** Open the pane with the simulated Office.js preloaded with `model` (or, with null, Office.js blocked). */
  open(model: WorkbookModel | null, options?: { initScript?: string; waitFor?: string }): Promise<Page>;
  /** Every request the pane made that was neither its own files nor Office.js: must stay empty. */
  foreignRequests: string[];
  close(): Promise<void>;
}

/** What globalSetup.js built: the Excel pane, the WPS add-in folder and the two simulated hosts. */
export interface Built {
  distDir: string;
  fakeOffice: string;
  wpsAddinDir: string;
  fakeWps: string;
}

export function built(): Built {
  return JSON.parse(fs.readFileSync(path.join(ARTIFACTS, 'e2e', 'built.json'), 'utf8')) as Built;
}

/** Debian's Chromium, headless, at the task pane's 320 px, in a fresh profile and with no background traffic. */
export function launchChromium(): Promise<BrowserContext> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: WIDTH, height: 900 },
    locale: 'zh-CN',
  });
}

/** The built pane (globalSetup.js) served on a local port, in Debian's Chromium at the task pane's 320 px. */
export async function launchPane(): Promise<Pane> {
  const { distDir, fakeOffice: fakeOfficeFile } = built();
  const fakeOffice = fs.readFileSync(fakeOfficeFile, 'utf8');
  const server = await serveDirectory(distDir);
  const context = await launchChromium();
  const foreignRequests: string[] = [];
  return {
    foreignRequests,
    async open(model, options = {}) {
      const page = await context.newPage();
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) {
          if (!model) return route.abort(); // an intranet that blocks Microsoft's CDN
          return route.fulfill({ contentType: 'text/javascript', body: `window.__FUNDCHECK_MODEL__ = ${JSON.stringify(model)};\n${fakeOffice}` });
        }
        if (url.startsWith(server.origin) || url.startsWith('data:')) return route.continue();
        foreignRequests.push(url);
        return route.abort();
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      if (options.initScript) await page.addInitScript(options.initScript);
      await page.goto(`${server.origin}/taskpane.html`);
      if (options.waitFor !== '') await page.getByRole('button', { name: options.waitFor ?? '一键核对' }).waitFor();
      expect(errors).toEqual([]);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
    },
  };
}

export const hostCell = (page: Page, sheet: string, row: number, col: number) =>
  page.evaluate(([s, k]) => window.__fundcheckHost?.model.sheets.find((x) => x.name === s)?.cells[k] ?? null, [sheet, `${row},${col}`] as const);

export async function noHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(WIDTH);
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage, animations: 'disabled' });
}

/**
 * A screenshot the docs show (docs/<name>.png): taken like the others, and copied into docs/ only when missing or
 * on request (UPDATE_SCREENSHOT=1), so a test run leaves no tracked file modified.
 */
export async function docsScreenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await screenshot(page, name, fullPage);
  const target = path.join(ROOT, 'docs', `${name}.png`);
  if (process.env.UPDATE_SCREENSHOT === '1' || !fs.existsSync(target)) fs.copyFileSync(path.join(ARTIFACTS, `${name}.png`), target);
}
