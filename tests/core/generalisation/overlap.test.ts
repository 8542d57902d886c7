import { analyseWorkbook, type GridCell, rangeToA1 } from '../../../src/core';
import { sheetFromRows, withCell, workbookOf, a1 } from '../../helpers/grid';
import { BAZHOU, CLEAN, fundRow, totalOf, verdict } from './countyTables';

/**
 * Layouts both recognisers can read: numbered fund rows with a 合计 are a line-item table to one and a fund
 * balance table to the other. The workbook's report must name each table, and each wrong cell, once.
 */
type Row = (string | number | null | GridCell)[];
const money = (value: number): GridCell => ({ value, numberFormat: '#,##0.00' });

describe('a table both recognisers can read', () => {
  it('a numbered 收支表 with rates is read once, as a fund balance table', () => {
    const keys = ['iBudget', 'iActual', 'iPrior', 'iChange', 'iGrowth', 'iExec'] as const;
    const sheet = sheetFromRows('表', [
      ['项目', '预算数', '完成数', '上年完成数', '增减额', '增长率', '完成预算'],
      ...BAZHOU.map((f, i): Row => [`${'一二三四'[i]}、${f.label}`, ...fundRow(f, [...keys])]),
      ['合计', ...fundRow(totalOf(BAZHOU, '合计'), [...keys])],
    ]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(analysis.tables.map((t) => [t.kind, rangeToA1(t.range)])).toEqual([['fund-balance', 'A1:G6']]);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
    const broken = analyseWorkbook(withCell(workbookOf(sheet), '表', 2, 2, { value: 41761, numberFormat: '0' }));
    const errors = broken.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [a1(f), f.expected])).toEqual([['C3', '47161']]);
    const cells = broken.findings.map((f) => `${a1(f)}:${f.rule}`);
    expect(cells).toEqual([...new Set(cells)]);
  });

  it('a 决算收入表 whose numbered fund lines carry no flow word is read once, as a line-item table', () => {
    const sheet = sheetFromRows('收入', [
      ['决算收入表'],
      ['项目', '决算数'],
      ['社会保险基金收入合计', money(19535.82)],
      ['其中：保险费收入', money(14289.83)],
      ['一、机关事业单位基本养老保险基金', money(15390.47)],
      ['其中：保险费收入', money(13098.76)],
      ['二、城乡居民基本养老保险基金', money(4145.35)],
      ['其中：保险费收入', money(1191.07)],
    ]);
    const analysis = analyseWorkbook(workbookOf(sheet));
    expect(analysis.tables.map((t) => [t.kind, rangeToA1(t.range)])).toEqual([['line-items', 'A2:B8']]);
    expect(verdict(workbookOf(sheet))).toEqual(CLEAN);
    const broken = analyseWorkbook(withCell(workbookOf(sheet), '收入', 2, 1, money(19553.82)));
    expect(broken.findings.map((f) => [a1(f), f.severity])).toEqual([['B3', 'error']]);
  });
});
