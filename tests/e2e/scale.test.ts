import type { Page } from 'playwright-core';
import type { WorkbookModel } from '../hosts/excel/simulated/fake/WorkbookModel';
import { loadWorkbookModel } from '../hosts/excel/simulated/loadWorkbookModel';
import { launchPane, noHorizontalScroll, screenshot, type Pane } from './harness';

const SHEETS = 1000;
/** The pane's budget for one task on its thread (the Long Tasks API reports those over 50 ms). */
const MAX_TASK_MS = 100;

let pane: Pane;
let province: WorkbookModel;

beforeAll(async () => {
  pane = await launchPane();
  // A province's county tables in one file: hami-2019's 收支分析表 a thousand times, G4 corrected in all but every
  // hundredth county (the core's own speed at this size is issue 11's; the pane's is what this test measures).
  const hami = await loadWorkbookModel('hami-2019');
  const table = hami.sheets.find((s) => s.name === '收支分析表')!;
  const corrected = structuredClone(table.cells);
  corrected['3,6'] = { ...corrected['3,6'], value: 239551 };
  province = {
    name: 'province.xlsx',
    settings: {},
    sheets: Array.from({ length: SHEETS }, (_, i) => ({ name: `县${i + 1}`, cells: structuredClone(i % 100 === 99 ? table.cells : corrected) })),
  };
});

afterAll(async () => {
  await pane?.close();
});

/** Start recording the page's long tasks (from now on only: loading the test's workbook is not the pane's work). */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}

describe('a workbook of a thousand sheets', () => {
  it('is checked and marked with no task on the pane’s thread over 100 ms, saying what it is doing', async () => {
    const page = await pane.open(province);
    const longTasks = await watchLongTasks(page);
    await page.getByRole('button', { name: '一键核对' }).click();
    await page.getByText(`正在核对 ${SHEETS} 张工作表中的表格…`).waitFor();
    await page.getByText(/核对完成/).waitFor({ timeout: 170_000 });
    await expect(page.getByTestId('summaryErrors').textContent()).resolves.toContain(String(SHEETS / 100));
    expect(await page.evaluate(() => window.__fundcheckHost?.model.sheets[999].cells['3,6'].fill?.color)).toBe('#FFC7CE');
    const tasks = await longTasks();
    console.log(`long tasks during the check of ${SHEETS} sheets (ms): ${JSON.stringify(tasks)}`);
    expect(tasks.filter((d) => d > MAX_TASK_MS)).toEqual([]);
    await noHorizontalScroll(page);
    await screenshot(page, 'pane-1000-sheets');
    await page.close();
  });

  it('can be cancelled while it checks, leaving the workbook as it was', async () => {
    const page = await pane.open(province);
    await page.getByRole('button', { name: '一键核对' }).click();
    await page.getByText(`正在核对 ${SHEETS} 张工作表中的表格…`).waitFor();
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByText('已取消，工作簿未改动。').waitFor();
    expect(await page.evaluate(() => window.__fundcheckHost?.model.sheets.some((s) => Object.values(s.cells).some((c) => c.fill)))).toBe(false);
    await expect(page.getByRole('button', { name: '一键核对' }).isEnabled()).resolves.toBe(true);
    await page.close();
  });
});
