import Decimal from 'decimal.js';
import { fromA1, type Analysis } from '../../../../src/core';
import { a1, seededRandom } from '../../../helpers/grid';
import { analyseWith, randomTable, type RandomTable } from './randomTable';
import { findingSummary } from './variantTable';

/**
 * Mutation tests: from a random table that is consistent under the default policy, change one figure and
 * expect exactly the findings that change calls for, at exactly the cells it touched.
 *
 * A changed 得分 is reported as differing from the policy (warning, at that cell) and the 总分 得分 as not their
 * sum (error, at the 总分): the sum alone cannot say which addend is wrong, so the engine blames the derived
 * cell; the warning is what points the reader to the 得分 itself.
 */
const TABLES = 120;

function tables(seed: number): { random: RandomTable; rand: () => number }[] {
  const rand = seededRandom(seed);
  return Array.from({ length: TABLES }, () => ({ random: randomTable(rand), rand }));
}

/** The score cells of a table (indicators, then the funds block) with their 分值 and stated 得分. */
function scoreCells(random: RandomTable): { cell: string; weight: number; score: number; note?: string; noteEmpty: boolean }[] {
  return [
    ...random.scores.map((score, i) => ({
      cell: random.table.indicator('score', i),
      weight: random.weights[i],
      score,
      note: random.table.indicator('note', i),
      noteEmpty: score >= random.weights[i],
    })),
    { cell: random.table.funds('score'), weight: 10, score: random.fundsScore, noteEmpty: false },
  ];
}

