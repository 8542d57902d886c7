import { analyseWorkbook, cellsFromRows, type Analysis, type GridCell, type SheetGrid } from '../../../../src/core';
import { toA1 } from '../../../../src/core/grid/address';
import type { Literal } from '../../../helpers/grid';
import type { IndicatorSpec, PartCell } from '../tableRows';
import { a1 } from '../../../helpers/grid';

/**
 * 自评表 in the shapes other units use, built cell by cell so a test can move, rename, drop or repeat any part
 * and still ask "where is indicator 3's 得分?" by role instead of by address.
 */
export type { Literal };

export type IndicatorColumn = 'level1' | 'level2' | 'indicator' | 'target' | 'actual' | 'weight' | 'score' | 'note' | PartCell;
export type FundsColumn = 'initialBudget' | 'budget' | 'actual' | 'weight' | 'rate' | 'score';

/** One indicator row: the same shape the standard-table builder takes. */
export type VariantIndicator = IndicatorSpec;

export interface VariantSpec {
  /** null: no title row. */
  title?: string | null;
  /** null: no 项目名称 row. */
  project?: string | null;
  /** The indicator columns in order, each with its header text. */
  columns: [IndicatorColumn, string][];
  /** A leading label column (`年度绩效指标`) left of the indicator columns, as in 财预〔2020〕10号. */
  labelColumn?: boolean;
  /** `columns`: headers across and one 年度资金总额 row; `pairs`: bachu's `预算数：` 20309 `执行数：` 19980. */
  funds?: { columns: [FundsColumn, string][]; values: Literal[] } | { pairs: [Literal, Literal] } | null;
  goal?: { expected: string; achieved: string } | null;
  indicators: VariantIndicator[];
  /** Write 一级/二级 on every row instead of only the top cell of a (merged) group. */
  repeatLevels?: boolean;
  /** The 总分 row, its label in the leftmost column; null: none. */
  total?: { label: string; weight: Literal; score: Literal } | null;
}

/** Where a built table's cells ended up, as A1 addresses. */
export interface BuiltTable {
  top: number;
  bottom: number;
  indicator(role: IndicatorColumn, index: number): string;
  total(role: 'weight' | 'score'): string;
  funds(role: FundsColumn): string;
  /** The 实际完成情况 text of the 年度总体目标. */
  achieved(): string;
}

/** Points carry the format reports show them in (`0.00`): it sets the rounding tolerance. */
export function points(value: Literal | undefined): Literal {
  return typeof value === 'number' ? { value, numberFormat: '0.00' } : value ?? null;
}

export function rate(value: Literal): Literal {
  return typeof value === 'number' ? { value, numberFormat: '0.0%' } : value;
}

/** One sheet, tables placed anywhere on it. */
export class SheetBuilder {
  private readonly cells = new Map<string, Literal>();
  private height = 0;
  private width = 0;

  constructor(readonly name = '自评表') {}

  put(row: number, col: number, value: Literal): void {
    if (value === null) return;
    this.cells.set(`${row},${col}`, value);
    this.height = Math.max(this.height, row + 1);
    this.width = Math.max(this.width, col + 1);
  }

