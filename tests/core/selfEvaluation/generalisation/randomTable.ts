import Decimal from 'decimal.js';
import { analyseWorkbook, type Analysis, type GridCell } from '../../../../src/core';
import { fromA1 } from '../../../../src/core/grid/address';
import { withCell } from '../../../helpers/grid';
import { randomIndicator, type ActualForm, type Choose, type IndicatorKind, type Template } from './randomIndicator';
import { points, rate, SheetBuilder, STANDARD_FUNDS, type BuiltTable, type IndicatorColumn, type VariantIndicator } from './variantTable';

/**
 * Random 自评表 that are consistent under the default policy: every 得分, the 执行率, the funds 得分 and the 总分
 * are what the policy gives, computed here independently of the scorer (decimal arithmetic, half-up). Layout,
 * header words, position and indicator kinds vary with the seed.
 */
export interface RandomTable {
  sheet: SheetBuilder;
  /** Which part columns the template has. */
  template: Template;
  /** Each indicator's kind and how its actual is written, in order. */
  kinds: IndicatorKind[];
  forms: ActualForm[];
  table: BuiltTable;
  /** Each indicator's 分值 and policy 得分, as numbers. */
  weights: number[];
  scores: number[];
  fundsScore: number;
  total: number;
  /** 执行率 exactly (全年执行数 ÷ 全年预算数). */
  rate: Decimal;
}

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const round2 = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

const HEADERS: Record<IndicatorColumn, string[]> = {
  level1: ['一级指标', '一级\n指标'],
  level2: ['二级指标', '二级 指标'],
  indicator: ['三级指标', '指标名称', '指标内容', '绩效指标'],
  target: ['年度指标值', '预期指标值', '指标值', '目标值', '年度目标值'],
  actual: ['实际完成值', '实际完成指标值', '完成值', '实际值', '全年实际值'],
  weight: ['分值', '权重', '标准分', '分 值'],
  score: ['得分', '自评得分', '评分', '得 分'],
  note: ['偏差原因分析及改进措施', '偏差原因', '未完成原因及改进措施'],
  comparison: ['比较符号', '符号', '运算符', '比较方式'],
  direction: ['指标方向', '方向', '指标导向'],
  nature: ['指标性质', '性质', '指标属性'],
  unit: ['计量单位', '度量单位', '单位'],
  targetUnit: ['指标值单位', '目标值单位'],
  actualUnit: ['实际完成值单位', '实际值单位'],
};
const TOTAL_LABELS = ['总分', '合计', '总 分'];

/** 90 points split into n weights, each a multiple of 0.5 and at least 2. */
function splitWeights(rand: () => number, n: number): Decimal[] {
  const shares = Array.from({ length: n }, () => 1 + rand());
  const sum = shares.reduce((a, b) => a + b, 0);
  const weights = shares.map((s) => new D(Math.max(2, Math.round((s / sum) * 90 * 2) / 2)));
  const rest = weights.slice(1).reduce((a, b) => a.plus(b), new D(0));
  weights[0] = new D(90).minus(rest);
  return weights;
}

export function randomTable(rand: () => number): RandomTable {
  const pick: Choose = (list) => list[Math.floor(rand() * list.length)];
  const template: Template = {
    comparison: rand() < 0.25,
    units: pick(['none', 'none', 'none', 'none', 'shared', 'shared', 'each'] as const),
    direction: rand() < 0.2,
    nature: pick(['none', 'none', 'none', 'none', 'none', 'sign', 'words'] as const),
  };
  const n = 3 + Math.floor(rand() * 7);
  const weights = splitWeights(rand, n);
  const made = weights.map((w, i) => randomIndicator(rand, pick, w, i, template));
  const levels = ['产出指标', '效益指标', '满意度指标'];
  const indicators: VariantIndicator[] = made.map(({ spec, score }, i) => ({
    ...spec,
    ...(i === 0 || rand() < 0.3 ? { level1: pick(levels), level2: pick(['数量指标', '质量指标', '时效指标', '社会效益指标']) } : {}),
    score: score.toNumber(),
    note: score.lt(weights[i]) ? '已分析原因' : null,
  }));

  const budget = new D(Math.round(1000 + rand() * 50000) / 100);
  const spent = round2(budget.mul(0.7 + rand() * 0.35));
  const exactRate = spent.div(budget);
  const fundsScore = round2(new D(10).mul(Decimal.min(exactRate, 1)));
  const total = made.reduce((sum, m) => sum.plus(m.score), fundsScore);

  const order: IndicatorColumn[] = [
    'level1',
    'level2',
    'indicator',
    ...(template.nature !== 'none' ? ['nature' as const] : []),
    ...(template.comparison ? ['comparison' as const] : []),
    'target',
    ...(template.units === 'shared' ? ['unit' as const] : template.units === 'each' ? ['targetUnit' as const] : []),
    ...(template.direction ? ['direction' as const] : []),
    'actual',
    ...(template.units === 'each' ? ['actualUnit' as const] : []),
    'weight',
    'score',
    'note',
  ];
  // Two unit columns are both `单位`, or each names its value.
  const bareUnits = rand() < 0.5;
  const columns = order.map((role): [IndicatorColumn, string] => [role, (role === 'targetUnit' || role === 'actualUnit') && bareUnits ? '单位' : pick(HEADERS[role])]);
  const sheet = new SheetBuilder();
  const table = sheet.table(
    {
      labelColumn: rand() < 0.5,
      repeatLevels: rand() < 0.3,
      columns,
      funds: {
        columns: STANDARD_FUNDS.columns,
        values: [points(budget.toNumber()), points(budget.toNumber()), points(spent.toNumber()), points(10), rate(exactRate.toDecimalPlaces(3).toNumber()), points(fundsScore.toNumber())],
      },
      indicators,
      total: { label: pick(TOTAL_LABELS), weight: 100, score: total.toNumber() },
    },
    { row: Math.floor(rand() * 6), col: Math.floor(rand() * 4) },
  );
  return { sheet, template, kinds: made.map((m) => m.kind), forms: made.map((m) => m.form), table, weights: weights.map((w) => w.toNumber()), scores: made.map((m) => m.score.toNumber()), fundsScore: fundsScore.toNumber(), total: total.toNumber(), rate: exactRate };
}

/** The table's workbook with one cell replaced. */
export function analyseWith(random: RandomTable, changes: [string, GridCell][] = []): Analysis {
  let workbook = { name: 'random.xlsx', sheets: [random.sheet.grid()] };
  for (const [a1, cell] of changes) {
    const { row, col } = fromA1(a1);
    workbook = withCell(workbook, random.sheet.name, row, col, cell);
  }
  return analyseWorkbook(workbook);
}