const twoDecimals = (x: number) => new Decimal(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
const summary = (analysis: Analysis) => findingSummary(analysis);

describe('mutations of consistent random 自评表', () => {
  it('a consistent table has no finding, nothing to fill and nothing to review', () => {
    for (const { random } of tables(1)) {
      const analysis = analyseWith(random);
      expect(summary(analysis)).toEqual([]);
      expect(analysis.findings).toEqual([]);
      expect(analysis.fills).toEqual([]);
      expect(analysis.review).toEqual([]);
    }
  });

  it('a 得分 changed by more than 0.01 is a policy warning at that cell and a 总分 error, nothing else', () => {
    for (const { random, rand } of tables(2)) {
      const cells = scoreCells(random);
      const target = cells[Math.floor(rand() * cells.length)];
      let delta = twoDecimals(0.02 + rand() ** 3 * 3) * (rand() < 0.5 ? -1 : 1);
      if (target.score + delta > target.weight || target.score + delta < 0) delta = -delta;
      if (target.score + delta > target.weight || target.score + delta < 0) delta = target.score >= 0.02 ? -0.02 : 0.02;
      const changed = twoDecimals(target.score + delta);
      const analysis = analyseWith(random, [[target.cell, { value: changed, numberFormat: '0.00' }]]);
      const expected = [`scoreDiffersFromPolicy@${target.cell} warning`, `scoreTotal@${random.table.total('score')} error`];
      // A 得分 pushed below its 分值 now needs a 偏差原因 the met indicator never had.
      if (target.note && target.noteEmpty && changed < target.weight) expected.push(`missingDeviationNote@${target.note} warning`);
      expect([target.cell, target.score, changed, summary(analysis)]).toEqual([target.cell, target.score, changed, expected.sort()]);
    }
  });

  it('a 得分 raised above its 分值 is an error at that cell; the 总分 is only its consequence', () => {
    for (const { random, rand } of tables(3)) {
      const cells = scoreCells(random);
      const target = cells[Math.floor(rand() * cells.length)];
      const changed = twoDecimals(target.weight + 0.02 + rand() * 5);
      const analysis = analyseWith(random, [[target.cell, { value: changed, numberFormat: '0.00' }]]);
      expect([target.cell, summary(analysis)]).toEqual([target.cell, [`scoreAboveWeight@${target.cell} error`, `scoreDiffersFromPolicy@${target.cell} warning`]]);
      expect(analysis.findings.find((f) => a1(f) === random.table.total('score'))).toMatchObject({ severity: 'info', causedBy: { sheet: '自评表', ...fromA1(target.cell) } });
    }
  });

  it('a 分值 raised is an error at the 总分 分值 alone; the policy and the note say the rest as warnings', () => {
    for (const { random, rand } of tables(9)) {
      const i = Math.floor(rand() * random.weights.length);
      const cell = random.table.indicator('weight', i);
      const raised = random.weights[i] + [0.5, 1, 2, 3][Math.floor(rand() * 4)];
      const analysis = analyseWith(random, [[cell, { value: raised, numberFormat: '0.00' }]]);
      const errors = analysis.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${a1(f)}`);
      expect([cell, raised, errors]).toEqual([cell, raised, [`weightTotal@${random.table.total('weight')}`]]);
      // Σ 分值 is no longer 100; nothing but warnings is said at any other cell.
      expect(summary(analysis)).toContain(`weightsNot100@${random.table.total('weight')} warning`);
      const other = summary(analysis).filter((s) => !s.includes(random.table.total('weight')));
      for (const line of other) expect(line).toMatch(new RegExp(`^(scoreDiffersFromPolicy@${random.table.indicator('score', i)}|missingDeviationNote@${random.table.indicator('note', i)}) warning$`));
    }
  });

  it('a 执行率 changed beyond its rounding is an error at exactly that cell', () => {
    for (const { random, rand } of tables(4)) {
      const sign = random.rate.lt(0.35) || rand() < 0.5 ? 1 : -1;
      const changed = random.rate.plus(sign * (0.002 + rand() * 0.3)).toDecimalPlaces(3).toNumber();
      const cell = random.table.funds('rate');
      const analysis = analyseWith(random, [[cell, { value: changed, numberFormat: '0.0%' }]]);
      expect([changed, summary(analysis)]).toEqual([changed, [`executionRate@${cell} error`]]);
    }
  });

  it('a 得分 nudged within the rounding of its shown decimals changes nothing', () => {
    for (const { random, rand } of tables(5)) {
      const cells = scoreCells(random);
      const target = cells[Math.floor(rand() * cells.length)];
      const epsilon = Math.floor(rand() * 49 + 1) / 10000;
      const nudged = target.score >= 1 && rand() < 0.5 ? target.score - epsilon : target.score + epsilon;
      const analysis = analyseWith(random, [[target.cell, { value: nudged, numberFormat: '0.00' }]]);
      expect([target.cell, nudged, analysis.findings, analysis.fills]).toEqual([target.cell, nudged, [], []]);
    }
  });

  it('a 总分 得分 off by 0.01 is an error at the 总分, even across many rounded parts', () => {
    for (const { random, rand } of tables(6)) {
      const changed = twoDecimals(random.total + (rand() < 0.5 ? -0.01 : 0.01));
      const cell = random.table.total('score');
      const analysis = analyseWith(random, [[cell, { value: changed, numberFormat: '0.00' }]]);
      expect(summary(analysis)).toEqual([`scoreTotal@${cell} error`]);
    }
  });

  it('a 总分 typed as a bare number (no number format) is exact: 0.01 off is an error, the right figure is silent', () => {
    for (const { random, rand } of tables(7)) {
      const cell = random.table.total('score');
      // General shows 81.7 for 81.70: its own digits are all it holds, so it stands for nothing but 81.70.
      expect(summary(analyseWith(random, [[cell, { value: random.total }]]))).toEqual([]);
      const changed = twoDecimals(random.total + (rand() < 0.5 ? -0.01 : 0.01));
      expect([changed, summary(analyseWith(random, [[cell, { value: changed }]]))]).toEqual([changed, [`scoreTotal@${cell} error`]]);
      expect(summary(analyseWith(random, [[cell, { value: String(changed) }]]))).toEqual([`scoreTotal@${cell} error`]);
    }
  });

  it('a bare 总分 over 得分 that hold more digits than they show is judged within their rounding', () => {
    for (const { random } of tables(8)) {
      // Unrounded formulas: each 得分 shows its policy score, holds 0.004 more; the 总分 typed as the Σ shown.
      const raised = scoreCells(random)
        .filter((c) => c.score + 0.004 <= c.weight)
        .map((c): [string, { value: number; numberFormat: string }] => [c.cell, { value: c.score + 0.004, numberFormat: '0.00' }]);
      const analysis = analyseWith(random, [...raised, [random.table.total('score'), { value: random.total }]]);
      expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });
});
