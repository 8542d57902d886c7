import Decimal from 'decimal.js';
import type { GridCell, SheetCell } from '../../../src/core';
import { CellValues } from '../../../src/core/relations/CellValues';
import { evaluateRelation } from '../../../src/core/relations/evaluateRelation';
import type { Relation, Term } from '../../../src/core/relations/Relation';
import { quickStatus, relationStatus } from '../../../src/core/relations/relationStatus';
import { numberWithValue } from '../../../src/core/values/parseCellValue';
import { seededRandom, workbookOf } from '../../helpers/grid';

/**
 * The float judgement must give the decimal engine's status whenever it gives one. Seeded cases aim at the
 * edges: totals off by exactly the rounding tolerance, rates whose divisor rounds to zero, percentage points,
 * empty and text inputs, figures too large or too small for the float path.
 */
type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (random: Random, n: number) => Math.floor(random() * n);

/** A decimal figure with `decimals` places, as a cell: stored with a number format, or typed as text. */
function figure(random: Random, units: Decimal, decimals: number): GridCell {
  const text = units.div(new Decimal(10).pow(decimals)).toFixed(decimals);
  const style = int(random, 4);
  if (style === 0) return { value: text };
  if (style === 1 && decimals >= 2) return { value: `${new Decimal(text).mul(100).toFixed(decimals - 2)}%` };
  return { value: Number(text), numberFormat: decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}` };
}

function units(random: Random): Decimal {
  const scale = pick(random, [1, 10, 1000, 1e6, 1e9, 1e13]);
  return new Decimal(Math.round((random() * 2 - 0.6) * scale));
}

interface Case {
  relation: Relation;
  values: CellValues;
}

function makeCase(seed: number): Case {
  const random = seededRandom(seed);
  const cells: SheetCell[] = [];
  const at = (col: number) => ({ sheet: 's', row: 0, col });
  const decimals = int(random, 5);
  const place = (col: number, cell: GridCell | null) => {
    if (cell) cells.push({ row: 0, col, ...cell });
  };
  const odd = (): GridCell | null => pick(random, [null, { value: '—' }, { value: '说明' }, { value: '0' }, { value: 1e120 }, { value: '1e-120' }, { value: 0 }]);
  const input = (col: number) => place(col, random() < 0.06 ? odd() : figure(random, units(random), random() < 0.8 ? decimals : int(random, 5)));

  const n = 1 + int(random, 6);
  const numerator: Term[] = Array.from({ length: n }, (_, i) => ({ ref: at(i + 1), sign: random() < 0.75 ? 1 : -1 }));
  numerator.forEach((_, i) => input(i + 1));
  const denominator: Term[] | undefined = random() < 0.4 ? [{ ref: at(20), sign: 1 }, ...(random() < 0.3 ? [{ ref: at(21), sign: -1 as const }] : [])] : undefined;
  if (denominator) {
    // Divisors near zero: the interval may straddle it.
    place(20, random() < 0.2 ? figure(random, new Decimal(int(random, 3)), int(random, 3)) : figure(random, units(random), decimals));
    if (denominator.length > 1) input(21);
  }
  const factor = denominator && random() < 0.5 ? 100 : undefined;

  // The target: the exact computed value moved by a whole number of its half units, so edges are hit exactly.
  const values = new CellValues(workbookOf({ name: 's', cells }));
  const point = (terms: Term[]) =>
    terms.reduce((s, t) => {
      const v = values.get(t.ref);
      return v.kind === 'number' ? s.plus(v.value.mul(t.sign)) : s;
    }, new Decimal(0));
  let exact = point(numerator);
  if (denominator) {
    const d = point(denominator);
    exact = d.isZero() ? exact : exact.div(d).mul(factor ?? 1);
  }
  const targetDecimals = denominator ? int(random, 6) : decimals;
  const step = new Decimal(10).pow(-targetDecimals).div(2).mul(int(random, 2 * n + 5) - n - 2);
  const target = exact.plus(step).toDecimalPlaces(targetDecimals, Decimal.ROUND_HALF_UP);
  if (random() < 0.1) place(0, odd());
  else if (random() > 0.05) place(0, figure(random, target.mul(new Decimal(10).pow(targetDecimals)), targetDecimals));

  const relation: Relation = {
    rule: 'sum',
    severity: 'error',
    target: at(0),
    numerator,
    ...(denominator ? { denominator } : {}),
    ...(factor ? { factor } : {}),
    ...(random() < 0.3 ? { emptyAsZero: true } : {}),
    ...(random() < 0.15 ? { comparison: 'atMost' as const } : {}),
    description: 'test',
  };
  return { relation, values: new CellValues(workbookOf({ name: 's', cells })) };
}

describe('relationStatus', () => {
  it('gives the decimal engine’s status on 4,000 seeded edge cases, deciding most without it', () => {
    let decided = 0;
    const statuses = new Set<string>();
    const wrong: { seed: number; quick: string | null; status: string; exact: string }[] = [];
    for (let seed = 1; seed <= 4000; seed++) {
      const { relation, values } = makeCase(seed);
      const exact = evaluateRelation(relation, values).status;
      statuses.add(exact);
      const quick = quickStatus(relation, values);
      if (quick !== null) decided++;
      const status = relationStatus(relation, values);
      if ((quick !== null && quick !== exact) || status !== exact) wrong.push({ seed, quick, status, exact });
    }
    expect(wrong).toEqual([]);
    expect([...statuses].sort()).toEqual(['fillable', 'holds', 'skipped', 'violated']);
    expect(decided).toBeGreaterThan(3000);
  });

  it('leaves a total off by exactly its rounding tolerance to the decimal engine', () => {
    // 1.00 stands for [0.995, 1.005], 1.01 for [1.005, 1.015]: they meet at 1.005, so 1.01 = 1.00 holds.
    const cells: SheetCell[] = [
      { row: 0, col: 0, value: 1.01, numberFormat: '0.00' },
      { row: 0, col: 1, value: 1, numberFormat: '0.00' },
    ];
    const values = new CellValues(workbookOf({ name: 's', cells }));
    const relation: Relation = { rule: 'sum', severity: 'error', target: { sheet: 's', row: 0, col: 0 }, numerator: [{ ref: { sheet: 's', row: 0, col: 1 }, sign: 1 }], description: 'test' };
    expect(quickStatus(relation, values)).toBeNull();
    expect(relationStatus(relation, values)).toBe('holds');
  });

  it('keeps a status on the stated values, and judges afresh while a trial value is set', () => {
    const cells: SheetCell[] = [
      { row: 0, col: 0, value: 3, numberFormat: '0' },
      { row: 0, col: 1, value: 1, numberFormat: '0' },
      { row: 0, col: 2, value: 2, numberFormat: '0' },
    ];
    const values = new CellValues(workbookOf({ name: 's', cells }));
    const ref = (col: number) => ({ sheet: 's', row: 0, col });
    const relation: Relation = { rule: 'sum', severity: 'error', target: ref(0), numerator: [{ ref: ref(1), sign: 1 }, { ref: ref(2), sign: 1 }], description: 'test' };
    expect(relationStatus(relation, values)).toBe('holds');
    const one = values.get(ref(1));
    if (one.kind !== 'number') throw new Error('a number was expected');
    values.setTrial(ref(1), numberWithValue(one, new Decimal(5)));
    expect(relationStatus(relation, values)).toBe('violated');
    values.setTrial(ref(1), numberWithValue(one, new Decimal(1)));
    values.setTrial(ref(1), null);
    expect(values.hasTrials()).toBe(false);
    expect(relationStatus(relation, values)).toBe('holds');
  });

  it('judges the three forms of one sum alike (t = a − b, a = t + b, b = a − t), as relation discovery assumes, on 3,000 seeded rows', () => {
    const differences: string[] = [];
    const seen = new Set<string>();
    for (let seed = 1; seed <= 3000; seed++) {
      const random = seededRandom(seed * 7919);
      const decimals = int(random, 4);
      // t, a, b with a − b − t a whole number of half units off (edges hit exactly), some cells empty or text.
      const [a, b] = [units(random), units(random)];
      const t = a.minus(b).plus(int(random, 9) - 4);
      const cell = (u: Decimal): GridCell | null => (random() < 0.05 ? pick(random, [null, { value: '—' }, { value: '说明' }]) : figure(random, u, random() < 0.8 ? decimals : int(random, 4)));
      const cells: SheetCell[] = [];
      [t, a, b].forEach((u, col) => {
        const c = cell(u);
        if (c) cells.push({ row: 0, col, ...c });
      });
      const values = new CellValues(workbookOf({ name: 's', cells }));
      const ref = (col: number) => ({ sheet: 's', row: 0, col });
      const form = (target: number, numerator: Term[]): Relation => ({ rule: 'change', severity: 'error', target: ref(target), numerator, description: 'test' });
      const counted = (status: string) => (status === 'holds' || status === 'violated' ? status : 'not counted');
      const statuses = [
        form(0, [{ ref: ref(1), sign: 1 }, { ref: ref(2), sign: -1 }]),
        form(1, [{ ref: ref(0), sign: 1 }, { ref: ref(2), sign: 1 }]),
        form(2, [{ ref: ref(1), sign: 1 }, { ref: ref(0), sign: -1 }]),
      ].map((relation) => counted(relationStatus(relation, values)));
      if (new Set(statuses).size > 1) differences.push(`${seed}: ${statuses.join(' / ')}`);
      statuses.forEach((status) => seen.add(status));
    }
    expect(differences).toEqual([]);
    expect([...seen].sort()).toEqual(['holds', 'not counted', 'violated']);
  });
});
