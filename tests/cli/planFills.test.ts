import * as path from 'path';
import { fromA1, toReportJson, type Analysis, type PlannedFill } from '../../src/core';
import { a1, key } from '../helpers/grid';
import { formatFillReport, shown } from '../../src/cli/formatHuman';
import { planFills, withRefused, type PlanFillsOptions } from '../../src/cli/planFills';
import { readXlsx } from '../../src/cli/readXlsx';
import { writeCopy } from '../../src/cli/writeCopy';
import { differences, loadWorkbook } from './helpers/compareWorkbooks';
import { fixture, tempDir, writeGuardedWorkbook } from './helpers/testWorkbooks';

const plan = (sheet: string, cell: string, value: string, extra: Partial<PlannedFill> = {}): PlannedFill => ({
  at: { sheet, ...fromA1(cell) },
  value,
  numberFormat: '0.00',
  reason: '测试',
  ...extra,
});

/** Read `file`, plan these fills on it and write the copy: the outcome and the copy, loaded by exceljs. */
async function fillCopy(file: string, fills: PlannedFill[], options: PlanFillsOptions = {}) {
  const { grid, book } = await readXlsx(file);
  const { outcome, writes } = planFills(fills, grid, options);
  const out = path.join(tempDir(), 'copy.xlsx');
  const refused = await writeCopy(file, out, book, writes);
  return { outcome: withRefused(outcome, refused), workbook: await loadWorkbook(out) };
}

describe('planFills and writeCopy with a hand-made plan', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(tempDir(), 'guarded.xlsx');
    await writeGuardedWorkbook(file);
  });

  it('writes an empty cell as a number with the fill number format, keeping its border', async () => {
    const { outcome, workbook } = await fillCopy(file, [plan('自评表', 'C3', '4.50', { numberFormat: '0.0' })]);
    const cell = workbook.getWorksheet('自评表')!.getCell('C3');
    expect(outcome.written).toEqual([{ at: { sheet: '自评表', ...fromA1('C3') }, previous: null }]);
    expect(cell.value).toBe(4.5);
    expect(cell.numFmt).toBe('0.0');
    expect(cell.border).toEqual({ bottom: { style: 'thin' } });
  });

  it('never replaces a formula cell, even with overwrite', async () => {
    const { outcome, workbook } = await fillCopy(file, [plan('自评表', 'D3', '11')], { overwrite: true });
    expect(outcome.skipped).toEqual([{ at: { sheet: '自评表', ...fromA1('D3') }, previous: 10, cause: 'formula' }]);
    expect(workbook.getWorksheet('自评表')!.getCell('D3').formula).toBe('B3*2');
  });

  it('leaves a protected sheet alone and says so', async () => {
    const { outcome, workbook } = await fillCopy(file, [plan('受保护', 'B1', '3')], { overwrite: true });
    expect(outcome.skipped).toEqual([{ at: { sheet: '受保护', ...fromA1('B1') }, previous: null, cause: 'protected-sheet' }]);
    expect(workbook.getWorksheet('受保护')!.getCell('B1').value).toBeNull();
  });

  it('keeps a cell that holds another value unless overwrite is asked for', async () => {
    const conflict = plan('自评表', 'C4', '5.00', { conflict: true, previous: 4.5 });
    const kept = await fillCopy(file, [conflict]);
    expect(kept.outcome.conflicts).toEqual([{ at: { sheet: '自评表', ...fromA1('C4') }, previous: 4.5 }]);
    expect(kept.workbook.getWorksheet('自评表')!.getCell('C4').value).toBe(4.5);

    const replaced = await fillCopy(file, [conflict], { overwrite: true });
    expect(replaced.outcome.written).toEqual([{ at: { sheet: '自评表', ...fromA1('C4') }, previous: 4.5 }]);
    expect(replaced.workbook.getWorksheet('自评表')!.getCell('C4').value).toBe(5);
  });

  it('treats a non-empty cell as a conflict even when the plan did not flag it', async () => {
    expect((await fillCopy(file, [plan('自评表', 'A3', '1')])).outcome.conflicts).toHaveLength(1);
  });

  it('does not write into the covered part of a merged area', async () => {
    const { outcome, workbook } = await fillCopy(file, [plan('自评表', 'B1', '1')]);
    expect(outcome.skipped[0].cause).toBe('merged-cell');
    expect(workbook.getWorksheet('自评表')!.getCell('A1').value).toBe('项目支出绩效自评表');
  });

  it('changes no other cell of a real fixture: styles shared between cells stay unshared', async () => {
    const before = await loadWorkbook(fixture('yuepuhu-2020-blank-scores.xlsx'));
    const sheet = '自评表-城乡居民医疗';
    const { outcome, workbook: after } = await fillCopy(fixture('yuepuhu-2020-blank-scores.xlsx'), [plan(sheet, 'H13', '5.50'), plan(sheet, 'G6', '1.000', { numberFormat: '0.0%' })]);
    expect(outcome.written.map((w) => a1(w))).toEqual(['H13', 'G6']);
    const allowed = new Map(outcome.written.map((w) => [key(w), new Set(['value', 'numFmt'] as const)]));
    expect(differences(before, after, allowed)).toEqual([]);
    expect(after.getWorksheet(sheet)!.getCell('G6').numFmt).toBe('0.0%');
  });
});

