#!/usr/bin/env node
'use strict';
// Builds the sample workbooks in samples/ from tables of the reports in the seed texts (figures as printed,
// slips included), placed where the fixtures do not put them, so `npm run demo` shows the tables being found
// anywhere. The .xlsx files are committed; run `node scripts/make-samples.js` after changing this script.
const path = require('path');
const ExcelJS = require('exceljs');

const OUT = path.join(__dirname, '..', 'samples');
const thin = { style: 'thin' };
const BOX = { top: thin, left: thin, bottom: thin, right: thin };
const HEAD = { bold: true, name: '宋体', size: 10 };
const BODY = { name: '宋体', size: 10 };

/** A workbook with fixed document dates, so regenerating changes the files only where the content changed. */
function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'FundCheck scripts/make-samples.js';
  wb.created = wb.modified = new Date('2021-02-22T00:00:00Z');
  return wb;
}

/** Column number of a letter ("A" → 1). */
const col = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Write a block of rows with its top-left at `at` ("C5"); null leaves a cell empty; returns the cells by [r][c]. */
function put(ws, at, rows, { numFmt, font = BODY, border = BOX, formats = {} } = {}) {
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(at);
  const top = Number(row);
  const left = col(letters);
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      const cell = ws.getCell(top + r, left + c);
      if (value !== null && value !== undefined) cell.value = value;
      cell.font = font;
      if (border) cell.border = border;
      const fmt = formats[c] ?? (typeof value === 'number' ? numFmt : undefined);
      if (fmt) cell.numFmt = fmt;
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: typeof value === 'number' ? 'right' : 'center' };
    }),
  );
}

/** Seed 000 (巴州 2020): 收支余情况表, funds down, two-row grouped header, placed at C5 under a heading. */
async function bazhou() {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('附表1 收支余');
  ws.getCell('A1').value = '巴音郭楞蒙古自治州 2020 年度社会保险基金支出绩效评价报告 附表';
  ws.getCell('A1').font = { bold: true, size: 12 };
  ws.getCell('C3').value = '2020年社会保险基金收支余情况表';
  ws.getCell('C3').font = { bold: true, size: 14 };
  ws.mergeCells('C3:R3');
  ws.getCell('C3').alignment = { horizontal: 'center' };
  ws.getCell('R4').value = '单位：万元、%';
  const groups = ['险种', ...Array(6).fill('基金收入'), ...Array(6).fill('基金支出'), ...Array(3).fill('基金结余')];
  const measures = ['2020年\n预算数', '2020年完成数', '2019年完成数', '增加', '增长率', '完成\n预算'];
  put(ws, 'C5', [groups, ['险种', ...measures, ...measures, '上年\n结余', '当期\n结余', '累计\n结余']], { font: HEAD });
  ws.mergeCells('C5:C6');
  ws.mergeCells('D5:I5');
  ws.mergeCells('J5:O5');
  ws.mergeCells('P5:R5');
  const pct = { 4: '0.00%', 5: '0.00%', 10: '0.00%', 11: '0.00%' };
  const rows = [
    ['企业养老\n保险', 198731, 204813, 266682, -61869, -0.232, 1.0306, 261523, 259666, 240681, 18985, 0.0789, 0.9929, 307480, -271483, 35997],
    ['机关事业单位\n养老(元)', 48784, 47161, 49980, -2819, -0.0564, 0.9667, 51103, 51463, 47129, 4334, 0.092, 1.007, 5124, -4405, 719],
    ['工伤保险', 4123, 4326, 7139, -2813, -0.394, 1.0492, 8561, 8858, 12625, -3767, -0.2984, 1.0347, 16691, -5717, 10974],
    ['失业保险', 12455, 12799, 14236, -1437, -0.1009, 1.0276, 13799, 15002, 12232, 2770, 0.2265, 1.0872, 40751, -4061, 36690],
    ['合计', 264093, 269099, 338037, -68938, -0.2039, 1.019, 334986, 334989, 312667, 22322, 0.0714, 1, 370046, -65890, 304156],
  ];
  put(ws, 'C7', rows, { numFmt: '0', formats: Object.fromEntries(Object.entries(pct).map(([k, v]) => [Number(k) + 1, v])) });
  ws.getColumn('C').width = 14;
  for (let c = col('D'); c <= col('R'); c++) ws.getColumn(c).width = 10;
  ws.getCell('C13').value = '注：企业养老保险、工伤保险的当期结余含上解上级及调剂金收支。';
  await wb.xlsx.writeFile(path.join(OUT, 'bazhou-2020-balance.xlsx'));
}

