import { generateCase } from './case';
import { FUND_BALANCE_MISTAKES } from './fundBalanceMistakes';
import { NOT_YET_SUPPORTED, REALITIES } from './realities';
import { SELF_EVALUATION_MISTAKES } from './selfEvaluationCase';

/** The generator itself: repeatable, and its cases reach every mistake and every supported reality. */
const cases = Array.from({ length: 500 }, (_, i) => generateCase(i + 1));

describe('the layout generator', () => {
  it('rebuilds the same workbook from the same seed', () => {
    expect(generateCase(42)).toEqual(generateCase(42));
    expect(generateCase(42).workbook).not.toEqual(generateCase(43).workbook);
  });

  it('injects every mistake of the catalogue, each with the cells it made wrong', () => {
    for (const mistake of [...FUND_BALANCE_MISTAKES, ...SELF_EVALUATION_MISTAKES]) {
      const withIt = cases.filter((c) => c.mistake === mistake);
      expect({ mistake, count: withIt.length >= 5 }).toEqual({ mistake, count: true });
      expect(withIt.every((c) => c.errors.length > 0)).toBe(true);
    }
  });

  it('makes clean cases, rounding-trap cases and 得分 to fill', () => {
    expect(cases.filter((c) => c.mistake === 'none' && c.errors.length === 0).length).toBeGreaterThan(50);
    expect(cases.filter((c) => c.mistake === 'roundingTraps').length).toBeGreaterThan(50);
    expect(cases.filter((c) => c.scores.length > 0).length).toBeGreaterThan(10);
  });

  it('draws every supported reality, and no unsupported one unless asked', () => {
    const drawn = new Set(cases.flatMap((c) => c.realities));
    for (const reality of REALITIES) expect({ reality, drawn: drawn.has(reality) }).toEqual({ reality, drawn: !NOT_YET_SUPPORTED.includes(reality) });
  });
});
