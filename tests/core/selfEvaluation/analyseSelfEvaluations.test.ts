import { analyseWorkbook, type Analysis, type GridCell } from '../../../src/core';
import { CellValues } from '../../../src/core/relations/CellValues';
import { DEFAULT_POLICY } from '../../../src/core/scoring/ScoringPolicy';
import { analyseSelfEvaluations, selfEvaluationLayouts } from '../../../src/core/selfEvaluation/analyseSelfEvaluations';
import { asReport, sheetFromRows, workbookOf, a1 } from '../../helpers/grid';
import { NINETY_POINTS, standardTable, type IndicatorSpec, type StandardTableSpec } from './tableRows';

function analyse(spec: StandardTableSpec, policy?: string): Analysis {
  return analyseWorkbook(workbookOf(sheetFromRows('自评表', standardTable(spec))), policy ? { policy } : {});
}

const fill = (analysis: Analysis, cell: string) => analysis.fills.find((f) => a1(f) === cell);
const findingsOf = (analysis: Analysis, rule: string) => asReport(analysis).findings.filter((f) => f.rule === rule);

/** NINETY_POINTS with the stated 得分 the default policy gives. */
const SCORED: IndicatorSpec[] = NINETY_POINTS.map((i, n) => ({ ...i, score: n === 0 ? 18.87 : i.weight, note: n === 0 ? '参保人数减少' : undefined }));