/** Seed 004 (哈密 2019): 收支分析表 transposed (funds across), after a cover sheet, starting at column D. */
async function hami() {
  const wb = newWorkbook();
  const cover = wb.addWorksheet('说明');
  cover.getCell('A1').value = '哈密市 2019 年度社会保险基金支出绩效评价报告 附表';
  cover.getCell('A2').value = '数据来源：2019 年社会保险基金决算';
  const ws = wb.addWorksheet('收支分析');
  ws.getCell('D2').value = '2019年哈密市社保基金收支分析表';
  ws.getCell('D2').font = { bold: true, size: 14 };
  ws.mergeCells('D2:J2');
  ws.getCell('J3').value = '单位：万元';
  put(ws, 'D4', [['险种', '险种', '企业养老保险', '机关事业养老（改革）', '工伤保险', '失业保险', '合计：']], { font: HEAD });
  ws.mergeCells('D4:E4');
  const block = [
    ['预算', '基金收入小计', 111366, 117195, 5408, 5582, 239010],
    ['预算', '基金支出小计', 124386, 103506, 6107, 4194, 238193],
    ['2019年', '基金收入小计', 122288, 103562, 5676, 6037, 237563],
    ['2019年', '基金支出小计', 123542, 103772, 6419, 4543, 238276],
    ['2018年', '基金收入小计', 114947, 98696, 5784, 6201, 225628],
    ['2018年', '基金支出小计', 112034, 97706, 5230, 4542, 219512],
    ['收入对比分析', '增长', 7341, 4866, -108, -164, 11935],
  ];
  put(ws, 'D5', block, { numFmt: '0' });
  const rates = (label, values) => [label, ...values];
  put(ws, 'D12', [
    ['收入对比分析', ...rates('增幅%', [0.0639, 0.0493, -0.0187, -0.0264, 0.0529])],
    ['收入对比分析', ...rates('执行预算%', [1.0981, 0.8837, 1.0496, 1.0815, 0.9917])],
  ], { numFmt: '0.00%' });
  put(ws, 'D14', [['支出对比分析', '增长', 11508, 6066, 1189, 1, 18764]], { numFmt: '0' });
  put(ws, 'D15', [
    ['支出对比分析', ...rates('增幅%', [0.1027, 0.0621, 0.2273, 0.0002, 0.0855])],
    ['支出对比分析', ...rates('执行预算%', [0.9932, 1.0026, 1.0511, 1.0832, 1.0003])],
  ], { numFmt: '0.00%' });
  for (const range of ['D5:D6', 'D7:D8', 'D9:D10', 'D11:D13', 'D14:D16']) ws.mergeCells(range);
  ws.getColumn('D').width = 12;
  ws.getColumn('E').width = 14;
  for (const c of ['F', 'G', 'H', 'I', 'J']) ws.getColumn(c).width = 12;
  await wb.xlsx.writeFile(path.join(OUT, 'hami-2019-analysis.xlsx'));
}

