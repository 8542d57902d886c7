import Decimal from 'decimal.js';
import type { PartCell } from '../tableRows';
import type { VariantIndicator } from './variantTable';

/**
 * One random indicator of the 自评表 generator with the 得分 the default policy gives it, computed here
 * independently of the scorer (decimal arithmetic, one division, half-up), and written the way its template
 * wants: the whole target in one cell (`≥95%`), or spread over a comparison column (`≥` | `95` | `%`), a unit
 * column, a direction column (反向 beside a bare `1%`), a nature column holding the sign (`≥` in 指标性质);
 * the actual as a number, a count, a ratio of two counts (`45/50`), words saying nothing happened, a date or a
 * sentence around its number.
 */
export interface Template {
  comparison: boolean;
  /** `shared`: one 计量单位 for both values; `each`: a unit column after each value. */
  units: 'none' | 'shared' | 'each';
  direction: boolean;
  /** `sign`: a 指标性质 column holding ≥ / ≤ / 定性 (as some templates do); `words`: 定量 / 定性. */
  nature: 'none' | 'sign' | 'words';
}

export const PLAIN_TEMPLATE: Template = { comparison: false, units: 'none', direction: false, nature: 'none' };

export type Choose = <T>(list: readonly T[]) => T;

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const round2 = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** What an indicator says before it is written: its comparison, numbers and unit, and its actual. */
interface Drawn {
  op: '≥' | '≤' | '=' | 'value' | 'range' | 'deadline' | 'words';
  /** The number(s) of the target as typed, without a unit (`95`, `95-105`); the whole text for a deadline or words. */
  target: string;
  /** `%`, a count's unit (`人`), or '' for none. */
  unit: string;
  /** The actual: digits in the target's unit, or a text of its own (a ratio, a date, words, a sentence). */
  actual: { digits: string } | { text: string };
  /** How the actual is written, for the generator's coverage. */
  form: ActualForm;
  score: Decimal;
}

export const ACTUAL_FORMS = ['number', 'sentence', 'ratio', 'zeroWords', 'zeroCount', 'date', 'deadline', 'words'] as const;
export type ActualForm = (typeof ACTUAL_FORMS)[number];

