import { generateCase, type GeneratedCase } from './case';
import { LINE_ITEM_REALITIES } from './lineItemCase';
import { LINE_ITEM_MISTAKES } from './lineItemMistakes';
import { FUND_BALANCE_MISTAKES } from './fundBalanceMistakes';
import { NOT_YET_SUPPORTED, REALITIES } from './realities';
import { SELF_EVALUATION_MISTAKES, SELF_EVALUATION_REALITIES } from './selfEvaluationCase';

/** The generator itself: repeatable, and its cases reach every mistake and every supported reality. */
const cases = Array.from({ length: 500 }, (_, i) => generateCase(i + 1));

describe('the layout generator', () => {
  it('rebuilds the same workbook from the same seed', () => {
    expect(generateCase(42)).toEqual(generateCase(42));
    expect(generateCase(42).workbook).not.toEqual(generateCase(43).workbook);
  });

  it('injects every mistake of each family’s catalogue, each with the cells it made wrong', () => {
    const catalogue: [GeneratedCase['family'], readonly string[]][] = [
      ['fundBalance', FUND_BALANCE_MISTAKES],
      ['lineItems', LINE_ITEM_MISTAKES],
      ['selfEvaluation', SELF_EVALUATION_MISTAKES],
    ];
    for (const [family, mistakes] of catalogue) {
      for (const mistake of mistakes) {
        const withIt = cases.filter((c) => c.family === family && c.mistake === mistake);
        expect({ family, mistake, count: withIt.length >= 5 }).toEqual({ family, mistake, count: true });
        expect(withIt.every((c) => c.errors.length > 0)).toBe(true);
      }
    }
  });

  it('makes line-item tables whose 合计 counts a 其中 line, and clean ones with 其中 lines, 合计 first or after a 其中 block', () => {
    const lineItems = cases.filter((c) => c.family === 'lineItems');
    expect(lineItems.filter((c) => c.mistake === 'none' && c.errors.length === 0).length).toBeGreaterThan(10);
    const drawn = new Set(lineItems.flatMap((c) => c.realities));
    for (const reality of LINE_ITEM_REALITIES) expect({ reality, drawn: drawn.has(reality) }).toEqual({ reality, drawn: true });
  });

  it('makes clean cases, rounding-trap cases and 得分 to fill', () => {
    expect(cases.filter((c) => c.mistake === 'none' && c.errors.length === 0).length).toBeGreaterThan(50);
    expect(cases.filter((c) => c.mistake === 'roundingTraps').length).toBeGreaterThan(50);
    expect(cases.filter((c) => c.scores.length > 0).length).toBeGreaterThan(10);
  });

  it('draws every supported reality, and no unsupported one unless asked', () => {
    const drawn = new Set(cases.filter((c) => c.family === 'fundBalance').flatMap((c) => c.realities));
    for (const reality of REALITIES) expect({ reality, drawn: drawn.has(reality) }).toEqual({ reality, drawn: !NOT_YET_SUPPORTED.includes(reality) });
  });

  it('makes 自评表 with every template variant and actual form, some with 得分 to fill', () => {
    const selfEvaluations = cases.filter((c) => c.family === 'selfEvaluation');
    const drawn = new Set(selfEvaluations.flatMap((c) => c.realities));
    const filled = new Set(selfEvaluations.filter((c) => c.scores.length > 0).flatMap((c) => c.realities));
    for (const reality of SELF_EVALUATION_REALITIES) {
      expect({ reality, drawn: drawn.has(reality), filled: filled.has(reality) }).toEqual({ reality, drawn: true, filled: true });
    }
  });
});
