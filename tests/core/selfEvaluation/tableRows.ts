import type { Literal } from '../../helpers/grid';

/**
 * The part columns a template may have beside the value columns: a comparison, a direction, a nature, a unit
 * shared by both values or one each (`targetUnit` / `actualUnit`: the column's role, whatever its header says).
 */
export type PartCell = 'comparison' | 'direction' | 'nature' | 'unit' | 'targetUnit' | 'actualUnit';

export interface IndicatorSpec {
  level1?: string;
  level2?: string;
  name: string;
  target: Literal;
  actual: Literal;
  weight?: Literal;
  score?: Literal;
  note?: Literal;
  /** What the row's part columns hold, for templates that have them. */
  parts?: Partial<Record<PartCell, Literal>>;
}

export interface StandardTableSpec {
  project?: string;
  /** 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 of the 年度资金总额 row. */
  funds?: [Literal, Literal, Literal, Literal, Literal, Literal];
  achieved?: string;
  indicators: IndicatorSpec[];
  /** 总分 row: 分值 and 得分. */
  total?: [Literal, Literal];
}

/**
 * A 项目支出绩效自评表 in the layout of 财预〔2020〕10号 (as in yuepuhu): label column A, funds block C–H,
 * indicators B–I, 总分 at the bottom. Rows as literals for `sheetFromRows`.
 */
export function standardTable(spec: StandardTableSpec): Literal[][] {
  const [initial, budget, actual, weight, rate, score] = (spec.funds ?? [100, 100, 100, 10, null, null]).map((v, i) =>
    formatted(v, i === 4 ? '0.0%' : '0.00'),
  );
  const points = (v: Literal | undefined) => formatted(v ?? null, '0.00');
  return [
    ['项目支出绩效自评表'],
    ['项目名称', null, spec.project ?? '城乡居民基本养老保险补助项目'],
    ['项目资金\n(万元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', initial, budget, actual, weight, rate, score],
    [null, '其中：当年财政拨款', initial, budget, actual, '—', '—', '—'],
    ['年度总体\n目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '确保待遇按时足额发放', null, null, null, spec.achieved ?? '待遇按时足额发放'],
    ['年度绩效\n指标完成\n情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ...spec.indicators.map((i) => [null, i.level1 ?? null, i.level2 ?? null, i.name, i.target, i.actual, points(i.weight), points(i.score), i.note ?? null]),
    ['总分', null, null, null, null, null, ...(spec.total ?? [100, null]).map(points)],
  ];
}

/** Numbers carry the format the report shows them in (`0.00` for points): it sets the rounding tolerance. */
function formatted(value: Literal, numberFormat: string): Literal {
  return typeof value === 'number' ? { value, numberFormat } : value;
}

/** Six indicators worth 90 points; with the funds block's 10, the 总分 is 100. */
export const NINETY_POINTS: IndicatorSpec[] = [
  { level1: '产出指标', level2: '数量指标', name: '参保缴费人数', target: '74272人', actual: '70083人', weight: 20 },
  { name: '保障退休待遇人数', target: '15424人', actual: '15774人', weight: 10 },
  { level2: '质量指标', name: '基本养老支出预算执行率', target: '≥95%或≤105%', actual: '100%', weight: 10 },
  { name: '养老金发放时效', target: '每月25日前', actual: '每月25日前', weight: 10 },
  { level1: '效益指标', level2: '社会效益指标', name: '退休人员上访率', target: '上访率控制在0.1%以内', actual: '0', weight: 20 },
  { level1: '满意度指标', level2: '满意度指标', name: '群众满意度', target: '≥95%', actual: '100%', weight: 20 },
];