  /** The table with its top-left corner at `at`. */
  table(spec: VariantSpec, at: { row: number; col: number } = { row: 0, col: 0 }): BuiltTable {
    let row = at.row;
    const left = at.col;
    const first = left + (spec.labelColumn ? 1 : 0);
    const top = row;
    if (spec.title !== null) this.put(row++, left, spec.title ?? '项目支出绩效自评表');
    if (spec.project !== null) {
      this.put(row, left, '项目名称');
      this.put(row++, left + 2, spec.project ?? '城乡居民基本养老保险补助项目');
    }
    const fundsCells = new Map<FundsColumn, string>();
    const funds = spec.funds === undefined ? STANDARD_FUNDS : spec.funds;
    if (funds && 'pairs' in funds) {
      this.put(row, left, '预算执行情况（万元）');
      this.put(row, left + 1, '预算数：');
      this.put(row, left + 2, funds.pairs[0]);
      this.put(row, left + 3, '执行数：');
      this.put(row, left + 4, funds.pairs[1]);
      fundsCells.set('budget', toA1(row, left + 2)).set('actual', toA1(row, left + 4));
      row++;
    } else if (funds) {
      this.put(row, left, '项目资金\n（万元）');
      funds.columns.forEach(([role, header], i) => {
        this.put(row, left + 2 + i, header);
        this.put(row + 1, left + 2 + i, funds.values[i] ?? null);
        fundsCells.set(role, toA1(row + 1, left + 2 + i));
      });
      this.put(row + 1, left + 1, '年度资金总额');
      row += 2;
    }
    const goal = spec.goal === undefined ? { expected: '确保待遇按时足额发放', achieved: '待遇按时足额发放' } : spec.goal;
    let achieved: string | undefined;
    if (goal) {
      achieved = toA1(row + 1, left + 4);
      this.put(row, left, '年度总体目标');
      this.put(row, left + 1, '预期目标');
      this.put(row, left + 4, '实际完成情况');
      this.put(row + 1, left + 1, goal.expected);
      this.put(row + 1, left + 4, goal.achieved);
      row += 2;
    }
    if (spec.labelColumn) this.put(row, left, '年度绩效指标完成情况');
    const colOf = new Map<IndicatorColumn, number>();
    spec.columns.forEach(([role, header], i) => {
      colOf.set(role, first + i);
      this.put(row, first + i, header);
    });
    row++;
    const firstIndicatorRow = row;
    let level1 = '';
    let level2 = '';
    for (const indicator of spec.indicators) {
      if (indicator.level1) [level1, level2] = [indicator.level1, ''];
      if (indicator.level2) level2 = indicator.level2;
      const shown: Record<IndicatorColumn, Literal> = {
        level1: spec.repeatLevels ? level1 : indicator.level1 ?? null,
        level2: spec.repeatLevels ? level2 : indicator.level2 ?? null,
        indicator: indicator.name,
        target: indicator.target,
        actual: indicator.actual,
        weight: points(indicator.weight),
        score: points(indicator.score),
        note: indicator.note ?? null,
        comparison: indicator.parts?.comparison ?? null,
        direction: indicator.parts?.direction ?? null,
        nature: indicator.parts?.nature ?? null,
        unit: indicator.parts?.unit ?? null,
        targetUnit: indicator.parts?.targetUnit ?? null,
        actualUnit: indicator.parts?.actualUnit ?? null,
      };
      for (const [role, col] of colOf) this.put(row, col, shown[role]);
      row++;
    }
    const totalRow = row;
    if (spec.total !== null) {
      const total = spec.total ?? { label: '总分', weight: 100, score: null };
      this.put(row, left, total.label);
      if (colOf.has('weight')) this.put(row, colOf.get('weight')!, points(total.weight));
      if (colOf.has('score')) this.put(row, colOf.get('score')!, points(total.score));
      row++;
    }
    const need = <T>(value: T | undefined, what: string): T => {
      if (value === undefined) throw new Error(`the table has no ${what}`);
      return value;
    };
    return {
      top,
      bottom: row - 1,
      indicator: (role, index) => toA1(firstIndicatorRow + index, need(colOf.get(role), role)),
      total: (role) => toA1(totalRow, need(colOf.get(role), role)),
      funds: (role) => need(fundsCells.get(role), `funds ${role}`),
      achieved: () => need(achieved, 'goal block'),
    };
  }

  grid(): SheetGrid {
    const cells: GridCell[][] = [];
    for (let r = 0; r < this.height; r++) {
      const line: GridCell[] = [];
      for (let c = 0; c < this.width; c++) {
        const v = this.cells.get(`${r},${c}`) ?? null;
        line.push(v !== null && typeof v === 'object' ? v : { value: v });
      }
      cells.push(line);
    }
    return { name: this.name, cells: cellsFromRows(cells) };
  }
}

/** The 财预〔2020〕10号 funds block: all six columns, 100 budgeted and spent, 10 points, 执行率 and 得分 empty. */
export const STANDARD_FUNDS = {
  columns: [
    ['initialBudget', '年初预算数'],
    ['budget', '全年预算数'],
    ['actual', '全年执行数'],
    ['weight', '分值'],
    ['rate', '执行率'],
    ['score', '得分'],
  ] as [FundsColumn, string][],
  values: [points(100), points(100), points(100), points(10), null, null],
};

export const STANDARD_COLUMNS: [IndicatorColumn, string][] = [
  ['level1', '一级指标'],
  ['level2', '二级指标'],
  ['indicator', '三级指标'],
  ['target', '年度指标值'],
  ['actual', '实际完成值'],
  ['weight', '分值'],
  ['score', '得分'],
  ['note', '偏差原因分析及改进措施'],
];

/** One table on one sheet, analysed under the named policy. */
export function analyseVariant(spec: VariantSpec, at?: { row: number; col: number }, policy?: string): { analysis: Analysis; table: BuiltTable } {
  const sheet = new SheetBuilder();
  const table = sheet.table(spec, at);
  return { analysis: analyseWorkbook({ name: 'variant.xlsx', sheets: [sheet.grid()] }, policy ? { policy } : {}), table };
}

export function fillAt(analysis: Analysis, cell: string): string | undefined {
  return analysis.fills.find((f) => a1(f) === cell)?.value;
}

/** Findings that are not info, as `rule@cell severity`, sorted: the whole report in one comparable line each. */
export function findingSummary(analysis: Analysis): string[] {
  return analysis.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule}@${a1(f)} ${f.severity}`)
    .sort();
}
