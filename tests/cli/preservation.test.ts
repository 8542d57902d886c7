import * as fs from 'fs';
import * as path from 'path';
import { memoryIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { SEVERITY_FILL } from '../../src/cli/annotateFindings';
import { differences, loadWorkbook, type Allowed } from './helpers/compareWorkbooks';
import { fixture, tempDir, writeGuardedWorkbook } from './helpers/testWorkbooks';

interface Report {
  findings: { sheet: string; cell: string; severity: 'error' | 'warning' | 'info'; message: string }[];
  fills: { sheet: string; cell: string; value: number; numberFormat: string }[];
  conflicts: { sheet: string; cell: string }[];
  skipped: { sheet: string; cell: string; cause: string }[];
}

async function run(...argv: string[]): Promise<{ code: number; report: Report }> {
  const io = memoryIo();
  const code = await main([...argv, '--json'], io);
  expect(io.err).toBe('');
  return { code, report: JSON.parse(io.out) };
}

const allow = (cells: { sheet: string; cell: string }[], parts: ('value' | 'numFmt' | 'fill' | 'note')[]): Allowed =>
  new Map(cells.map((c) => [`${c.sheet}!${c.cell}`, new Set(parts)]));

describe('fill keeps everything it does not write', () => {
  it('on the blank-score fixture, only the reported fill cells change, and only in value and number format', async () => {
    const input = fixture('yuepuhu-2020-blank-scores.xlsx');
    const out = path.join(tempDir(), 'filled.xlsx');
    const { code, report } = await run('fill', input, '--out', out);
    expect(code).toBe(0);
    const [before, after] = [await loadWorkbook(input), await loadWorkbook(out)];
    expect(differences(before, after, allow(report.fills, ['value', 'numFmt']))).toEqual([]);
    for (const f of report.fills) {
      const cell = after.getWorksheet(f.sheet)!.getCell(f.cell);
      expect(cell.value).toBe(f.value);
      expect(cell.numFmt).toBe(f.numberFormat);
    }
  });

  it('on a workbook with a formula and a protected sheet, both survive untouched', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'guarded.xlsx');
    await writeGuardedWorkbook(input);
    const out = path.join(dir, 'filled.xlsx');
    const { code, report } = await run('fill', input, '--out', out, '--overwrite');
    expect(code).toBe(0);
    const [before, after] = [await loadWorkbook(input), await loadWorkbook(out)];
    expect(differences(before, after, allow(report.fills, ['value', 'numFmt']))).toEqual([]);
    expect(after.getWorksheet('自评表')!.getCell('D3').formula).toBe('B3*2');
    expect(report.fills.filter((f) => f.sheet === '受保护')).toEqual([]);
    expect(fs.readFileSync(input).length).toBeGreaterThan(0);
  });
});

const RANK = ['error', 'warning', 'info'];

describe('fill on a real self-evaluation workbook with a protected sheet and a formula', () => {
  it('reports every planned fill of the protected sheet as skipped, writes none, and keeps the formula', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'guarded-scores.xlsx');
    const workbook = await loadWorkbook(fixture('yuepuhu-2020-blank-scores.xlsx'));
    await workbook.getWorksheet('自评表-机关养老')!.protect('secret', {});
    // A 总分 typed as a formula whose cached result is stale: the fill must not replace it.
    workbook.getWorksheet('自评表-城乡居民养老')!.getCell('H24').value = { formula: 'SUM(H13:H23)', result: 0 };
    await workbook.xlsx.writeFile(input);

    const { report: plan } = await run('check', input);
    const { code, report } = await run('fill', input, '--out', path.join(dir, 'out.xlsx'));
    expect(code).toBe(0);
    const onLocked = (list: { sheet: string; cell: string }[]) => list.filter((f) => f.sheet === '自评表-机关养老').map((f) => f.cell).sort();
    expect(onLocked(report.fills)).toEqual([]);
    expect(onLocked(report.skipped)).toEqual(onLocked(plan.fills));
    expect(report.fills.some((f) => f.sheet === '自评表-城乡居民养老' && f.cell === 'H24')).toBe(false);

    const [before, after] = [await loadWorkbook(input), await loadWorkbook(path.join(dir, 'out.xlsx'))];
    expect(differences(before, after, allow(report.fills, ['value', 'numFmt']))).toEqual([]);
    expect(after.getWorksheet('自评表-城乡居民养老')!.getCell('H24').formula).toBe('SUM(H13:H23)');
  });
});

describe('check --annotate marks the findings and nothing else', () => {
  it.each(['bazhou-2020.xlsx', 'hami-2019.xlsx', 'yuepuhu-2020-blank-scores.xlsx'])('%s', async (name) => {
    const input = fixture(name);
    const out = path.join(tempDir(), `annotated-${name}`);
    const { report } = await run('check', '--annotate', out, input);
    const [before, after] = [await loadWorkbook(input), await loadWorkbook(out)];
    expect(differences(before, after, allow(report.findings, ['fill', 'note']))).toEqual([]);
    for (const f of report.findings) {
      const cell = after.getWorksheet(f.sheet)!.getCell(f.cell);
      const worst = report.findings.filter((g) => g.sheet === f.sheet && g.cell === f.cell).map((g) => g.severity).sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b))[0];
      expect(cell.fill).toEqual(expect.objectContaining({ pattern: 'solid', fgColor: { argb: SEVERITY_FILL[worst] } }));
      expect(JSON.stringify(cell.note)).toContain(f.message.slice(0, 8));
    }
  });
});
