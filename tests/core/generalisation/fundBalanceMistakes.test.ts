import type { GridCell } from '../../../src/core';
import { sheetFromRows, withCell, workbookOf } from '../../helpers/grid';
import { BAZHOU, CLEAN, fundRow, STANDARD, totalOf, verdict, type CountyFund } from './countyTables';

/**
 * Mistakes staff make in a 收支余情况表, on bazhou-2020's figures laid out as bazhou lays them out:
 * rows 5–8 (Excel) are 企业养老, 机关事业, 工伤, 失业; row 9 the 合计.
 * Columns B–G 基金收入 (预算数, 完成数, 上年完成数, 增加, 增长率, 完成预算), H–M 基金支出, N–P 上年/当期/累计结余.
 */
const ROLES = ['预算数', '完成数', '上年完成数', '增加', '增长率', '完成预算'];

function table(funds: CountyFund[], total: CountyFund = totalOf(funds, '合计')) {
  return sheetFromRows('表', [
    ['2020年社会保险基金收支余情况表'],
    [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, '单位：万元、%'],
    ['险种', '基金收入', null, null, null, null, null, '基金支出', null, null, null, null, null, '基金结余', null, null],
    [null, ...ROLES, ...ROLES, '上年结余', '当期结余', '累计结余'],
    ...[...funds, total].map((f) => [f.label, ...fundRow(f, STANDARD)]),
  ]);
}

const clean = table(BAZHOU);
const amount = (value: number): GridCell => ({ value, numberFormat: '0' });
const rate = (value: number): GridCell => ({ value, numberFormat: '0.00%' });
const broken = (...changes: [string, GridCell][]) => {
  let workbook = workbookOf(clean);
  for (const [address, cell] of changes) {
    const col = address.charCodeAt(0) - 65;
    const row = Number(address.slice(1)) - 1;
    workbook = withCell(workbook, '表', row, col, cell);
  }
  return verdict(workbook);
};

describe('mistakes in a fund balance table', () => {
  it('the table as bazhou’s figures give it is clean', () => {
    expect(verdict(workbookOf(clean))).toEqual(CLEAN);
  });

  it('a growth rate computed against the wrong base (增加 ÷ 本年) is blamed on the rate', () => {
    // 机关事业 基金收入: −2819 ÷ 47161 = −5.98%, where −2819 ÷ 49980 = −5.64%.
    expect(broken(['F6', rate(-0.0598)])).toEqual({ errors: [['F6', '-5.64%']], warnings: [] });
  });

  it('a whole column of growth rates against the wrong base is an error at each rate', () => {
    const wrongBase = [...BAZHOU, totalOf(BAZHOU, '合计')].map((f, i): [string, GridCell] => [
      `F${5 + i}`,
      rate(Math.round(((f.income.actual - f.income.prior) / f.income.actual) * 10000) / 10000),
    ]);
    expect(broken(...wrongBase)).toEqual({
      errors: [
        ['F5', '-23.20%'],
        ['F6', '-5.64%'],
        ['F7', '-39.40%'],
        ['F8', '-10.09%'],
        ['F9', '-20.39%'],
      ],
      warnings: [],
    });
  });

  it('a 合计 row that leaves one fund out is an error at each of its amounts, its own rates being consistent', () => {
    const withoutUnemployment = totalOf(BAZHOU.slice(0, 3), '合计');
    const result = verdict(workbookOf(table(BAZHOU, withoutUnemployment)));
    const full = totalOf(BAZHOU, '合计');
    expect(result).toEqual({
      errors: [
        ['B9', String(full.income.budget)],
        ['C9', String(full.income.actual)],
        ['D9', String(full.income.prior)],
        ['E9', String(full.income.actual - full.income.prior)],
        ['H9', String(full.expenditure.budget)],
        ['I9', String(full.expenditure.actual)],
        ['J9', String(full.expenditure.prior)],
        ['K9', String(full.expenditure.actual - full.expenditure.prior)],
        ['N9', String(full.opening)],
        ['O9', String(full.income.actual - full.expenditure.actual)],
        ['P9', String(full.opening + full.income.actual - full.expenditure.actual)],
      ],
      warnings: [],
    });
  });

  it('a 完成数 合计 summed over three funds only is the one error; the rates it distorts are its consequences', () => {
    expect(broken(['C9', amount(256300)])).toEqual({ errors: [['C9', '269099']], warnings: [] });
  });

  it('a transposed digit in a fund’s 完成数 is blamed on it, not on the 合计 or the rates', () => {
    expect(broken(['C6', amount(41761)])).toEqual({ errors: [['C6', '47161']], warnings: [] });
    expect(broken(['I7', amount(8588)])).toEqual({ errors: [['I7', '8858']], warnings: [] });
  });

  it('an 增加 with the wrong sign is blamed on the 增加', () => {
    expect(broken(['E7', amount(2813)])).toEqual({ errors: [['E7', '-2813']], warnings: [] });
  });

  it('a 当期结余 typo that breaks 累计结余 is blamed on the 当期结余', () => {
    expect(broken(['O8', amount(-2230)])).toEqual({ errors: [['O8', '-2203']], warnings: [] });
  });

  it('two independent mistakes are both found', () => {
    expect(broken(['C6', amount(41761)], ['L7', rate(-0.2948)])).toEqual({
      errors: [
        ['C6', '47161'],
        ['L7', '-29.84%'],
      ],
      warnings: [],
    });
  });
});
