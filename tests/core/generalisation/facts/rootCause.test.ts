import { Dec } from '../../../../src/core/numeric/decimal';
import type { CellRelation } from './relations';
import { indexRelations, searchRootCauses, status, type Values } from './rootCause';

/**
 * The generator's judge on small hand-made relations, as README's "Root cause" describes the search: the
 * cell whose correction repairs the most broken relations while breaking none that hold; equally good cells
 * form the group; what no correction explains is reported at its target.
 */
const v = (value: string, decimals = 0, hidden = false) => ({ value: new Dec(value), decimals, factor: new Dec(1), hidden });
const sum = (target: string, terms: string[]): CellRelation => ({ rule: 'fundSum', kind: 'sum', target, terms: terms.map((key) => ({ key, sign: 1 })), optional: false, hasDash: false });
const diff = (target: string, a: string, b: string): CellRelation => ({ rule: 'change', kind: 'sum', target, terms: [{ key: a, sign: 1 }, { key: b, sign: -1 }], optional: false, hasDash: false });

describe('the generator’s root-cause judge', () => {
  it('holds a 合计 0.02 off four two-decimal items, and breaks one 0.03 off', () => {
    const values: Values = new Map([['T', v('10.02', 2)], ['A', v('2.50', 2)], ['B', v('2.50', 2)], ['C', v('2.50', 2)], ['D', v('2.50', 2)]]);
    expect(status(sum('T', ['A', 'B', 'C', 'D']), values)).toBe('holds');
    values.set('T', v('10.03', 2));
    expect(status(sum('T', ['A', 'B', 'C', 'D']), values)).toBe('violated');
  });

  it('blames a cell that breaks two relations on itself alone', () => {
    // A is wrong: it breaks the 合计 and its own 增减; B and C hold elsewhere.
    const relations = [sum('T', ['A', 'B']), diff('dA', 'A', 'pA'), diff('dB', 'B', 'pB')];
    const values: Values = new Map([['T', v('30')], ['A', v('21')], ['B', v('18')], ['pA', v('10')], ['dA', v('2')], ['pB', v('15')], ['dB', v('3')]]);
    const result = searchRootCauses(indexRelations(relations), values, ['A'], { hiddenCandidates: false });
    expect(result.causes.map((c) => c.tied)).toEqual([['A']]);
  });

  it('groups the cells of a lone broken relation that the wrong value could be in, never a hidden one', () => {
    // No 增减 for C: the 合计, C and D are each in this sum only; B is also in its 增减.
    const relations = [sum('T', ['B', 'C', 'D']), diff('dB', 'B', 'pB')];
    const values: Values = new Map([['T', v('30')], ['B', v('12')], ['C', v('5')], ['D', v('8', 0, true)], ['pB', v('10')], ['dB', v('2')]]);
    const result = searchRootCauses(indexRelations(relations), values, ['C'], { hiddenCandidates: false });
    expect(result.causes.map((c) => c.tied)).toEqual([['C', 'T']]);
  });

  it('reports a broken relation no single correction repairs at its target', () => {
    // The 合计 row was summed over the wrong rows and its 增减 follows it: correcting either breaks the other.
    const relations = [sum('T', ['A', 'B']), sum('pT', ['pA', 'pB']), diff('dT', 'T', 'pT'), diff('dA', 'A', 'pA'), diff('dB', 'B', 'pB')];
    const values: Values = new Map([['T', v('12')], ['A', v('12')], ['B', v('18')], ['pT', v('10')], ['pA', v('10')], ['pB', v('15')], ['dT', v('2')], ['dA', v('2')], ['dB', v('3')]]);
    const result = searchRootCauses(indexRelations(relations), values, ['T', 'pT'], { hiddenCandidates: false });
    expect(result.causes).toEqual([]);
    expect(result.unexplained.map((r) => r.target).sort()).toEqual(['T', 'pT']);
  });
});
