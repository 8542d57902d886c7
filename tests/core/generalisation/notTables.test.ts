import { analyseWorkbook, type GridCell, type WorkbookGrid } from '../../../src/core';
import { sheetFromRows, workbookOf } from '../../helpers/grid';

/** Layouts that mention funds and figures but are neither fund balance tables nor line-item tables. */
type Row = (string | number | null | GridCell)[];

/** The amount tables the report names (a 自评表 is read by its own reader and does not count here). */
function recognised(workbook: WorkbookGrid) {
  return analyseWorkbook(workbook).tables.filter((t) => t.kind !== 'self-evaluation');
}

/** Rules of the fund balance and line-item checks, so the self-evaluation's own findings do not count here. */
const TABLE_RULES = ['sum', 'change', 'growthRate', 'executionRate', 'closingBalance', 'openingBalance', 'netBalance', 'ofWhich', 'partsWithinLine', 'sameFact'];

function tableFindings(workbook: WorkbookGrid) {
  return analyseWorkbook(workbook).findings.filter((f) => TABLE_RULES.includes(f.rule));
}

describe('layouts that are not fund balance or line-item tables', () => {
  it('a 项目支出绩效自评表 whose funds block and indicators name funds', () => {
    const rows: Row[] = [
      ['项目支出绩效自评表'],
      ['(2020年度)'],
      ['项目名称', null, '职工基本医疗保险基金支出'],
      ['项目资金\n(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 3738.2, 16402.24, 16402.24, 10, 1, 10],
      [null, '其中：职工基本医疗保险基金', 3300.0, 14000.0, 14000.0, '—', '—', '—'],
      [null, '生育保险基金', 438.2, 2402.24, 2402.24, '—', '—', '—'],
      [null, '上年结转资金', 0, 0, 0, '—', '—', '—'],
      ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      [null, '产出指标', '数量指标', '职工基本医疗基金支出预算执行率', '≥95%', '100%', 10, 10],
      [null, null, null, '生育保险基金可支付月数', '≥6个月', '9个月', 10, 10],
      [null, null, null, '失业保险参保人数', '≥14830人', '14830人', 10, 10],
      [null, null, null, '工伤保险待遇发放准确率', '≥99%', '100%', 10, 10],
      [null, '效益指标', '社会效益指标', '城乡居民养老保险待遇按时足额发放', '100%', '100%', 10, 10],
      [null, '满意度指标', '满意度指标', '企业职工基本养老保险参保人员满意度', '≥90%', '95%', 10, 10],
      ['总分', null, null, null, null, null, 100, 100],
    ];
    const workbook = workbookOf(sheetFromRows('自评表', rows));
    expect(recognised(workbook)).toEqual([]);
    expect(tableFindings(workbook)).toEqual([]);
  });

  it('a 自评表 whose funds block lists funds right under its 分值/得分 header', () => {
    const workbook = workbookOf(
      sheetFromRows('自评表', [
        ['项目支出绩效自评表'],
        ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['职工基本医疗保险基金', 3300.0, 14000.0, 14000.0, 5, '—', '—'],
        ['生育保险基金', 438.2, 2402.24, 2402.24, 5, '—', '—'],
        ['合计', 3738.2, 16402.24, 16402.24, 10, 1, 10],
      ]),
    );
    expect(recognised(workbook)).toEqual([]);
    expect(tableFindings(workbook)).toEqual([]);
  });

  it('a list of 参保人数 by fund with no 合计', () => {
    const workbook = workbookOf(
      sheetFromRows('参保', [
        ['2020年各险种参保情况'],
        ['险种', '2020年参保人数', '2019年参保人数'],
        ['企业职工基本养老保险', '148213人', '140108人'],
        ['城乡居民基本养老保险', 70083, 74272],
        ['职工基本医疗保险', 14830, 14611],
        ['城乡居民基本医疗保险', 157935, 158269],
      ]),
    );
    expect(recognised(workbook)).toEqual([]);
    expect(analyseWorkbook(workbook).findings).toEqual([]);
  });

  it('prose pasted into cells, one paragraph a row, with numbered fund headings', () => {
    const workbook = workbookOf(
      sheetFromRows('说明', [
        ['一、社会保险基金收支余总体情况'],
        ['2020年，社会保险基金总收入269099万元（不含上下级往来），较上年同期减少68938万元，下降20.39%，完成年度预算101.90%。'],
        ['1、企业职工基本养老保险'],
        ['2020年企业养老保险基金收入204813万元，其中：基本养老保险费收入190327万元、财政补贴收入6158万元，与去年同期相比减少61869万元，下降23.20%。'],
        ['2、机关事业单位养老保险'],
        ['2020年机关事业单位养老保险基金收入47161万元，与去年同期相比减少了2819万元，降低5.64%，完成全年预算的96.67%。'],
        ['3、工伤保险基金'],
        ['基金当期结余-5717万元，累计结余10974万元。'],
        ['合计', '各项基金合计收入269099万元'],
      ]),
    );
    expect(recognised(workbook)).toEqual([]);
    expect(analyseWorkbook(workbook).findings).toEqual([]);
  });
});