describe('analyseSelfEvaluations: fills', () => {
  it('fills 执行率, the funds 得分, every indicator 得分 and the 总分', () => {
    const analysis = analyse({ indicators: NINETY_POINTS, funds: [2889.39, 2684.22, 2684.22, 10, null, null] });
    expect(fill(analysis, 'G4')).toMatchObject({ value: '1', numberFormat: '0.0%' });
    expect(fill(analysis, 'H4')).toMatchObject({ value: '10.00', numberFormat: '0.00' });
    expect(fill(analysis, 'H9')).toMatchObject({ value: '18.87' });
    expect(['H10', 'H11', 'H12', 'H13', 'H14'].map((c) => fill(analysis, c)?.value)).toEqual(['10.00', '10.00', '10.00', '20.00', '20.00']);
    // 总分 = Σ rounded 得分, the funds block's 10 included.
    expect(fill(analysis, 'H15')).toMatchObject({ value: '98.87', previous: null });
    expect(analysis.fills.every((f) => !f.conflict)).toBe(true);
  });

  it('caps the funds 得分 at 分值 when more than the budget was spent, and scores less when under', () => {
    expect(fill(analyse({ indicators: NINETY_POINTS, funds: [100, 4205, 4822, 10, null, null] }), 'H4')?.value).toBe('10.00');
    const under = analyse({ indicators: NINETY_POINTS, funds: [100, 20309, 19980, 10, null, null] });
    // 执行率 is written as the exact ratio (19980 ÷ 20309, to a double's 15 digits); the format shows 98.4%.
    expect(fill(under, 'G4')?.value).toBe('0.98380028558767');
    expect(fill(under, 'H4')?.value).toBe('9.84');
  });

  it('scores the funds from the exact ratio, rounded half-up once: 10 × 6.3 ÷ 8 = 7.875 → 7.88', () => {
    const exact = analyse({ indicators: NINETY_POINTS, funds: [8, 8, 6.3, 10, null, null] });
    expect(fill(exact, 'G4')?.value).toBe('0.7875');
    expect(fill(exact, 'H4')?.value).toBe('7.88');
    // 10 × 2.5 ÷ 3 = 8.3333… : the score rounds the exact ratio (8.33), never a rounded rate (83.3% → 8.33, 83% → 8.30).
    const repeating = analyse({ indicators: NINETY_POINTS, funds: [3, 3, 2.5, 10, null, null] });
    expect(fill(repeating, 'G4')).toMatchObject({ value: '0.833333333333333', numberFormat: '0.0%' });
    expect(fill(repeating, 'H4')?.value).toBe('8.33');
  });

  it('uses the number format the neighbouring score cells show', () => {
    const indicators = NINETY_POINTS.map((i, n) => (n === 1 ? { ...i, score: { value: 10, numberFormat: '#,##0.00' } as GridCell } : i));
    expect(fill(analyse({ indicators }), 'H9')?.numberFormat).toBe('#,##0.00');
  });

  it('leaves a qualitative indicator that is not clearly met for a person, and the 总分 empty', () => {
    const indicators = [...NINETY_POINTS.slice(0, 5), { name: '群众满意度', target: '群众满意', actual: '基本满意', weight: 20 }];
    const analysis = analyse({ indicators });
    expect(asReport(analysis).review).toEqual([{ sheet: '自评表', cell: 'H14', message: expect.stringContaining('部分达成 60–80%') }]);
    expect(fill(analysis, 'H14')).toBeUndefined();
    expect(fill(analysis, 'H15')).toBeUndefined();
    expect(analysis.indicators[5]).toMatchObject({ status: 'review', score: null, weight: 20, targetKind: 'qualitative' });
  });

  it('plans a conflict for a stated 得分 that differs, and warns that it differs from the policy', () => {
    const indicators = SCORED.map((i, n) => (n === 0 ? { ...i, score: 20 } : i));
    const analysis = analyse({ indicators, funds: [100, 100, 100, 10, 1, 10], total: [100, 100] });
    expect(fill(analysis, 'H9')).toMatchObject({ value: '18.87', conflict: true, previous: 20 });
    expect(fill(analysis, 'H15')).toMatchObject({ value: '98.87', conflict: true, previous: 100 });
    expect(findingsOf(analysis, 'scoreDiffersFromPolicy')).toEqual([
      expect.objectContaining({ cell: 'H9', severity: 'warning', stated: '20.00', expected: '18.87' }),
    ]);
  });

  it('reads a 得分 typed as text with its unit (10.00分) as the number it is', () => {
    const analysis = analyse({ indicators: SCORED, funds: [100, 100, 100, 10, 1, '10.00分'], total: [100, 98.87] });
    expect(analysis.fills).toEqual([]);
    expect(analysis.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('scores a reverse indicator by deviation under the deviation preset, and names the policy in the report', () => {
    const indicators = [...NINETY_POINTS.slice(0, 4), { name: '上访率', target: '≤1%', actual: '1.5%', weight: 20 }, NINETY_POINTS[5]];
    expect(fill(analyse({ indicators }), 'H13')?.value).toBe('13.33');
    const deviation = analyse({ indicators }, 'deviation');
    expect(fill(deviation, 'H13')?.value).toBe('10.00');
    expect(deviation.policy).toMatchObject({ name: 'deviation', settings: { reverseScoring: 'deviation' } });
  });
});

describe('analyseSelfEvaluations: checks', () => {
  it('reports a stated 执行率 that is not 执行数 ÷ 预算数 as an error', () => {
    const analysis = analyse({ indicators: SCORED, funds: [100, 200, 150, 10, 0.8, 7.5], total: [100, 96.37] });
    expect(findingsOf(analysis, 'executionRate')).toEqual([expect.objectContaining({ cell: 'G4', severity: 'error', expected: '75.0%' })]);
  });

  it('reports a 得分 above its 分值 as an error', () => {
    const indicators = SCORED.map((i, n) => (n === 1 ? { ...i, score: 12 } : i));
    const analysis = analyse({ indicators, funds: [100, 100, 100, 10, 1, 10] });
    expect(findingsOf(analysis, 'scoreAboveWeight')).toEqual([expect.objectContaining({ cell: 'H10', severity: 'error' })]);
  });

  it('reports a 总分 whose 分值 or 得分 is not the sum, the funds block included', () => {
    const analysis = analyse({ indicators: SCORED, funds: [100, 100, 100, 10, 1, 10], total: [90.5, 97.87] });
    expect(findingsOf(analysis, 'weightTotal')).toEqual([expect.objectContaining({ cell: 'G15', severity: 'error', expected: '100.00' })]);
    expect(findingsOf(analysis, 'scoreTotal')).toEqual([expect.objectContaining({ cell: 'H15', severity: 'error', expected: '98.87' })]);
  });

  it('leaves the funds out of the 总分 when the stated 分值 total is the indicators alone', () => {
    const analysis = analyse({ indicators: SCORED, funds: [100, 100, 100, 10, 1, 10], total: [90, 88.87] });
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findingsOf(analysis, 'weightsNot100')).toEqual([expect.objectContaining({ cell: 'G15', stated: '90' })]);
  });

  it('warns when the weights do not add up to 100', () => {
    const indicators = NINETY_POINTS.map((i, n) => (n === 0 ? { ...i, weight: 25 } : i));
    const analysis = analyse({ indicators });
    expect(findingsOf(analysis, 'weightsNot100')).toEqual([expect.objectContaining({ cell: 'G15', severity: 'warning', stated: '105' })]);
  });

  it('warns when 得分 < 分值 and the 偏差原因 is empty', () => {
    const analysis = analyse({ indicators: NINETY_POINTS });
    expect(findingsOf(analysis, 'missingDeviationNote')).toEqual([expect.objectContaining({ cell: 'I9', related: ['H9', 'G9'] })]);
    expect(findingsOf(analyse({ indicators: SCORED }), 'missingDeviationNote')).toEqual([]);
  });

  it('warns when 实际完成情况 claims the goal was met while an indicator was not', () => {
    const claims = analyse({ indicators: NINETY_POINTS, achieved: '完成年度预算的98.38%，达到了预期目标' });
    expect(findingsOf(claims, 'claimsTargetMet')).toEqual([expect.objectContaining({ cell: 'F7', related: ['D9'] })]);
    expect(findingsOf(analyse({ indicators: NINETY_POINTS, achieved: '未达到预期目标' }), 'claimsTargetMet')).toEqual([]);
  });

  it('warns when 全年执行数 differs from the 决算 figure by what looks like a typo, not by a different scope', () => {
    const run = (accounts: number) => {
      const workbook = workbookOf(
        sheetFromRows('自评表', standardTable({ project: '机关事业单位基本养老保险补助', indicators: NINETY_POINTS, funds: [1, 13129.54, 13129.54, 10, null, null] })),
        sheetFromRows('决算支出表', [['项目', '决算数'], ['机关事业单位基本养老保险基金支出', accounts]]),
      );
      const context = { expenditureByFund: new Map([['publicSectorPension' as const, { sheet: '决算支出表', row: 1, col: 1 }]]) };
      const findings = analyseSelfEvaluations(selfEvaluationLayouts(workbook, new CellValues(workbook)), new CellValues(workbook), DEFAULT_POLICY, context).flatMap((t) => t.findings);
      return asReport({ tables: [], findings, fills: [], review: [], indicators: [] }).findings.filter((f) => f.rule === 'selfEvaluationVsFinalAccounts');
    };
    expect(run(13159.54)).toEqual([expect.objectContaining({ cell: 'E4', stated: '13129.54', expected: '13159.54', related: ['决算支出表!B2'] })]);
    expect(run(16402.24)).toEqual([]);
    expect(run(13129.54)).toEqual([]);
  });

  it('lists every indicator with its parsed target, status, weight and score', () => {
    const analysis = analyse({ indicators: NINETY_POINTS });
    expect(asReport(analysis).indicators[0]).toEqual({
      sheet: '自评表',
      cell: 'D9',
      name: '参保缴费人数',
      target: '74272人',
      actual: '70083人',
      status: 'not-met',
      weight: 20,
      score: 18.87,
      targetKind: 'value',
      level1: '产出指标',
      level2: '数量指标',
    });
  });
});
