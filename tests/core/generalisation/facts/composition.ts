import type { Rng } from '../generator/random';
import { ASSIGNMENTS, assignmentName, transposed, varies, type Assignment } from './assignments';
import type { FactSet, Scale } from './factModel';
import { drawTableSpec, factAt, type DrawContext, type Leaf, type TableSpec } from './tableSpec';

/**
 * Step 2, continued: how a case's facts are split over tables. One table; a 收入 table and a 支出 (及结余) table;
 * a summary table (funds) and a detail table (account lines) stating some of its facts again; or a table and
 * its copy in another unit (万元 and 亿元), maybe transposed — every fact stated twice.
 */
export const COMPOSITIONS = ['single', 'split', 'summaryDetail', 'scaleCopy'] as const;
export type Composition = (typeof COMPOSITIONS)[number];

export interface ScaleChoice {
  scale: Scale;
  decimals: number;
}

/** The tables of a case, or null when this draw does not fit the composition. */
export function drawComposition(ctx: DrawContext, composition: Composition): TableSpec[] | null {
  const { rng } = ctx;
  switch (composition) {
    case 'single': {
      const spec = drawTableSpec(ctx, rng.pick(wanted(ctx, ASSIGNMENTS)));
      return spec && [spec];
    }
    case 'split': {
      // The measure nested on its axis, so that each part keeps the axis with the other dimension.
      const spec = drawTableSpec(ctx, rng.pick(wanted(ctx, ASSIGNMENTS.filter((a) => nestedMeasure(a)))));
      if (!spec) return null;
      const measures = [...new Set([...spec.rows, ...spec.cols].flatMap((l) => l.filter((m) => m.dim === 'measure' && l.indexOf(m) === 0 && l.length === 2).map((m) => m.value)))];
      if (measures.length < 2) return null;
      const first = restrictMeasure(ctx.facts, spec, [measures[0]]);
      const second = restrictMeasure(ctx.facts, spec, measures.slice(1));
      return first && second ? (rng.chance(0.3) ? [second, first] : [first, second]) : null;
    }
    case 'summaryDetail': {
      const summary = drawTableSpec(ctx, rng.pick(wanted(ctx, ASSIGNMENTS.filter((a) => varies(a, 'fund') && !varies(a, 'account')))));
      if (!summary) return null;
      const detail = drawTableSpec(ctx, rng.pick(ASSIGNMENTS.filter((a) => varies(a, 'account'))), summary);
      if (!detail || !shares(ctx.facts, summary, detail)) return null;
      return [summary, detail];
    }
    case 'scaleCopy': {
      const spec = drawTableSpec(ctx, rng.pick(wanted(ctx, ASSIGNMENTS)));
      if (!spec) return null;
      const other = otherScale(rng, spec);
      // The copy transposed now and then, where the transposed layout is one a clerk makes.
      const turn = rng.chance(0.3) && ASSIGNMENTS.some((a) => assignmentName(a) === assignmentName(transposed(spec.assignment)));
      const copy: TableSpec = turn ? { ...spec, ...other, assignment: transposed(spec.assignment), rows: spec.cols, cols: spec.rows } : { ...spec, ...other };
      return [spec, copy];
    }
  }
}

/** Assignments that can offer what the drawn mistake needs (rates: a series axis; 结余: a measure axis). */
function wanted(ctx: DrawContext, assignments: Assignment[]): Assignment[] {
  const measureOverSeries = (a: Assignment) => !varies(a, 'series') || (a.rows[0] === 'measure' && a.rows[1] === 'series') || (a.cols[0] === 'measure' && a.cols[1] === 'series');
  const fit = assignments.filter((a) => (!ctx.wants.rates || varies(a, 'series')) && (!ctx.wants.balances || (varies(a, 'measure') && !varies(a, 'account') && measureOverSeries(a))));
  return fit.length ? fit : assignments;
}

const nestedMeasure = (a: Assignment) => (a.rows.length === 2 && a.rows[0] === 'measure') || (a.cols.length === 2 && a.cols[0] === 'measure');

/**
 * The part of a table over some of its outer measures: where one measure is left, it moves to the title and the
 * axis keeps its inner dimension; a lone 基金结余 group leaves its three measures on the axis.
 */
function restrictMeasure(facts: FactSet, spec: TableSpec, keep: string[]): TableSpec | null {
  const axis = spec.assignment.rows[0] === 'measure' && spec.assignment.rows.length === 2 ? 'rows' : 'cols';
  const leaves = spec[axis].filter((l) => keep.includes(l[0].value));
  let assignment = spec.assignment;
  let fixed = spec.fixed;
  let kept: Leaf[] = leaves;
  if (keep.length === 1) {
    const inner = assignment[axis][1];
    if (keep[0] === 'balance') {
      kept = leaves.map((l) => [l[1]]);
      assignment = { ...assignment, [axis]: ['measure'] };
      fixed = { ...fixed, series: 'actual' };
      assignment = { ...assignment, title: [...assignment.title, inner].filter((d, i, a) => a.indexOf(d) === i && d !== 'measure') };
    } else {
      kept = leaves.map((l) => [l[1]]);
      assignment = { ...assignment, [axis]: [inner], title: [...assignment.title, 'measure'] };
      fixed = { ...fixed, measure: keep[0] as never };
    }
  }
  const part: TableSpec = { ...spec, assignment, fixed, [axis]: kept };
  let filled = 0;
  for (const r of part.rows) for (const c of part.cols) if (factAt(facts, part, r, c)) filled++;
  return filled > 0 && part.rows.length && part.cols.length ? part : null;
}

function shares(facts: FactSet, a: TableSpec, b: TableSpec): boolean {
  const ids = new Set<string>();
  for (const r of a.rows) for (const c of a.cols) {
    const id = factAt(facts, a, r, c);
    if (id) ids.add(id);
  }
  for (const r of b.rows) for (const c of b.cols) {
    const id = factAt(facts, b, r, c);
    if (id && ids.has(id)) return true;
  }
  return false;
}

function otherScale(rng: Rng, spec: TableSpec): ScaleChoice {
  if (spec.scale === '万元') return rng.chance(0.7) ? { scale: '亿元', decimals: rng.pick([4, 4, 2]) } : { scale: '元', decimals: 2 };
  return { scale: '万元', decimals: 2 };
}
