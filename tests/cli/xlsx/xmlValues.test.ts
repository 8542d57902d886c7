import { shown } from '../../../src/cli/formatHuman';
import { isTrue } from '../../../src/cli/xlsx/xmlValues';

describe('values as the package spells them', () => {
  it('reads an xsd:boolean with the white space XSD collapses (sheet=" 1 " protects a sheet)', () => {
    expect([' 1 ', '1', 'true', '\ttrue\n'].map(isTrue)).toEqual([true, true, true, true]);
    expect(['0', 'false', ' 2 ', '', undefined, 'yes'].map(isTrue)).toEqual([false, false, false, false, false, false]);
  });

  it('shows a filled value under a format of any number of decimals (over the 100 Number#toFixed allows)', () => {
    const many = `0.${'0'.repeat(120)}`;
    expect(shown(1.5, many)).toBe(`1.5${'0'.repeat(119)}`);
    expect(shown(0.5, `${many}%`)).toBe(`50.${'0'.repeat(120)}%`);
    expect(shown(1.005, '0.00')).toBe('1.01');
  });
});