describe('planFills and merged areas', () => {
  it('skips a covered cell of any merged area, even one whose top-left is empty, and writes the top-left', () => {
    // 20,000 merges of three cells on one row each: a fill per cell, every merge looked up in its row alone.
    const merges = Array.from({ length: 20_000 }, (_, i) => ({ top: i, left: 1, bottom: i, right: 3 }));
    const grid = { name: 'w.xlsx', sheets: [{ name: '表', cells: [], merges }] };
    const fills = merges.flatMap((m) => ['B', 'C', 'D'].map((letter) => plan('表', `${letter}${m.top + 1}`, '1')));
    const { outcome, writes } = planFills(fills, grid);
    expect(outcome.skipped.filter((s) => s.cause === 'merged-cell')).toHaveLength(40_000);
    expect(writes[0].cells.map((c) => `${c.row}:${c.col}`)).toEqual(merges.map((m) => `${m.top}:1`));
  });
});

describe('the fill report after writing', () => {
  it('shows a written value as its number format will', () => {
    expect(shown(1, '0.0%')).toBe('100.0%');
    expect(shown(5.9, '0.00')).toBe('5.90');
    expect(shown(10, 'General')).toBe('10');
  });

  it('lists written cells with their previous value, conflicts and skipped cells with the cause', async () => {
    const file = path.join(tempDir(), 'guarded.xlsx');
    await writeGuardedWorkbook(file);
    const fills = [
      plan('自评表', 'C3', '4.50'),
      plan('自评表', 'C4', '5.00', { conflict: true, previous: 4.5 }),
      plan('自评表', 'D3', '11'),
      plan('受保护', 'B1', '3'),
    ];
    const analysis: Analysis = { tables: [], findings: [], fills, review: [{ at: { sheet: '自评表', ...fromA1('C5') }, message: '定性指标需人工评定' }], indicators: [] };
    const report = toReportJson('guarded.xlsx', analysis, (await fillCopy(file, fills)).outcome);
    expect(report.fills).toEqual([{ sheet: '自评表', cell: 'C3', value: 4.5, numberFormat: '0.00', previous: null, reason: '测试' }]);
    expect(report.conflicts).toEqual([{ sheet: '自评表', cell: 'C4', value: 5, previous: 4.5, reason: '测试' }]);
    expect(report.skipped.map((s) => [s.cell, s.cause])).toEqual([
      ['D3', 'formula'],
      ['B1', 'protected-sheet'],
    ]);
    expect(report.summary).toEqual(expect.objectContaining({ fills: 1, conflicts: 1, skipped: 2, review: 1 }));
    const text = formatFillReport(report, 'out.xlsx');
    expect(text).toContain('自评表!C3 ← 4.50');
    expect(text).toContain('自评表!C4: 现为 4.5，计算值 5');
    expect(text).toContain('工作表「受保护」受保护，1 个单元格未写入: B1');
    expect(text).toContain('自评表!D3: 计算值 11，单元格含公式，不覆盖');
    expect(text).toContain('自评表!C5: 定性指标需人工评定');
  });
});
