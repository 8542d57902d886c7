import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { memoryIo } from '../../src/cli/io';
import type { ReportJson } from '../../src/core';
import { generateFactCase } from '../core/generalisation/facts/factCase';
import { writeXlsx } from '../core/generalisation/generator/libreOfficeSamples';
import { ARTIFACTS, launchChromium, ROOT } from './harness';

/**
 * `fundcheck check … --html`: the summary a reviewer opens, in Chromium. A run over the seeds' workbooks (the shared
 * fixtures), an unreadable file and 200 generated county workbooks (the fact generator's, each with one mistake,
 * rounding traps or nothing): the page must say what the JSON report of the same run says, file by file, work
 * offline (no request but the page itself), sort and filter, and read at 1280 and 375 px without a page-wide
 * horizontal scroll or a console error.
 */
const FIXTURES = path.resolve(ROOT, '../shared/fixtures');
const COUNTIES = 200;

let context: BrowserContext;
let dir: string;
let files: string[];
let reports: ReportJson[];
let html: string;

beforeAll(async () => {
  // Run from a folder of the reviewer's, with the paths as a reviewer types them (relative).
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fundcheck-html-'));
  const fixtures = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  for (const f of fixtures) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  const broken = '损坏的<县>.xlsx';
  fs.writeFileSync(path.join(dir, broken), 'PK\x03\x04 not a workbook');
  fs.mkdirSync(path.join(dir, 'counties'));
  const counties: string[] = [];
  for (let seed = 1; seed <= COUNTIES; seed++) {
    const file = `counties/county-${String(seed).padStart(3, '0')}.xlsx`;
    await writeXlsx(generateFactCase(seed).workbook, path.join(dir, file));
    counties.push(file);
  }
  files = [...fixtures, broken, ...counties];
  html = path.join(dir, '汇总.html');
  const io = memoryIo();
  const cwd = process.cwd();
  process.chdir(dir);
  let code: number;
  try {
    code = await main(['check', ...files, '--json', '--html', '汇总.html', '--jobs', '1'], io);
  } finally {
    process.chdir(cwd);
  }
  expect(code).toBe(2); // the unreadable file
  // The JSON names every file; the unreadable one's entry holds its reason in its place.
  const entries = JSON.parse(io.out) as (ReportJson & { error?: string })[];
  expect(entries.length).toBe(files.length);
  expect(entries[5].error).toMatch(/[\u4e00-\u9fa5]/);
  reports = entries.filter((e) => !e.error);
  expect(reports.length).toBe(files.length - 1);
  context = await launchChromium();
}, 300_000);

afterAll(async () => {
  await context?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function open(width: number): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${html}`);
  return { page, errors, requests };
}

describe('the HTML summary of a batch', () => {
  it('lists every file with what its JSON report says, the unreadable one with its reason, and charts the errors', async () => {
    const { page, errors, requests } = await open(1280);
    const rows = page.locator('#files tbody tr');
    await expect(rows.count()).resolves.toBe(files.length);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (td) => td.textContent ?? '')));
    // Rows in the files' order; the broken file is the sixth (after the five fixtures), named as given.
    const byFile = new Map(cells.map((c) => [c[0], c]));
    expect(cells.map((c) => c[0])).toEqual(files);
    expect(byFile.get(files[5])![6]).toContain('无法读取');
    const readable = files.filter((_, i) => i !== 5);
    readable.forEach((file, i) => {
      const row = byFile.get(file)!;
      const summary = reports[i].summary;
      expect([row[1], row[2], row[3], row[4]].map(Number)).toEqual([summary.tables, summary.errors, summary.warnings, summary.fills]);
    });
    // hami-2019's one error, by its truth file: G4.
    const hami = page.locator('details', { hasText: 'hami-2019.xlsx' });
    await expect(hami.locator('tr.error th').allTextContents()).resolves.toEqual(['G4']);
    await expect(hami.textContent()).resolves.toContain('相差 −541');
    // Each file's errors listed under it, as many as its report has.
    const listed = await page.locator('details.file').evaluateAll((ds) => ds.map((d) => d.querySelectorAll('tr.error').length));
    expect(listed).toEqual(files.map((f, i) => (i === 5 ? 0 : reports[i < 5 ? i : i - 1].summary.errors)));
    // The chart by rule counts every error once.
    const total = reports.reduce((n, r) => n + r.summary.errors, 0);
    expect(total).toBeGreaterThan(50);
    const ruleBars = await page.locator('.charts figure').first().locator('g > text:last-of-type').allTextContents();
    expect(ruleBars.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
    // Offline: the page itself is the only request.
    expect(requests.length).toBe(1);
    expect(requests[0].startsWith('file://')).toBe(true);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-summary-1280.png'), fullPage: false });
    await page.close();
  });

  it('sorts by a column and filters by name or by errors', async () => {
    const { page, errors } = await open(1280);
    const errorsColumn = async () => (await page.locator('#files tbody tr:not([hidden]) td:nth-child(3)').allTextContents()).map(Number);
    await page.getByRole('button', { name: '错误' }).click();
    const ascending = await errorsColumn();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.getByRole('button', { name: '错误' }).click();
    const descending = await errorsColumn();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await expect(page.locator('th[aria-sort="descending"]').textContent()).resolves.toContain('错误');
    await page.getByLabel('筛选文件名').fill('hami');
    await expect(page.locator('#files tbody tr:not([hidden])').count()).resolves.toBe(1);
    await page.getByLabel('筛选文件名').fill('');
    await page.getByLabel('只看有错误的文件').check();
    const shown = await errorsColumn();
    expect(shown.length).toBe(reports.filter((r) => r.summary.errors > 0).length);
    expect(shown.every((n) => n > 0)).toBe(true);
    // A file's name jumps to its findings and unfolds them.
    await page.getByLabel('只看有错误的文件').uncheck();
    await page.locator('#files a', { hasText: 'yuepuhu-2020.xlsx' }).first().click();
    await expect(page.locator('details', { hasText: 'yuepuhu-2020.xlsx' }).first().getAttribute('open')).resolves.not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads on a phone (375 px): no page-wide horizontal scroll, the wide table scrolls in its own box', async () => {
    const { page, errors } = await open(375);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-summary-375.png'), fullPage: false });
    expect(errors).toEqual([]);
    // The README's pictures: refreshed on request only, so a test run leaves no tracked file modified.
    for (const name of ['html-summary-1280.png', 'html-summary-375.png']) {
      const shot = path.join(ROOT, 'docs', name);
      if (process.env.UPDATE_SCREENSHOT === '1' || !fs.existsSync(shot)) fs.copyFileSync(path.join(ARTIFACTS, name), shot);
    }
    await page.close();
  });
});