/** Seed 002 (岳普湖 2020): 决算收入/支出/结余表 at B3, and the 城乡居民养老 自评表 with 执行率, 得分, 总分 left to fill. */
async function yuepuhu() {
  const wb = newWorkbook();
  const lineItems = (name, title, heading, rows) => {
    const ws = wb.addWorksheet(name);
    ws.getCell('B1').value = title;
    ws.getCell('B1').font = { bold: true, size: 14 };
    ws.mergeCells('B1:C1');
    ws.getCell('C2').value = '单位: 万元';
    put(ws, 'B3', [['项 目', heading]], { font: HEAD });
    put(ws, 'B4', rows.map(([label, value]) => [label, value ?? null]), { numFmt: '#,##0.00' });
    for (let r = 4; r < 4 + rows.length; r++) ws.getCell(`B${r}`).alignment = { horizontal: 'left', wrapText: true };
    ws.getColumn('B').width = 44;
    ws.getColumn('C').width = 16;
  };
  const funds8 = ['企业职工基本养老保险', '机关事业单位基本养老保险', '城乡居民基本养老保险', '城镇职工基本医疗保险', '城乡居民基本医疗保险', '工伤保险', '失业保险', '生育保险'];
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八'];
  const income = { 1: [15390.47, 13098.76, 92.67, 2161.0], 2: [4145.35, 1191.07, 51.63, 2698.6], 3: [9410.12, 6649.19, 107.27, null], 4: [14490.19, 5135.4, 80.79, 8974.0] };
  lineItems('决算收入表', '2020年岳普湖县社会保险基金决算收入表', '2020年决算数', [
    ['全区社会保险基金收入合计', 43436.13], ['其中: 保险费收入', 26074.42], ['利息收入', 332.36], ['财政补贴收入', 13833.6],
    ...funds8.flatMap((fund, i) => {
      const v = income[i] ?? [];
      return [[`${numerals[i]}、${fund}基金收入`, v[0]], ['其中: 保险费收入', v[1]], ['利息收入', v[2]], ['财政补贴收入', v[3]]];
    }),
  ]);
  const spendSub = ['基本养老金支出', '基本养老金支出', '基本养老金支出', '基本医疗保险待遇支出', '基本医疗保险待遇支出', '工伤保险待遇支出', '失业保险金支出', '医疗费用支出'];
  const spend = { 1: [13159.54, 13122.79], 2: [2684.22, 2676.4], 3: [16402.24, 4002.96], 4: [21860.67, 7828.72] };
  lineItems('决算支出表', '2020年岳普湖县社会保险基金决算支出表', '2020年决算数', [
    ['全区社会保险基金支出合计', 54106.67], ['其中: 社会保险待遇支出', 27630.87],
    ...funds8.flatMap((fund, i) => [[`${numerals[i]}、${fund}基金支出`, (spend[i] ?? [])[0]], [`其中: ${spendSub[i]}`, (spend[i] ?? [])[1]]]),
  ]);
  const balanceFunds = ['企业职工基本养老保险', '机关事业单位基本养老保险', '城乡居民基本养老保险', '城镇职工基本医疗保险', '城乡居民基本医疗保险', '失业保险', '工伤保险', '生育保险'];
  const net = [null, 2230.93, 1461.13, -6992.12, -7370.48];
  const closing = [null, 9306.03, 11369.9, 2093.28, 772.54];
  lineItems('决算结余表', '2020年岳普湖县社会保险基金决算结余表', '2020年年末结余决算数', [
    ['社会保险基金本年收支结余', -10670.54],
    ...balanceFunds.map((fund, i) => [`${numerals[i]}、${fund}基金本年收支结余`, net[i]]),
    ['岳普湖县社会保险基金年末累计结余', 23541.75],
    ...balanceFunds.map((fund, i) => [`${numerals[i]}、${fund}基金年末累计结余`, closing[i]]),
  ]);
  selfEvaluation(wb);
  await wb.xlsx.writeFile(path.join(OUT, 'yuepuhu-2020-accounts.xlsx'));
}

