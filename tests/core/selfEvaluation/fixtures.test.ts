import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook, type Analysis, rangeToA1 } from '../../../src/core';
import { FIXTURES_DIR, loadFixture, key, asReport } from '../../helpers/grid';

interface Truth {
  scores?: { cell: string; value: string }[];
  stated_scores?: { cell: string; value: string }[];
  status?: { cell: string; indicator: string; met: boolean }[];
  warnings?: { id: string; cells: string[] }[];
}

function truthOf(name: string): Truth {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, `${name}.truth.json`), 'utf8')) as Truth;
}

async function analyse(name: string): Promise<Analysis> {
  return analyseWorkbook(await loadFixture(name));
}

const isSelfEvaluationSheet = (sheet: string) => sheet.startsWith('自评表') || sheet === '绩效自评表';

describe('yuepuhu-2020-blank-scores: the 自评表 with 执行率, 得分 and 总分 left empty', () => {
  let analysis: Analysis;
  beforeAll(async () => {
    analysis = await analyse('yuepuhu-2020-blank-scores');
  });

  it('fills every truth cell with the truth value', () => {
    const fills = new Map(analysis.fills.map((f) => [key(f), f]));
    const truth = truthOf('yuepuhu-2020-blank-scores').scores!;
    expect(truth.length).toBeGreaterThan(0);
    // 执行率 is filled as the exact ratio (the truth writes it as shown, 1.000): compared as numbers.
    for (const { cell, value } of truth) expect([cell, Number(fills.get(cell)?.value)]).toEqual([cell, Number(value)]);
  });

  it('fills nothing as a conflict and leaves nothing for review', () => {
    expect(analysis.fills.filter((f) => f.conflict)).toEqual([]);
    expect(analysis.review).toEqual([]);
  });

  it('formats 执行率 as a percentage and scores with two decimals', () => {
    const fills = new Map(analysis.fills.map((f) => [key(f), f]));
    expect(fills.get('自评表-城乡居民医疗!G6')?.numberFormat).toBe('0.0%');
    expect(fills.get('自评表-城乡居民医疗!H15')?.numberFormat).toBe('0.00');
  });

  it('reports no error', () => {
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('yuepuhu-2020: the same tables as the report filled them', () => {
  let analysis: Analysis;
  beforeAll(async () => {
    analysis = await analyse('yuepuhu-2020');
  });

  it('recognises the four 自评表', () => {
    expect(analysis.tables.filter((t) => t.kind === 'self-evaluation').map((t) => t.sheet)).toEqual([
      '自评表-城乡居民医疗',
      '自评表-城乡居民养老',
      '自评表-机关养老',
      '自评表-职工医疗',
    ]);
  });

  it('reports no error on the 自评表 sheets', () => {
    expect(analysis.findings.filter((f) => f.severity === 'error' && isSelfEvaluationSheet(f.at.sheet))).toEqual([]);
  });

  it('agrees with every stated score: no policy warning, nothing to fill', () => {
    expect(analysis.findings.filter((f) => f.rule === 'scoreDiffersFromPolicy')).toEqual([]);
    expect(analysis.fills.filter((f) => isSelfEvaluationSheet(f.at.sheet))).toEqual([]);
    const scores = new Map(analysis.indicators.map((i) => [key(i), i.score]));
    expect(scores.get('自评表-城乡居民医疗!D15')).toBe(5.49);
    expect(scores.get('自评表-城乡居民养老!D13')).toBe(5.9);
  });

  it('warns that 机关养老 全年执行数 13129.54 looks like a typo of the 决算 13159.54', () => {
    expect(asReport(analysis).findings.filter((f) => f.rule === 'selfEvaluationVsFinalAccounts')).toEqual([
      expect.objectContaining({ sheet: '自评表-机关养老', cell: 'E6', severity: 'warning', related: ['决算支出表!B8'] }),
    ]);
  });
});

describe('bachu-2020: two stacked tables without 分值/得分', () => {
  let analysis: Analysis;
  beforeAll(async () => {
    analysis = await analyse('bachu-2020');
  });

  it('recognises both tables on the one sheet', () => {
    expect(analysis.tables.map((t) => `${t.sheet} ${rangeToA1(t.range)}`)).toEqual(['绩效自评表 A1:F22', '绩效自评表 A25:F53']);
  });

  it('gives every indicator the truth status, with no weight or score', () => {
    const byCell = new Map(analysis.indicators.map((i) => [key(i), i]));
    const truth = truthOf('bachu-2020').status!;
    for (const { cell, indicator, met } of truth) {
      const result = byCell.get(cell);
      expect([cell, result?.name, result?.status]).toEqual([cell, indicator, met ? 'met' : 'not-met']);
      expect(result).toMatchObject({ weight: null, score: null });
    }
    expect(analysis.indicators).toHaveLength(truth.length);
  });

  it('warns where 实际完成目标 claims the goal was met although indicators were not', () => {
    const cells = analysis.findings.filter((f) => f.rule === 'claimsTargetMet').map(key);
    expect(cells).toEqual(truthOf('bachu-2020').warnings!.find((w) => w.id === 'claims-target-met')!.cells);
  });

  it('reports no error and fills nothing', () => {
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(analysis.fills).toEqual([]);
  });
});
