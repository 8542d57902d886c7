import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { memoryIo } from '../../src/cli/io';
import { pairReports } from '../../src/cli/checkReport';
import { ZipPackage } from '../../src/cli/xlsx/ZipPackage';
import { fixture, tempDir } from './helpers/testWorkbooks';

async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');

describe('fundcheck check with a report’s text', () => {
  const dir = tempDir();
  const report = path.join(dir, '巴州报告.txt');
  fs.copyFileSync(path.join(SEEDS, '000_f2c12bc729b6a43d.txt'), report);

  it('checks the text with its workbook in either order, and names the paragraph, the sentence and the figure', async () => {
    for (const argv of [
      [report, fixture('bazhou-2020.xlsx')],
      [fixture('bazhou-2020.xlsx'), report],
    ]) {
      const { code, out } = await run('check', ...argv);
      expect(code).toBe(1);
      expect(out).toContain('■ 巴州报告.txt + bazhou-2020.xlsx');
      expect(out).toContain('报告正文「巴州报告.txt」');
      expect(out).toMatch(/第45段\s+警告\s+同一数字在两处不一致：第15段“29\.84%” 与 第45段“29\.83%”.*可能一处四舍五入、一处截断/);
      expect(out).toContain('下降 【29.83%】');
    }
  });

  it('gives the text’s place in the JSON report', async () => {
    const { out } = await run('check', report, '--json');
    const json = JSON.parse(out);
    const slip = json.findings.find((f: { severity: string; text?: { paragraph: number } }) => f.text?.paragraph === 47 && f.severity === 'error');
    expect(slip.text.document).toBe('巴州报告.txt');
    expect(slip.text.quote.slice(slip.text.start, slip.text.end)).toBe('5552 万元');
    expect(slip.expected).toBe('5522');
  });

  it('reads a GB18030 text file as a Chinese Windows editor saves it', async () => {
    // tests/data/report-gb18030.txt (made with Python's gb18030 codec): 工伤 收入 4326 万元，其中：利息收入 5000 万元.
    const { out } = await run('check', path.resolve(__dirname, '../data/report-gb18030.txt'));
    expect(out).toMatch(/第1段\s+错误\s+“其中”项 工伤 2020年利息收入 大于其所属项目 工伤 2020年收入/);
  });

  it('reads a Word file as LibreOffice writes it: headings by style, the table inside it checked against the text', async () => {
    const { code, out } = await run('check', path.resolve(__dirname, '../data/reports/libreoffice-report.docx'));
    expect(code).toBe(1);
    // The table's 4362 against the sentence's 4326 (whose 其中 and 减少 2813, 下降 39.40% agree with 4326).
    expect(out).toContain('libreoffice-report.docx 表1!A2:C4  收支余情况表「2020年工伤保险基金收支表（万元）」');
    expect(out).toMatch(/工作表「libreoffice-report\.docx 表1」\n\s+B3\s+错误\s+同一数字在两处不一致/);
    expect(out).toMatch(/填报 4362；应为 4326\n/);
    // The sentence is named in the message (第3段“4326 万元”), not as the text's sheet cell.
    expect(out).not.toContain('libreoffice-report.docx!A');
    // The heading （三）工伤保险基金 says whose ¶3's figures are (it names no fund): its 29.84% against ¶6's 29.83%.
    expect(out).toMatch(/第6段\s+警告\s+同一数字在两处不一致：第3段“29\.84%” 与 第6段“29\.83%”/);
  });

  it('annotates a copy of the Word report: the figure highlighted with a comment, every other part byte for byte', async () => {
    const input = path.resolve(__dirname, '../data/reports/libreoffice-report.docx');
    const out = path.join(dir, 'marked.docx');
    const before = fs.readFileSync(input);
    const { code, out: printed } = await run('check', '--annotate', out, input);
    expect(code).toBe(1);
    expect(printed).toContain(`已在 ${out} 中为 1 处数字加上批注和底色`);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const [a, b] = [await ZipPackage.open(input), await ZipPackage.open(out)];
    try {
      const changed = new Set(['word/document.xml', 'word/_rels/document.xml.rels', '[content_types].xml']);
      for (const entry of a.entries) {
        const name = entry.fileName;
        expect(b.has(name)).toBe(true);
        if (!changed.has(name.toLowerCase())) expect((await b.buffer(name)).equals(await a.buffer(name))).toBe(true);
      }
      const document = (await b.buffer('word/document.xml')).toString('utf8');
      expect(document).toMatch(/<w:commentRangeStart w:id="0"\/><w:r><w:rPr>(<[^>]+>)*<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">29\.83%<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/);
      // The text around the figure is kept, split into runs of their own.
      expect(document.replace(/<[^>]+>/g, '')).toContain('全年工伤保险基金支出 8858 万元，较上年减少 3767 万元，下降 29.83%。');
      expect((await b.buffer('word/comments.xml')).toString('utf8')).toMatch(/<w:comment w:id="0" w:author="FundCheck"[^>]*>.*警告：同一数字在两处不一致：第3段“29\.84%” 与 第6段“29\.83%”/);
      expect((await b.buffer('word/_rels/document.xml.rels')).toString('utf8')).toMatch(/relationships\/comments" Target="comments\.xml"/);
      expect((await b.buffer('[Content_Types].xml')).toString('utf8')).toContain('PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"');
    } finally {
      a.close();
      b.close();
    }
    // Never over its input.
    const again = await run('check', '--annotate', input, input);
    expect(again.code).toBe(2);
  });

  it('refuses an old .doc, a damaged or renamed .docx, with a Chinese reason and exit 2, the other files still checked', async () => {
    const doc = path.join(dir, '报告.doc');
    const docx = path.join(dir, '报告.docx');
    const renamed = path.join(dir, '改名.docx');
    fs.writeFileSync(doc, 'x');
    fs.writeFileSync(docx, Buffer.from('PK\u0003\u0004broken'));
    fs.writeFileSync(renamed, '这是文字');
    const { code, err, out } = await run('check', doc, docx, renamed, fixture('hami-2019.xlsx'));
    expect(code).toBe(2);
    expect(err).toMatch(/报告\.doc：这是旧版 Word 文档（\.doc），无法读取/);
    expect(err).toMatch(/报告\.docx：Word 文档已损坏或不完整，无法读取/);
    expect(err).toMatch(/改名\.docx：不是 Word 文档（\.docx），文件可能已损坏或只是改了扩展名/);
    expect(out).toContain('hami-2019.xlsx');
  });
});

describe('pairReports', () => {
  it('pairs one report with one workbook in any order; with more, by the longest common beginning of their names', () => {
    expect(pairReports(['a.xlsx', 'r.txt'])).toEqual([{ report: 'r.txt', workbook: 'a.xlsx' }]);
    expect(pairReports(['巴州附表.xlsx', '哈密附表.xlsx', '哈密报告.txt', '巴州报告.txt', '其他.xlsx'])).toEqual([
      { report: '哈密报告.txt', workbook: '哈密附表.xlsx' },
      { report: '巴州报告.txt', workbook: '巴州附表.xlsx' },
      { workbook: '其他.xlsx' },
    ]);
    expect(pairReports(['x报告.txt', 'a.xlsx', 'b.xlsx'])).toEqual([{ report: 'x报告.txt' }, { workbook: 'a.xlsx' }, { workbook: 'b.xlsx' }]);
  });
});