function selfEvaluation(wb) {
  const ws = wb.addWorksheet('自评表-城乡居民养老');
  ws.columns = [8, 10, 10, 40, 18, 18, 8, 8, 20].map((width) => ({ width }));
  const line = (r, values) => put(ws, `A${r}`, [values], { numFmt: '0.00' });
  ws.getCell('A1').value = '项目支出绩效自评表';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getCell('A2').value = '(2020年度)';
  ws.getCell('A2').alignment = { horizontal: 'center' };
  line(3, ['项目名称', null, '城乡居民基本养老保险补助项目', null, null, null, null, null, null]);
  line(4, ['主管部门', null, '岳普湖县社会保险中心', null, null, '实施单位', '岳普湖县社会保险中心', null, null]);
  line(5, ['项目资金\n(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', null]);
  line(6, [null, '年度资金总额', 2889.39, 2684.22, 2684.22, 10, null, null, null]);
  ws.getCell('F6').numFmt = '0';
  ws.getCell('G6').numFmt = '0.0%';
  line(7, [null, '其中：当年财政拨款', 2889.39, 2684.22, 2684.22, '—', '—', '—', null]);
  line(8, [null, '上年结转资金', 0, 0, 0, '—', '—', '—', null]);
  line(9, [null, '其他资金', 0, 0, 0, '—', '—', '—', null]);
  line(10, ['年度总体\n目标', '预期目标', null, null, null, '实际完成情况', null, null, null]);
  line(11, [null, '确保退休人员按期足额领取养老金待遇，按期调整待遇，让退休人员享受国家发展改革成果，安享晚年，确保社会和谐。', null, null, null,
    '项目已完成70083人参加城乡居民基本养老保险缴费，15774人按月及时发放基础养老金。项目的受益人员满意度100%。', null, null, null]);
  line(12, ['年度绩效\n指标完成\n情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const indicators = [
    ['产出指标', '数量指标', '参保缴费人数', '74272人', '70083人', 6.25],
    ['产出指标', '数量指标', '保障退休待遇人数', '15424人', '15774人', 6.25],
    ['产出指标', '数量指标', '基本养老收入预算执行率', '≥95%或≤105%', '100%', 6.25],
    ['产出指标', '数量指标', '基本养老支出预算执行率', '≥95%或≤105%', '100%', 6.25],
    ['产出指标', '质量指标', '养老保险待遇首次发放成功', '≥95%', '100%', 6.25],
    ['产出指标', '质量指标', '养老金首次转移成功率', '≥95%', '100%', 6.25],
    ['产出指标', '质量指标', '养老金发放时效', '每月25日前', '每月25日前', 6.25],
    ['产出指标', '质量指标', '基金使用符合政策规定', '100%', '100%', 6.25],
    ['效益指标', '社会效益指标', '让退休人员安享晚年', '充分发挥社会保险的职能作用', '充分发挥社会保险的职能作用', 15],
    ['效益指标', '可持续影响指标', '退休人员上访率', '上访率控制在0.1%以内', '上访率控制在0.1%以内', 15],
    ['满意度指标', '满意度指标', '群众满意度', '≥95%', '100%', 10],
  ];
  indicators.forEach((values, i) => line(13 + i, [null, ...values, null, null]));
  line(24, ['总分', null, null, null, null, null, 100, null, null]);
  for (const range of ['A1:I1', 'A2:I2', 'A3:B3', 'C3:I3', 'A4:B4', 'C4:E4', 'G4:I4', 'A5:A9', 'B10:E10', 'F10:I10', 'A10:A11', 'B11:E11',
    'F11:I11', 'A12:A23', 'B13:B20', 'C13:C16', 'C17:C20', 'B21:B22', 'A24:F24']) ws.mergeCells(range);
}

(async () => {
  await bazhou();
  await hami();
  await yuepuhu();
  process.stdout.write(`samples written to ${OUT}\n`);
})().catch((error) => {
  process.stderr.write(`make-samples: ${error.stack || error}\n`);
  process.exit(1);
});
