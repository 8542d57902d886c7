import { CellValues } from '../../../src/core/relations/CellValues';
import { evaluateFormula } from '../../../src/core/formulas/evaluateFormula';
import { parseFormula } from '../../../src/core/formulas/parseFormula';
import { sheetFromRows, workbookOf } from '../../helpers/grid';

/** Formulas recomputed from their inputs in decimal arithmetic; anything else is skipped, never guessed. */
const values = new CellValues(
  workbookOf(
    sheetFromRows('表', [
      [null, 10.1, 20.2, 'text'],
      [null, 0.1, 0.2, null],
      [null, -2.5, 3, { value: { error: '#REF!' } }],
      [null, 1.005, 0, { value: true }],
    ]),
    sheetFromRows('收入 表', [[100, 200]]),
  ),
);
const evaluate = (formula: string) => {
  const expr = parseFormula(formula, '表');
  if (!expr) return 'unsupported';
  return evaluateFormula(expr, values)?.toString() ?? 'not known';
};

describe('evaluating a formula from its inputs', () => {
  it.each([
    ['SUM(B1:C2)', '30.6'],
    ['B1+C1', '30.3'],
    ['B2+C2', '0.3'],
    ['C1/B1-1', '1'],
    ['(B1-C1)/C1*100', '-50'],
    ['-B3', '2.5'],
    ['ABS(B3)', '2.5'],
    ['ROUND(B4,2)', '1.01'],
    ['ROUND(B3,0)', '-3'],
    ['ROUND(1234,-2)', '1200'],
    ['SUM(B1,C1,5)', '35.3'],
    ['$B$1*2', '20.2'],
    ["'收入 表'!A1+'收入 表'!B1", '300'],
    ["SUM('收入 表'!A1:B1)", '300'],
    ['B1+E9', '10.1'],
    ['sum(b1:c1)', '30.3'],
  ])('=%s is %s', (formula, result) => {
    expect(evaluate(formula)).toBe(result);
  });

  it.each(['IF(B1>0,1,2)', 'B1%', 'B1&C1', 'AVERAGE(B1:C1)', 'B1>C1', '"a"', 'A:A', 'SUM(A1:Z1000)', 'B1+', '', 'VLOOKUP(B1,A1:C3,2,0)'])(
    '=%s is not recomputed',
    (formula) => {
      expect(evaluate(formula)).toBe('unsupported');
    },
  );

  it.each(['B1+D1', 'SUM(B3:D3)', 'B1/C4', 'B1+D4', 'Nowhere!A1+1', 'ROUND(B1,0.5)'])('=%s cannot be known without guessing', (formula) => {
    expect(evaluate(formula)).toBe('not known');
  });
});
