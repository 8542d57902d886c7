import { SheetView } from '../../../src/core/grid/SheetView';
import { recogniseSelfEvaluationTables } from '../../../src/core/selfEvaluation/recogniseSelfEvaluationTables';
import { sheetFromRows } from '../../helpers/grid';
import { NINETY_POINTS, standardTable } from './tableRows';

function recognise(rows: Parameters<typeof sheetFromRows>[1], at?: { row: number; col: number }) {
  return recogniseSelfEvaluationTables(new SheetView(sheetFromRows('自评表', rows, at)));
}

describe('recogniseSelfEvaluationTables', () => {
  it('finds the parts of a standard table by their words', () => {
    const [table] = recognise(standardTable({ indicators: NINETY_POINTS }));
    expect(table.projectName).toBe('城乡居民基本养老保险补助项目');
    expect(table.columns).toMatchObject({ level1: 1, level2: 2, indicator: 3, target: 4, actual: 5, weight: 6, score: 7, deviationNote: 8 });
    expect(table.funds).toMatchObject({ layout: 'columns', budget: { row: 3, col: 3 }, actual: { row: 3, col: 4 }, weight: { col: 5 }, rate: { col: 6 }, score: { col: 7 } });
    expect(table.goal?.achieved).toMatchObject({ row: 6, col: 5 });
    expect(table.indicators).toHaveLength(6);
    expect(table.totalRow).toBe(14);
    expect(table.range).toEqual({ top: 0, left: 0, bottom: 14, right: 8 });
  });

  it('carries 一级/二级指标 down from the top cell of their merged area', () => {
    const [table] = recognise(standardTable({ indicators: NINETY_POINTS }));
    expect(table.indicators.map((i) => `${i.level1}/${i.level2}`)).toEqual([
      '产出指标/数量指标',
      '产出指标/数量指标',
      '产出指标/质量指标',
      '产出指标/质量指标',
      '效益指标/社会效益指标',
      '满意度指标/满意度指标',
    ]);
  });

  it('finds a table that starts in another column and row', () => {
    const [table] = recognise(standardTable({ indicators: NINETY_POINTS }), { row: 5, col: 3 });
    expect(table.columns.indicator).toBe(6);
    expect(table.funds?.rate).toMatchObject({ row: 8, col: 9 });
    expect(table.totalRow).toBe(19);
    expect(table.range).toEqual({ top: 5, left: 3, bottom: 19, right: 11 });
  });

  it('tells two tables stacked on one sheet apart', () => {
    const first = standardTable({ project: '机关事业单位基本养老保险补助', indicators: NINETY_POINTS });
    const second = standardTable({ project: '职工基本医疗保险项目', indicators: NINETY_POINTS.slice(0, 3), funds: [5, 6, 7, 10, null, null] });
    const tables = recognise([...first, [], [], ...second]);
    expect(tables.map((t) => t.projectName)).toEqual(['机关事业单位基本养老保险补助', '职工基本医疗保险项目']);
    expect(tables.map((t) => t.indicators.length)).toEqual([6, 3]);
    expect(tables[1].funds?.actual).toMatchObject({ row: 20, col: 4 });
    expect(tables[1].range.top).toBe(17);
  });

  it('reads a table without 分值/得分 columns, with the funds as label-value pairs', () => {
    const rows = [
      ['社会保险基金支出绩效自评表'],
      ['项目名称', null, '城乡居民养老保险基金支出'],
      ['预算执行情况（万元）', '预算数：', 4205, '执行数：', 4822],
      ['年度目标完成情况', '预期目标', null, '实际完成目标'],
      [null, '确保待遇按时足额发放', null, '达到了预期目标'],
      ['年度', '一级指标', '二级指标', '三级指标', '预期指标值（包含数字及文字描述）', '实际完成指标值（包含数字及文字描述）'],
      [null, '项目完成指标', '数量指标', '个人缴费人数', '156899人', '156006人'],
      [null, null, null, '财政补贴标准（省级、县级）', '50、6.82', '50、8.59'],
    ];
    const [table] = recognise(rows);
    expect(table.columns.weight).toBeUndefined();
    expect(table.columns.score).toBeUndefined();
    expect(table.funds).toEqual({
      layout: 'pairs',
      budget: { sheet: '自评表', row: 2, col: 2 },
      actual: { sheet: '自评表', row: 2, col: 4 },
    });
    expect(table.goal?.achieved).toMatchObject({ row: 4, col: 3 });
    expect(table.indicators.map((i) => i.target)).toEqual(['156899人', '50、6.82']);
    expect(table.totalRow).toBeUndefined();
  });

  it('shows a number typed as a percentage as the report shows it', () => {
    const rows = standardTable({ indicators: [{ name: '满意度', target: '≥95%', actual: { value: 0.98, numberFormat: '0%' }, weight: 90 }] });
    const [table] = recognise(rows);
    expect(table.indicators[0].actual).toBe('98%');
  });

  it('finds nothing on a sheet without an indicator header', () => {
    expect(recognise([['项目', '预算数', '执行数'], ['合计', 1, 2]])).toEqual([]);
  });
});
