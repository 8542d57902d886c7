import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { memoryIo } from '../../src/cli/io';
import { fixture, tempDir } from './helpers/testWorkbooks';

async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('fundcheck check: unreadable files', () => {
  const dir = tempDir();
  const real = fixture('bazhou-2020.xlsx');
  const bytes = fs.readFileSync(real);
  const files = {
    missing: path.join(dir, 'missing.xlsx'),
    empty: path.join(dir, 'empty.xlsx'),
    truncated: path.join(dir, 'truncated.xlsx'),
    text: path.join(dir, 'notes.xlsx'),
    directory: path.join(dir, 'folder.xlsx'),
  };
  fs.writeFileSync(files.empty, '');
  fs.writeFileSync(files.truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  fs.writeFileSync(files.text, '这不是表格 just text\n');
  fs.mkdirSync(files.directory);

  it.each([
    ['missing', files.missing, /文件不存在 \(file not found\)/],
    ['empty', files.empty, /文件为空 \(empty file\)/],
    ['truncated', files.truncated, /文件已损坏或不完整，无法读取 \(damaged or truncated \.xlsx\)/],
    ['text renamed .xlsx', files.text, /不是 \.xlsx 文件 \(not an \.xlsx file\)/],
    ['directory', files.directory, /是一个目录.*\(is a directory\)/],
  ])('a %s file gives exit 2 and one stderr line naming the file and the reason', async (_label, file, reason) => {
    const { code, out, err } = await run('check', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    const lines = err.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(reason);
    expect(err).not.toMatch(/\bat \S+ \(|Error:/); // no stack trace
  });

  it('checks the readable files of a batch and prints a JSON array', async () => {
    const { code, out, err } = await run('check', fixture('bazhou-2020.xlsx'), files.empty, fixture('hami-2019.xlsx'), '--json');
    expect(code).toBe(2);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    const reports = JSON.parse(out);
    expect(Array.isArray(reports)).toBe(true);
    // The unreadable file keeps its place, as an entry with its reason; each entry names its file as given.
    expect(reports.map((r: { file: string }) => r.file)).toEqual([fixture('bazhou-2020.xlsx'), files.empty, fixture('hami-2019.xlsx')]);
    expect(reports[1]).toEqual({ version: 1, file: files.empty, error: expect.stringContaining('文件为空') });
    for (const r of [reports[0], reports[2]]) expect(r).toEqual(expect.objectContaining({ version: 1, tables: expect.any(Array), findings: expect.any(Array) }));
  });
});

describe('fundcheck check: output and exit codes', () => {
  it('prints one JSON object for one file', async () => {
    const { out } = await run('check', fixture('hami-2019.xlsx'), '--json');
    const report = JSON.parse(out);
    expect(Array.isArray(report)).toBe(false);
    expect(report.workbook).toBe('hami-2019.xlsx');
  });

  it('exits 1 exactly when an error is reported, 0 otherwise', async () => {
    for (const name of ['bazhou-2020.xlsx', 'yuepuhu-2020.xlsx']) {
      const { code, out } = await run('check', fixture(name), '--json');
      const errors = JSON.parse(out).findings.filter((f: { severity: string }) => f.severity === 'error').length;
      expect(code).toBe(errors > 0 ? 1 : 0);
    }
  });

  it('prints each finding in Chinese with its cell, severity, stated and expected value, then a summary', async () => {
    const { out: json } = await run('check', fixture('bazhou-2020.xlsx'), '--json');
    const { out } = await run('check', fixture('bazhou-2020.xlsx'));
    const report = JSON.parse(json);
    expect(out).toContain('■ bazhou-2020.xlsx');
    for (const f of report.findings) {
      const word = { error: '错误', warning: '警告', info: '提示' }[f.severity as string];
      expect(out).toMatch(new RegExp(`${f.cell}\\s+${word}`));
      if (f.expected !== null) expect(out).toContain(`应为 ${f.expected}`);
    }
    expect(out).toMatch(/小结: 识别表格 \d+ 个，错误 \d+ 处，警告 \d+ 处，提示 \d+ 处，可填写单元格 \d+ 个，待人工评定 \d+ 项/);
  });
});

describe('fundcheck: usage', () => {
  it.each([
    [['frobnicate', 'a.xlsx'], /未知命令.*frobnicate/],
    [['check', '--colour', 'a.xlsx'], /未知选项.*--colour/],
    [['check'], /缺少文件/],
    [[], /缺少命令/],
    [['fill', 'a.xlsx'], /--out/],
    [['check', '--out', 'x.xlsx', 'a.xlsx'], /--out.*check/],
    [['check', '--annotate', 'o.xlsx', 'a.xlsx', 'b.xlsx'], /一个文件/],
  ])('%j is bad usage: usage text on stderr, exit 2', async (argv, message) => {
    const { code, out, err } = await run(...(argv as string[]));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toContain('用法 (usage)');
  });

  it('--help prints the usage on stdout, exit 0', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('fundcheck fill FILE --out OUT.xlsx');
  });

  it('an unknown --policy names the valid presets, exit 2, before reading any file', async () => {
    const { code, err } = await run('fill', 'does-not-exist.xlsx', '--out', path.join(tempDir(), 'o.xlsx'), '--policy', 'nonesuch');
    expect(code).toBe(2);
    expect(err).toMatch(/未知的评分规则 "nonesuch"/);
    expect(err).toContain('default');
    expect(err).not.toContain('文件不存在');
  });
});

describe('fundcheck: never writes over the input', () => {
  it('refuses --annotate onto the input path, even spelled differently', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.xlsx');
    fs.copyFileSync(fixture('bazhou-2020.xlsx'), input);
    const before = fs.readFileSync(input);
    const spelled = `${dir}/./sub/../in.xlsx`; // not normalised: the CLI must resolve it
    const { code, err } = await run('check', '--annotate', spelled, input);
    expect(code).toBe(2);
    expect(err).toMatch(/拒绝写入.*refusing to write over the input file/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('refuses fill --out onto the input through a symlink', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.xlsx');
    fs.copyFileSync(fixture('bazhou-2020.xlsx'), input);
    fs.symlinkSync(input, path.join(dir, 'link.xlsx'));
    const { code, err } = await run('fill', input, '--out', path.join(dir, 'link.xlsx'));
    expect(code).toBe(2);
    expect(err).toContain('拒绝写入');
  });

  it('reports a copy that cannot be written with exit 2', async () => {
    const out = path.join(tempDir(), 'no-such-dir', 'out.xlsx');
    const { code, err } = await run('fill', fixture('bazhou-2020.xlsx'), '--out', out);
    expect(code).toBe(2);
    expect(err).toMatch(/无法写入.*out\.xlsx/);
  });
});
