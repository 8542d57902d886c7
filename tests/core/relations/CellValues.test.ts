import { Dec } from '../../../src/core/numeric/decimal';
import { CellValues } from '../../../src/core/relations/CellValues';
import { numberWithValue, type NumberValue } from '../../../src/core/values/parseCellValue';
import { sheetFromRows, workbookOf } from '../../helpers/grid';

const at = (row: number, col: number) => ({ sheet: 's', row, col });

describe('CellValues trial values', () => {
  const values = () => new CellValues(workbookOf(sheetFromRows('s', [[10, 20, 30]])));
  const trial = (v: CellValues, col: number, value: number) => v.setTrial(at(0, col), numberWithValue(v.original(at(0, col)) as NumberValue, new Dec(value)));
  const shown = (v: CellValues) => [0, 1, 2].map((col) => (v.get(at(0, col)) as NumberValue).value.toNumber());

  it('rolls back to a mark every trial set since, whatever it replaced, and keeps the ones set before', () => {
    const v = values();
    trial(v, 0, 11);
    const mark = v.mark();
    trial(v, 0, 12);
    trial(v, 1, 21);
    v.setTrial(at(0, 0), null);
    expect(shown(v)).toEqual([10, 21, 30]);
    v.rollBack(mark);
    expect(shown(v)).toEqual([11, 20, 30]);
    expect(v.trialAt(at(0, 1))).toBeUndefined();
    // No mark left: what is set now is not remembered, and clearing leaves the stated values.
    trial(v, 2, 31);
    v.clearTrials();
    expect(shown(v)).toEqual([10, 20, 30]);
    expect(v.hasTrials()).toBe(false);
  });

  it('keeps remembering for an outer mark when an inner one is rolled back', () => {
    const v = values();
    const outer = v.mark();
    trial(v, 0, 11);
    const inner = v.mark();
    trial(v, 1, 21);
    v.rollBack(inner);
    trial(v, 2, 31);
    expect(shown(v)).toEqual([11, 20, 31]);
    v.rollBack(outer);
    expect(shown(v)).toEqual([10, 20, 30]);
    expect(v.hasTrials()).toBe(false);
  });
});
