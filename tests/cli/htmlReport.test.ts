import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { memoryIo } from '../../src/cli/io';
import { htmlReport } from '../../src/cli/htmlReport';
import type { ReportJson } from '../../src/core';
import { fixture, tempDir } from './helpers/testWorkbooks';

async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

/** A report of one finding whose texts are markup, as a hostile workbook could name its sheet and cells. */
function hostile(): ReportJson {
  return {
    version: 1,
    workbook: '<img src=x onerror=alert(1)>.xlsx',
    summary: { tables: 1, errors: 1, warnings: 0, infos: 0, fills: 0, review: 0, conflicts: 0, skipped: 0 },
    tables: [{ sheet: '表<script>', range: 'A1:C9', kind: 'fund-balance', title: '"><b>标题</b>' }],
    findings: [
      {
        sheet: '表<script>',
        cell: 'B3',
        severity: 'error',
        rule: 'sum',
        stated: '1,240',
        expected: '1200',
        message: '合计 </td><script>alert(2)</script>',
        related: ['B1', 'B2'],
      },
      { sheet: '表<script>', cell: 'K40', severity: 'warning', rule: 'notANumber', stated: 'x', expected: null, message: '表格以外', related: [] },
    ],
    fills: [],
    conflicts: [],
    skipped: [],
    review: [],
    indicators: [],
  };
}

describe('htmlReport', () => {
  const page = htmlReport(
    [
      { file: 'a/<b>.xlsx', report: hostile() },
      { file: '坏的.xlsx', failure: '文件已损坏 <corrupt>' },
    ],
    new Date(2026, 11, 8, 9, 5),
  );

  it('escapes every text a workbook gives: no markup of its own reaches the page', () => {
    expect(page).not.toMatch(/<script>alert|<img src=x|<b>标题|<b>\.xlsx|<corrupt>/);
    expect(page).toContain('合计 &lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(page).toContain('a/&lt;b&gt;.xlsx');
    // The page's own script is its only one, and it loads nothing.
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/https?:\/\/|src=["']/);
  });

  it('groups a sheet’s findings by the table holding them, the others apart, and states the difference of a sum', () => {
    const table = page.indexOf('&quot;&gt;&lt;b&gt;标题&lt;/b&gt; · 收支余情况表 · A1:C9');
    const outside = page.indexOf('表格以外');
    expect(table).toBeGreaterThan(0);
    expect(outside).toBeGreaterThan(table);
    expect(page).toContain('相差 <span class="value">+40</span>');
    expect(page).toContain('生成于 2026-12-08 09:05 · 共 2 个文件');
    expect(page).toContain('无法读取：文件已损坏 &lt;corrupt&gt;');
  });
});

describe('fundcheck check --html', () => {
  const dir = tempDir();

  it('writes the summary beside the usual output, and never over an input', async () => {
    const out = path.join(dir, '汇总.html');
    const { code, out: printed } = await run('check', fixture('hami-2019.xlsx'), '--html', out);
    expect(code).toBe(1);
    expect(printed).toContain('G4');
    expect(printed).toContain(`已写出核对汇总 → ${out}`);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('hami-2019.xlsx');
    expect(html).toContain('<th scope="row" class="cell">G4</th>');

    const copy = path.join(dir, 'same.html');
    fs.writeFileSync(copy, 'mine');
    const refused = await run('check', copy, '--html', copy);
    expect(refused.code).toBe(2);
    expect(fs.readFileSync(copy, 'utf8')).toBe('mine');
  });

  it('refuses --html with --annotate, and an output that is not .html', async () => {
    expect((await run('check', fixture('hami-2019.xlsx'), '--html', path.join(dir, 'x.html'), '--annotate', path.join(dir, 'x.xlsx'))).err).toContain(
      '--html 不能与 --annotate 同用',
    );
    expect((await run('check', fixture('hami-2019.xlsx'), '--html', path.join(dir, 'x.xlsx'))).err).toContain('应以 .html 结尾');
  });
});
