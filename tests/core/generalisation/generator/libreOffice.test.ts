import * as path from 'path';
import { analyseWorkbook, cellKey, type Analysis } from '../../../../src/core';
import { readXlsx } from '../../../../src/cli/readXlsx';
import { checkCase, describeCase, generateCase } from './case';
import { LIBREOFFICE_SEEDS } from './libreOfficeSamples';

/**
 * Generated workbooks as LibreOffice Calc saves them (tests/data/libreoffice, see its README): the same
 * findings as the workbook the generator built, so number formats, text numbers and shared strings written by
 * another program are read alike.
 */
const DIR = path.resolve(__dirname, '../../../data/libreoffice');
const summary = (analysis: Analysis) =>
  analysis.findings.map((f) => `${cellKey(f.at)} ${f.severity} ${f.rule} ${f.stated} → ${f.expected}`).sort();

describe('generated workbooks saved through LibreOffice', () => {
  it.each(LIBREOFFICE_SEEDS)('seed %i gives the findings of the workbook it was made from', async (seed) => {
    const c = generateCase(seed);
    expect(checkCase(c)).toEqual([]);
    const { grid } = await readXlsx(path.join(DIR, `generated-${seed}.xlsx`));
    const saved = analyseWorkbook({ ...grid, name: c.workbook.name });
    expect({ case: describeCase(c), findings: summary(saved) }).toEqual({ case: describeCase(c), findings: summary(analyseWorkbook(c.workbook)) });
  });

  it('covers mistakes, clean tables and the value forms LibreOffice rewrites', () => {
    const cases = LIBREOFFICE_SEEDS.map((seed) => generateCase(seed));
    expect(cases.some((c) => c.errors.length > 0)).toBe(true);
    expect(cases.some((c) => c.errors.length === 0)).toBe(true);
    expect(cases.flatMap((c) => c.realities)).toEqual(expect.arrayContaining(['negativeForms', 'percentForms', 'textNumbers']));
  });
});