export const INDICATOR_KINDS = ['atLeast', 'count', 'reverse', 'incidents', 'range', 'deadline', 'words', 'roundingTrap'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface RandomIndicator {
  spec: VariantIndicator;
  score: Decimal;
  kind: IndicatorKind;
  form: ActualForm;
}

export function randomIndicator(rand: () => number, pick: Choose, weight: Decimal, n: number, template: Template): RandomIndicator {
  const kind = pick(INDICATOR_KINDS);
  const { form, score, ...drawn } = draw(kind, rand, pick, weight);
  return { spec: { name: `指标${n + 1}`, weight: weight.toNumber(), ...write({ form, score, ...drawn }, template, pick) }, score, kind, form };
}

function draw(kind: IndicatorKind, rand: () => number, pick: Choose, weight: Decimal): Drawn {
  const between = (lo: number, hi: number, decimals = 0) => new D(lo + rand() * (hi - lo)).toDecimalPlaces(decimals);
  const full = round2(weight);
  // A ratio of two counts k/n standing for a percentage: n people, k of them.
  const ratio = (share: Decimal) => {
    const n = Math.floor(between(20, 400).toNumber());
    const k = Decimal.min(n, share.mul(n).div(100).floor());
    return { n: new D(n), k };
  };
  switch (kind) {
    case 'atLeast': {
      const t = between(80, 99);
      const a = between(t.toNumber() - 15, 100, 1);
      const form = pick(['plain', 'plain', 'sentence', 'ratio'] as const);
      if (form === 'ratio') {
        const { n, k } = ratio(a);
        const met = k.mul(100).gte(n.mul(t));
        return { op: '≥', target: t.toString(), unit: '%', actual: { text: `${k}/${n}` }, form: 'ratio', score: met ? full : round2(weight.mul(k).mul(100).div(n.mul(t))) };
      }
      const score = a.gte(t) ? full : round2(weight.mul(a).div(t));
      const actual = form === 'sentence' ? { text: `完成率${a}%，${pick(['较上年提高', '服务水平提升'])}` } : { digits: a.toString() };
      return { op: '≥', target: t.toString(), unit: '%', actual, form: form === 'sentence' ? 'sentence' : 'number', score };
    }
    case 'count': {
      const t = between(100, 100000);
      const a = round2(t.mul(between(0.8, 1.1, 3))).toDecimalPlaces(0);
      return { op: 'value', target: t.toString(), unit: pick(['人', '户', '人次', '']), actual: { digits: a.toString() }, form: 'number', score: a.gte(t) ? full : round2(weight.mul(a).div(t)) };
    }
    case 'reverse': {
      const t = between(0.1, 5, 1);
      const form = pick(['plain', 'plain', 'zero', 'ratio'] as const);
      if (form === 'zero') {
        const text = pick(['未发生', '零发生', '无', '0%', '全年未发生']);
        return { op: '≤', target: t.toString(), unit: '%', actual: { text }, form: text === '0%' ? 'zeroCount' : 'zeroWords', score: full };
      }
      if (form === 'ratio') {
        const { n, k } = ratio(between(0, t.toNumber() * 2.5, 2));
        const met = k.mul(100).lte(n.mul(t));
        return { op: '≤', target: t.toString(), unit: '%', actual: { text: `${k}/${n}` }, form: 'ratio', score: met ? full : round2(weight.mul(t).mul(n).div(k.mul(100))) };
      }
      const a = between(0, t.toNumber() * 2.5, 2);
      return { op: '≤', target: t.toString(), unit: '%', actual: { digits: a.toString() }, form: 'number', score: a.lte(t) ? full : round2(weight.mul(t).div(a)) };
    }
    case 'incidents': {
      const t = between(1, 5);
      const unit = pick(['起', '例', '人次']);
      const a = rand() < 0.5 ? new D(0) : between(0, t.toNumber() * 2);
      const zero = pick(['zeroWords', 'zeroCount', 'number'] as const);
      const actual = !a.isZero() ? { digits: a.toString() } : zero === 'zeroWords' ? { text: pick(['未发生', '零发生', '无', '全年未发生']) } : zero === 'zeroCount' ? { text: `0${unit}` } : { digits: '0' };
      return { op: '≤', target: t.toString(), unit, actual, form: a.isZero() ? zero : 'number', score: a.lte(t) ? full : round2(weight.mul(t).div(a)) };
    }
    case 'range': {
      // Below 95%: 分值 × actual ÷ 95%; above 105%: 分值 × 105% ÷ actual; with k of n, in one division each.
      if (rand() < 0.25) {
        const { n, k } = ratio(between(80, 120, 2));
        const hundredK = k.mul(100);
        const score = hundredK.lt(n.mul(95)) ? round2(weight.mul(hundredK).div(n.mul(95))) : hundredK.gt(n.mul(105)) ? round2(weight.mul(105).mul(n).div(hundredK)) : full;
        return { op: 'range', target: '95-105', unit: '%', actual: { text: `${k}/${n}` }, form: 'ratio', score };
      }
      const a = between(80, 120, 2);
      const score = a.lt(95) ? round2(weight.mul(a).div(95)) : a.gt(105) ? round2(weight.mul(105).div(a)) : full;
      return { op: 'range', target: '95-105', unit: '%', actual: { digits: a.toString() }, form: 'number', score };
    }
    case 'deadline': {
      const day = Math.floor(between(1, 25).toNumber());
      if (rand() < 0.5) {
        const actual = pick([`每月${day}日前`, `每月${day}日`, `2020年12月${day}日`]);
        return { op: 'deadline', target: '每月25日前', unit: '', actual: { text: actual }, form: actual.startsWith('2020') ? 'date' : 'deadline', score: full };
      }
      const target = pick(['12月25日前', '2020年12月25日前']);
      const actual = pick([`2020年12月${day}日`, `2020.12.${day}`, `12月${day}日前`, `2020-12-${day}`, `2020年11月${day}日`]);
      return { op: 'deadline', target, unit: '', actual: { text: actual }, form: actual.endsWith('前') ? 'deadline' : 'date', score: full };
    }
    case 'words': {
      const text = pick(['按标准足额发放', '政策宣传到位', '应保尽保']);
      return { op: 'words', target: text, unit: '', actual: { text: `${text}。` }, form: 'words', score: full };
    }
    case 'roundingTrap': {
      // 分值 × a ÷ (1000 × 分值) = a ÷ 1000 with a an odd multiple of 5: exactly x.xx5, which must round up.
      const t = weight.mul(1000);
      const a = t.mul(between(0.8, 0.99, 3)).div(10).floor().mul(10).plus(5);
      return { op: 'value', target: t.toString(), unit: pick(['人', '户', '']), actual: { digits: a.toString() }, form: 'number', score: round2(weight.mul(a).div(t)) };
    }
  }
}

const SIGNS: Record<'≥' | '≤', { cell: string[]; column: string[]; after: string[] }> = {
  '≥': { cell: ['≥', '不低于', '＞='], column: ['≥', '不低于', '＞=', '大于等于'], after: ['以上'] },
  '≤': { cell: ['≤', '不超过'], column: ['≤', '不高于', '不超过'], after: ['以内'] },
};

/** The indicator in its template's cells. */
function write(drawn: Drawn, template: Template, pick: Choose): Pick<VariantIndicator, 'target' | 'actual' | 'parts'> {
  const parts: Partial<Record<PartCell, string>> = {};
  const { op } = drawn;
  const numeric = op !== 'deadline' && op !== 'words';
  const signed = op === '≥' || op === '≤' ? op : null;
  // With a unit column, value cells hold bare numbers and the unit stands beside them.
  const unitApart = template.units !== 'none' && numeric && drawn.unit !== '';
  const unitCell = unitApart ? drawn.unit : pick(['', '—']);
  if (template.units === 'shared') parts.unit = unitCell;
  if (template.units === 'each') Object.assign(parts, { targetUnit: unitCell, actualUnit: unitCell });
  const withUnit = (digits: string) => (unitApart ? digits : `${digits}${drawn.unit}`);

  // Where the comparison is written: a column of its own, the 指标性质 column, or in the value cell.
  let signInCell = signed !== null;
  if (template.comparison && numeric) {
    parts.comparison = signed ? pick(SIGNS[signed].column) : op === 'range' ? pick(['区间', '']) : pick(['', '≥']);
    signInCell = false;
  } else if (template.nature === 'sign') {
    parts.nature = op === 'words' ? '定性' : signed ? pick(SIGNS[signed].column) : pick(['定量', '']);
    signInCell = false;
  }
  if (template.nature === 'words' || (template.nature === 'sign' && template.comparison)) parts.nature = op === 'words' ? '定性' : pick(['定量', '定量指标']);
  if (template.direction) {
    const direction = op === '≥' || op === 'value' ? pick(['正向', '越大越好']) : op === '≤' ? pick(['反向', '越小越好']) : op === 'range' ? pick(['中性', '']) : '';
    parts.direction = direction;
    // 反向 beside a bare value makes it a ceiling, as `≤` inside it would.
    if (signInCell && direction !== '' && pick([true, false])) signInCell = false;
  }

  let target = withUnit(drawn.target);
  if (!numeric) target = drawn.target;
  else if (op === 'range' && parts.comparison !== '区间' && !unitApart) target = pick([`${drawn.target}%`, '95%～105%', '≥95%且≤105%', '≥95%或≤105%']);
  else if (signed && signInCell) {
    const sign = pick([...SIGNS[signed].cell, ...SIGNS[signed].after, ...(signed === '≤' ? ['控制在'] : [])]);
    if (SIGNS[signed].after.includes(sign)) target = `${withUnit(drawn.target)}${sign}`;
    else if (sign === '控制在') target = `控制在${withUnit(drawn.target)}以内`;
    else target = `${sign}${withUnit(drawn.target)}`;
  }
  const actual = 'digits' in drawn.actual ? withUnit(drawn.actual.digits) : drawn.actual.text;
  return { target, actual, ...(Object.keys(parts).length ? { parts } : {}) };
}
