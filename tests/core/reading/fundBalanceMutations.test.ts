import { analyseWorkbook, fromA1, parseCellValue, toA1, type GridCell, type SheetGrid } from '../../../src/core';
import { fundsAcrossTable, fundsDownTable, HEADER_SETS, randomFigures, type RateStyle } from '../../helpers/fundTables';
import { seededRandom, withCell, workbookOf, a1, cellAt } from '../../helpers/grid';

/**
 * Mutation tests: start from a consistent table, change one cell, and expect exactly that cell to be the error
 * (beyond rounding) or nothing at all (within rounding). Seeded, so a failure names a case that can be replayed.
 */
const CASES = 300;
const STYLES: RateStyle[] = ['fraction', 'text', 'points'];

function randomTable(seed: number): { sheet: SheetGrid; random: () => number } {
  const random = seededRandom(seed);
  const figures = randomFigures(random, 2 + Math.floor(random() * 6));
  const at = { row: Math.floor(random() * 6), col: Math.floor(random() * 5) };
  const sheet =
    random() < 0.6
      ? fundsDownTable('表', figures, HEADER_SETS[Math.floor(random() * HEADER_SETS.length)], STYLES[Math.floor(random() * STYLES.length)], at)
      : fundsAcrossTable('表', figures, [2020, 2019], at);
  return { sheet, random };
}

function numericCells(sheet: SheetGrid): { row: number; col: number; cell: GridCell }[] {
  const out: { row: number; col: number; cell: GridCell }[] = [];
  for (const { row, col, ...cell } of sheet.cells) if (parseCellValue(cell).kind === 'number') out.push({ row, col, cell });
  return out;
}

function isRate(cell: GridCell): boolean {
  const parsed = parseCellValue(cell);
  return parsed.kind === 'number' && (parsed.percent || (cell.numberFormat === '0.00' && !Number.isInteger(cell.value)));
}

/** A change far beyond rounding that keeps the cell's type and sign (so no divisor becomes zero). */
function bigChange(cell: GridCell, random: () => number): GridCell {
  const parsed = parseCellValue(cell);
  if (parsed.kind !== 'number') throw new Error('not a number');
  const direction = random() < 0.5 ? -1 : 1;
  if (parsed.percent) {
    const next = parsed.value.toNumber() + direction * (0.03 + random() * 0.3);
    return typeof cell.value === 'string' ? { value: `${(next * 100).toFixed(2)}%` } : { value: Math.round(next * 10000) / 10000, numberFormat: cell.numberFormat };
  }
  if (isRate(cell)) return { value: Math.round((parsed.value.toNumber() + direction * (3 + random() * 30)) * 100) / 100, numberFormat: cell.numberFormat };
  const magnitude = Math.max(37, Math.round(Math.abs(parsed.value.toNumber()) * (0.05 + random() * 0.3)));
  return { value: parsed.value.toNumber() + direction * magnitude, numberFormat: cell.numberFormat };
}

describe('fund balance tables under mutation', () => {
  it(`every table is consistent before mutation (${CASES} seeds)`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { sheet } = randomTable(seed);
      const errors = analyseWorkbook(workbookOf(sheet)).findings.filter((f) => f.severity !== 'info');
      expect({ seed, errors }).toEqual({ seed, errors: [] });
    }
  });

  it(`one cell changed beyond rounding is the one error reported (${CASES} seeds)`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { sheet, random } = randomTable(seed);
      const cells = numericCells(sheet);
      const target = cells[Math.floor(random() * cells.length)];
      const mutated = withCell(workbookOf(sheet), '表', target.row, target.col, bigChange(target.cell, random));
      const errors = analyseWorkbook(mutated).findings.filter((f) => f.severity === 'error');
      expect({ seed, cells: errors.map((f) => a1(f)) }).toEqual({ seed, cells: [toA1(target.row, target.col)] });
      expect(errors[0].expected).not.toBeNull();
    }
  });

  it(`the expected value given for a mutated cell is its original value (${CASES} seeds)`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { sheet, random } = randomTable(seed);
      const amounts = numericCells(sheet).filter((c) => !isRate(c.cell) && !parseCellValue(c.cell).kind.startsWith('t'));
      const target = amounts[Math.floor(random() * amounts.length)];
      const mutated = withCell(workbookOf(sheet), '表', target.row, target.col, bigChange(target.cell, random));
      const error = analyseWorkbook(mutated).findings.find((f) => f.severity === 'error');
      expect({ seed, expected: error?.expected }).toEqual({ seed, expected: String(target.cell.value) });
    }
  });

  it(`a stored value changed by less than half a shown unit changes nothing (${CASES} seeds)`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { sheet, random } = randomTable(seed);
      const stored = numericCells(sheet).filter((c) => typeof c.cell.value === 'number');
      const target = stored[Math.floor(random() * stored.length)];
      const parsed = parseCellValue(target.cell);
      if (parsed.kind !== 'number') throw new Error('unreachable');
      const shownUnit = 10 ** -(parsed.decimals - (parsed.percent ? 0 : 0));
      const nudged = (target.cell.value as number) + (random() - 0.5) * 0.9 * shownUnit;
      const mutated = withCell(workbookOf(sheet), '表', target.row, target.col, { ...target.cell, value: nudged });
      const errors = analyseWorkbook(mutated).findings.filter((f) => f.severity === 'error');
      expect({ seed, errors }).toEqual({ seed, errors: [] });
    }
  });

  it(`a 合计 off by one unit in its last digit over several funds is consistent (${CASES} seeds)`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const random = seededRandom(seed);
      const figures = randomFigures(random, 2 + Math.floor(random() * 6));
      const sheet = fundsDownTable('表', figures, HEADER_SETS[seed % HEADER_SETS.length], 'fraction');
      // The 增加 column's 合计: it is a sum of the funds and the difference of two 合计 amounts, both with slack.
      const totalRow = Math.max(...sheet.cells.map((c) => c.row));
      const cell = cellAt(sheet, totalRow, 4);
      const mutated = withCell(workbookOf(sheet), '表', totalRow, 4, { ...cell, value: (cell.value as number) + (random() < 0.5 ? -1 : 1) });
      const errors = analyseWorkbook(mutated).findings.filter((f) => f.severity === 'error');
      expect({ seed, errors }).toEqual({ seed, errors: [] });
    }
  });

  it('a 合计 off by 100 is an error at the 合计', () => {
    const sheet = fundsDownTable('表', randomFigures(seededRandom(1), 5), HEADER_SETS[0], 'fraction');
    const totalRow = Math.max(...sheet.cells.map((c) => c.row));
    const cell = cellAt(sheet, totalRow, 1);
    const errors = analyseWorkbook(withCell(workbookOf(sheet), '表', totalRow, 1, { ...cell, value: (cell.value as number) + 100 })).findings.filter(
      (f) => f.severity === 'error',
    );
    expect(errors.map((f) => a1(f))).toEqual([toA1(totalRow, 1)]);
    expect(fromA1(a1(errors[0])).row).toBe(totalRow);
  });
});
