import { analyseWorkbook, type Analysis, type GridCell, rangeToA1 } from '../../../src/core';
import { fundsAcrossTable, fundsDownTable, HEADER_SETS, randomFigures, type RateStyle } from '../../helpers/fundTables';
import { loadFixture, seededRandom, sheetFromRows, withCell, workbookOf, a1 } from '../../helpers/grid';
import { asReport } from '../../helpers/grid';

const errors = (analysis: Analysis) => analysis.findings.filter((f) => f.severity === 'error');

describe('fund balance tables, funds down the rows', () => {
  it.each(HEADER_SETS.map((words, i) => [i, words] as const))('recognises header word set %i and finds a consistent table clean', (_i, words) => {
    const sheet = fundsDownTable('表一', randomFigures(seededRandom(7), 5), words, 'fraction', { row: 4, col: 3 });
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(asReport(analysis).tables).toEqual([expect.objectContaining({ sheet: '表一', kind: 'fund-balance', range: 'D7:S14' })]);
    expect(errors(analysis)).toEqual([]);
  });

  it.each<RateStyle>(['fraction', 'text', 'points'])('reads rates stored as %s', (style) => {
    const sheet = fundsDownTable('表', randomFigures(seededRandom(11), 4), HEADER_SETS[0], style);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(errors(analysis)).toEqual([]);
    // The 增长率 column is checked, not skipped: a wrong rate is caught in every style.
    const wrong: GridCell = style === 'fraction' ? { value: 0.5, numberFormat: '0.00%' } : style === 'text' ? { value: '50.00%' } : { value: 50, numberFormat: '0.00' };
    const broken = analyseWorkbook(withCell(workbookOf(sheet), '表', 4, 5, wrong));
    expect(errors(broken).map((f) => a1(f))).toEqual(['F5']);
    expect(errors(broken)[0].rule).toBe('growthRate');
  });

  it('finds two tables on one sheet and checks each', () => {
    const figures = randomFigures(seededRandom(3), 4);
    const first = fundsDownTable('s', figures, HEADER_SETS[0], 'fraction');
    const second = fundsDownTable('s', randomFigures(seededRandom(4), 3), HEADER_SETS[1], 'text', { row: 12, col: 0 });
    const cells = [...first.cells, ...second.cells];
    const analysis = analyseWorkbook(workbookOf({ name: 's', cells }));
    expect(analysis.tables.map((t) => rangeToA1(t.range))).toEqual(['A3:P9', 'A15:P20']);
    expect(errors(analysis)).toEqual([]);
  });

  it('takes numbers typed as text with thousands separators', () => {
    const sheet = sheetFromRows('t', [
      ['险种', '本年完成数', '上年完成数', '增减额', '增长率'],
      ['失业保险', '12,799', '14,236', '-1,437', '-10.09%'],
      ['工伤保险', '４,３２６', '7,139', '-2,813', '-39.40%'],
      ['合计', '17,125', '21,375', '-4,250', '-19.88%'],
    ]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(analysis.tables).toHaveLength(1);
    expect(analysis.findings).toEqual([]);
  });

  it('reports text and Excel errors where numbers belong, without crashing', () => {
    const sheet = sheetFromRows('t', [
      ['险种', '本年完成数', '上年完成数', '增长率'],
      ['失业保险', 12799, { value: { error: '#REF!' } }, { value: { error: '#DIV/0!' } }],
      ['工伤保险', 4326, '待核实', '-39.40%'],
      ['合计', 17125, 21375, '-19.88%'],
    ]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    const byCell = Object.fromEntries(analysis.findings.map((f) => [a1(f), f.rule]));
    expect(byCell).toMatchObject({ C2: 'excelError', D2: 'excelError', C3: 'notANumber' });
  });

  it('says a formula whose cached result disagrees with its inputs needs recalculating', () => {
    const sheet = sheetFromRows('t', [
      ['险种', '本年完成数', '上年完成数', '增减额'],
      ['失业保险', 12799, 14236, { value: -1000, formula: 'B2-C2' }],
      ['工伤保险', 4326, 7139, -2813],
    ]);
    const finding = errors(analyseWorkbook(workbookOf(sheet)))[0];
    expect({ ...finding, cell: a1(finding) }).toMatchObject({ cell: 'D2', rule: 'change', expected: '-1437' });
    expect(finding.message).toContain('公式');
  });

  it('plans fills for empty derived cells whose inputs are present, chaining through a filled 合计', () => {
    const sheet = sheetFromRows('t', [
      ['险种', '本年完成数', '上年完成数', '增减额', '增长率'],
      ['失业保险', 12799, 14236, null, { value: -0.1009, numberFormat: '0.00%' }],
      ['工伤保险', 4326, 7139, -2813, null],
      ['合计', null, 21375, null, null],
    ]);
    const fills = Object.fromEntries(analyseWorkbook(workbookOf(sheet)).fills.map((f) => [a1(f), f.value]));
    expect(fills).toEqual({ D2: '-1437', E3: '-0.3940', B4: '17125', D4: '-4250', E4: '-0.1988' });
  });
});

describe('layouts seen in other counties', () => {
  it('reads years typed as numbers above the role row', () => {
    const sheet = sheetFromRows('t', [
      ['险种', 2020, 2019, '增减额'],
      [null, '完成数', '完成数', null],
      ['失业保险', 12799, 14236, -1437],
      ['工伤保险', 4326, 7139, -2813],
      ['合计', 17125, 21375, -4000],
    ]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(errors(analysis).map((f) => [a1(f), f.expected])).toEqual([['D5', '-4250']]);
  });

  it('separates two tables stacked with a single header row between them', () => {
    const sheet = sheetFromRows('t', [
      ['险种', '本年收入', '上年收入', '增减额'],
      ['失业保险', 12799, 14236, -1437],
      ['工伤保险', 4326, 7139, -2813],
      ['险种', '本年支出', '上年支出', '增减额'],
      ['失业保险', 15002, 12232, 2770],
      ['工伤保险', 8858, 12625, -3767],
    ]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(analysis.tables.map((t) => rangeToA1(t.range))).toEqual(['A1:D3', 'A4:D6']);
    expect(analysis.findings).toEqual([]);
  });

  it('checks the 合计 of a table with a single column of amounts', () => {
    const sheet = sheetFromRows('t', [
      ['险种', '2020年决算数'],
      ['企业职工基本养老保险', { value: 204813.5, numberFormat: '#,##0.00' }],
      ['失业保险', { value: 12799.25, numberFormat: '#,##0.00' }],
      ['合计', { value: 217612.85, numberFormat: '#,##0.00' }],
    ]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(errors(analysis).map((f) => [a1(f), f.expected])).toEqual([['B4', '217612.75']]);
  });
});

describe('fund balance tables, funds across the columns', () => {
  it('recognises a transposed table anywhere, with years deciding 本年 and 上年', () => {
    const sheet = fundsAcrossTable('分析', randomFigures(seededRandom(5), 4), [2021, 2020], { row: 2, col: 4 });
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(asReport(analysis).tables).toEqual([expect.objectContaining({ kind: 'fund-balance-transposed', range: 'E4:K16' })]);
    expect(errors(analysis)).toEqual([]);
  });
});

describe('the seeds’ tables', () => {
  it('hami-2019: the wrong 预算收入 合计 is the error and the 执行预算% it distorts is its consequence', async () => {
    const analysis = analyseWorkbook(await loadFixture('hami-2019'));
    expect(asReport(analysis).findings.filter((f) => f.severity === 'error')).toEqual([expect.objectContaining({ sheet: '收支分析表', cell: 'G4', rule: 'sum', stated: '239010', expected: '239551' })]);
    expect(analysis.findings.find((f) => a1(f) === 'G12')).toMatchObject({ severity: 'info', causedBy: { sheet: '收支分析表', row: 3, col: 6 } });
  });

  it('bazhou-2020: the 合计 balances disagree with the funds, each fund’s 当期结余 is only a warning', async () => {
    const analysis = analyseWorkbook(await loadFixture('bazhou-2020'));
    expect(errors(analysis).map((f) => [a1(f), f.expected])).toEqual([
      ['O9', '-285666'],
      ['P9', '84380'],
    ]);
    const warnings = analysis.findings.filter((f) => f.severity === 'warning').map((f) => a1(f));
    expect(warnings).toEqual(expect.arrayContaining(['O5', 'O6', 'O7', 'O8', 'A6']));
  });
});

describe('其中 lines in a fund balance table', () => {
  it('flags a 其中 line larger than its parent fund, and does not add it into the 合计', () => {
    const sheet = sheetFromRows('t', [
      ['险种', '本年完成数', '上年完成数'],
      ['职工基本医疗保险(含生育)', 9410, 9000],
      ['其中：生育保险', 9500, 300],
      ['工伤保险', 4326, 7139],
      ['合计', 13736, 16139],
    ]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(errors(analysis).map((f) => [a1(f), f.rule])).toEqual([['B3', 'ofWhich']]);
  });
});

describe('a 合计 that leaves a fund out', () => {
  it('names the fund whose value is exactly the gap', () => {
    const sheet = sheetFromRows('t', [
      ['险种', '本年完成数', '上年完成数'],
      ['企业职工基本养老保险', 204813, 266682],
      ['工伤保险', 4326, 7139],
      ['失业保险', 12799, 14236],
      ['合计', 217612, 288057],
    ]);
    const finding = errors(analyseWorkbook(workbookOf(sheet)))[0];
    expect({ ...finding, cell: a1(finding) }).toMatchObject({ cell: 'B5', expected: '221938' });
    expect(finding.message).toContain('差额正好等于 B3 的数值，合计可能漏加了该项');
  });

  it('names the fund counted twice', () => {
    const sheet = sheetFromRows('t', [
      ['险种', '本年完成数'],
      ['工伤保险', 4326],
      ['失业保险', 12799],
      ['合计', 29924],
    ]);
    expect(errors(analyseWorkbook(workbookOf(sheet)))[0].message).toContain('B3 的数值，合计可能重复计入了该项');
  });
});

describe('rates typed as fractions under a (%) header', () => {
  it('reads the whole line of rates as fractions, each against its own fund, even when the first is empty', () => {
    const sheet = sheetFromRows('t', [
      ['险种', '本年完成数', '上年完成数', '增长率(%)'],
      ['企业职工基本养老保险', 204813, 266682, null],
      ['工伤保险', 4326, 7139, -0.394],
      ['失业保险', 12799, 14236, -0.1009],
      ['合计', 221938, 288057, -0.2295],
    ]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(analysis.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(analysis.fills.map((f) => [a1(f), f.value])).toEqual([['D2', '-0.2320']]);
  });
});
