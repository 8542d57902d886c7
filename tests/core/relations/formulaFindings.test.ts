import { analyseWorkbook, type GridCell } from '../../../src/core';
import { STALE_NOTE, UNCALCULATED_MESSAGE, WRONG_FORMULA_NOTE } from '../../../src/core/relations/formulaFindings';
import { a1, sheetFromRows, workbookOf } from '../../helpers/grid';

/**
 * Formula cells in a 收支余情况表: a stale cached result is an error with 请重新计算; a formula consistent with its
 * inputs that breaks a table relation is a wrong formula; an Excel error or a formula never calculated is reported
 * and the relations that need it are skipped.
 */
const amount = (value: number): GridCell => ({ value, numberFormat: '0' });
const f = (formula: string, value: GridCell['value'], numberFormat = '0'): GridCell => ({ value, formula, numberFormat });

// Rows 3–6 (Excel) are the funds, row 7 the 合计; B 完成数, C 上年完成数, D 增加 (= B − C), E 增长率.
function table(overrides: Record<string, GridCell> = {}) {
  const rows: (string | number | null | GridCell)[][] = [
    ['险种', '基金收入', null, null, null],
    [null, '完成数', '上年完成数', '增加', '增长率'],
    ['企业职工基本养老保险', amount(204813), amount(266682), f('B3-C3', -61869), f('D3/C3', -0.232, '0.00%')],
    ['机关事业单位基本养老保险', amount(47161), amount(49980), f('B4-C4', -2819), f('D4/C4', -0.0564, '0.00%')],
    ['工伤保险', amount(4326), amount(7139), f('B5-C5', -2813), f('D5/C5', -0.394, '0.00%')],
    ['失业保险', amount(12799), amount(14236), f('B6-C6', -1437), f('D6/C6', -0.1009, '0.00%')],
    ['合计', f('SUM(B3:B6)', 269099), f('SUM(C3:C6)', 338037), f('B7-C7', -68938), f('D7/C7', -0.2039, '0.00%')],
  ];
  for (const [address, cell] of Object.entries(overrides)) {
    const col = address.charCodeAt(0) - 65;
    rows[Number(address.slice(1)) - 1][col] = cell;
  }
  return analyseWorkbook(workbookOf(sheetFromRows('表', rows)));
}
const errors = (analysis: ReturnType<typeof table>) => analysis.findings.filter((x) => x.severity === 'error');

describe('formula cells', () => {
  it('a table of consistent formulas is clean', () => {
    const analysis = table();
    expect(analysis.tables).toHaveLength(1);
    expect(analysis.findings).toEqual([]);
  });

  it('a 合计 whose cached result is stale is the error, with 请重新计算', () => {
    const [finding, ...rest] = errors(table({ B7: f('SUM(B3:B6)', 256300) }));
    expect(rest).toEqual([]);
    expect({ cell: a1(finding), expected: finding.expected }).toEqual({ cell: 'B7', expected: '269099' });
    expect(finding.message).toContain(STALE_NOTE);
    expect(finding.message).toContain('请重新计算');
  });

  it('a 合计 formula that leaves out a fund agrees with its own inputs: a wrong formula, which recalculating would not fix', () => {
    const [finding, ...rest] = errors(table({ B7: f('SUM(B3:B5)', 256300), D7: f('B7-C7', -81737), E7: f('D7/C7', -0.2418, '0.00%') }));
    expect(rest).toEqual([]);
    expect(a1(finding)).toBe('B7');
    expect(finding.message).toContain(WRONG_FORMULA_NOTE);
    expect(finding.message).not.toContain('请重新计算');
  });

  it('a rate formula on the wrong base is a wrong formula at that rate', () => {
    const [finding, ...rest] = errors(table({ E4: f('D4/B4', -0.0598, '0.00%') }));
    expect(rest).toEqual([]);
    expect({ cell: a1(finding), expected: finding.expected }).toEqual({ cell: 'E4', expected: '-5.64%' });
    expect(finding.message).toContain(WRONG_FORMULA_NOTE);
  });

  it('a stale result within the table’s rounding is still reported at the formula, as stale', () => {
    const analysis = table({ E6: f('D6/C6', -0.10094, '0.00%'), D6: f('B6-C6', -1437) });
    expect(errors(analysis)).toEqual([]);
    const stale = errors(table({ E6: f('D6/C6', -0.1012, '0.00%') }));
    expect(stale.map((x) => [a1(x), x.rule, x.expected])).toEqual([['E6', 'growthRate', '-10.09%']]);
    expect(stale[0].message).toContain('请重新计算');
  });

  it('reports a stale formula whose shown result still fits the table’s rounding as staleFormula', () => {
    // Four 2-decimal items may add to a 合计 0.01 off (±0.005 each), so the relation holds; the formula does not.
    const rows = [
      ['险种', '基金收入'],
      [null, '完成数'],
      ['企业职工基本养老保险', { value: 1.11, numberFormat: '0.00' }],
      ['机关事业单位基本养老保险', { value: 2.22, numberFormat: '0.00' }],
      ['工伤保险', { value: 3.33, numberFormat: '0.00' }],
      ['失业保险', { value: 4.44, numberFormat: '0.00' }],
      ['合计', f('SUM(B3:B6)', 11.11, '0.00')],
    ];
    const found = errors(analyseWorkbook(workbookOf(sheetFromRows('表', rows))));
    expect(found.map((x) => [a1(x), x.rule, x.stated, x.expected])).toEqual([['B7', 'staleFormula', '11.11', '11.10']]);
    expect(found[0].message).toContain('请重新计算');
  });

  it('an Excel error in a derived cell is reported and the relations that need it skipped', () => {
    const analysis = table({ D5: f('B5-C5', { error: '#REF!' }) });
    expect(errors(analysis).map((x) => [a1(x), x.rule, x.stated])).toEqual([['D5', 'excelError', '#REF!']]);
  });

  it('a formula without a cached result is reported (公式无计算结果) and its relations skipped, never filled', () => {
    const analysis = table({ B7: f('SUM(B3:B6)', null) });
    expect(errors(analysis).map((x) => [a1(x), x.rule, x.message])).toEqual([['B7', 'uncalculatedFormula', UNCALCULATED_MESSAGE]]);
    expect(analysis.fills.filter((x) => a1(x) === 'B7')).toEqual([]);
  });
});
