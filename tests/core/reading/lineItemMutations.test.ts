import { analyseWorkbook, cellKey, sameCell, toA1, type GridCell, type WorkbookGrid } from '../../../src/core';
import { SheetView } from '../../../src/core/grid/SheetView';
import { CellValues } from '../../../src/core/relations/CellValues';
import { evaluateRelation } from '../../../src/core/relations/evaluateRelation';
import { isBound, relationCells, type Relation } from '../../../src/core/relations/Relation';
import { numberOf } from '../../../src/core/values/parseCellValue';
import { readFacts } from '../../helpers/facts';
import { loadFixture, seededRandom, withCell, key } from '../../helpers/grid';
import { formatText, numericCells, syntheticLineItems } from './syntheticLineItems';

/**
 * The backbone: break one amount of a consistent workbook and the error must land on that amount or on the
 * cell whose relation names it (its root-cause group), and nowhere else; nudge one amount within rounding and
 * nothing may be reported.
 */

interface Target {
  sheet: string;
  row: number;
  col: number;
}

interface Mutation extends Target {
  cell: GridCell;
  from: string;
}

function lineItemRelations(workbook: WorkbookGrid): Relation[] {
  return readFacts(workbook).catalogue.relations;
}

function allNumericCells(workbook: WorkbookGrid): Target[] {
  return workbook.sheets.flatMap((sheet) => numericCells(sheet).map((at) => ({ sheet: sheet.name, ...at })));
}

/** Cells that an equality relation (sum, 其中 sum, cross-sheet balance) holding in full pins down. */
function pinnedCells(workbook: WorkbookGrid, relations: Relation[]): Set<string> {
  const values = new CellValues(workbook);
  const pinned = new Set<string>();
  for (const relation of relations) {
    if (isBound(relation) || evaluateRelation(relation, values).status !== 'holds') continue;
    for (const ref of relationCells(relation)) if (values.get(ref).kind === 'number') pinned.add(cellKey(ref));
  }
  return pinned;
}

function amountOf(workbook: WorkbookGrid, at: Target): number {
  const sheet = workbook.sheets.find((s) => s.name === at.sheet)!;
  const parsed = numberOf(new SheetView(sheet).cell(at.row, at.col));
  if (!parsed) throw new Error(`no number at ${cellKey(at)}`);
  return parsed.value.toNumber();
}

/** The cell as it was typed (number with its format, or text), holding `value` instead. */
function sameKindOfCell(workbook: WorkbookGrid, at: Target, value: number): GridCell {
  const sheet = workbook.sheets.find((s) => s.name === at.sheet)!;
  const original = new SheetView(sheet).cell(at.row, at.col);
  const rounded = Math.round(value * 100) / 100;
  return typeof original.value === 'string' ? { value: formatText(Math.round(rounded * 100)) } : { ...original, value: rounded };
}

/** A change far beyond rounding: ± 100 to 10 000 for a pinned cell; above its line for a 其中 only bounded by it. */
function farMutation(workbook: WorkbookGrid, relations: Relation[], pinned: Set<string>, at: Target, random: () => number): Mutation {
  const from = amountOf(workbook, at);
  const magnitude = 100 + Math.floor(random() * 1_000_000) / 100;
  let to = from + (random() < 0.5 ? -magnitude : magnitude);
  if (!pinned.has(cellKey(at))) {
    const bound = relations.find((r) => r.rule === 'ofWhich' && cellKey(r.target) === cellKey(at));
    if (!bound) throw new Error(`${cellKey(at)} is in no relation`);
    to = amountOf(workbook, bound.numerator[0].ref) + magnitude;
  }
  return { ...at, cell: sameKindOfCell(workbook, at, to), from: String(from) };
}

/** Errors outside the mutated cell's group: not at it, and not naming it among their related cells. */
function strayErrors(workbook: WorkbookGrid, mutation: Mutation): string[] {
  const mutated = withCell(workbook, mutation.sheet, mutation.row, mutation.col, mutation.cell);
  const errors = analyseWorkbook(mutated).findings.filter((f) => f.severity === 'error');
  const label = `${cellKey(mutation)}: ${mutation.from} → ${String(mutation.cell.value)}`;
  if (errors.length === 0) return [`${label}: not detected`];
  return errors
    .filter((e) => !sameCell(e.at, mutation) && !e.related.some((r) => sameCell(r, mutation)))
    .map((e) => `${label}: stray ${e.rule} error at ${key(e)}`);
}

function runFarMutations(workbook: WorkbookGrid, seed: number, cases: number): string[] {
  const random = seededRandom(seed);
  const relations = lineItemRelations(workbook);
  const pinned = pinnedCells(workbook, relations);
  const cells = allNumericCells(workbook);
  const problems: string[] = [];
  for (let i = 0; i < cases; i++) {
    const at = cells[Math.floor(random() * cells.length)];
    problems.push(...strayErrors(workbook, farMutation(workbook, relations, pinned, at, random)));
  }
  return problems;
}

function runRoundingNudges(workbook: WorkbookGrid, seed: number, cases: number, cells = allNumericCells(workbook)): string[] {
  const random = seededRandom(seed);
  const problems: string[] = [];
  for (let i = 0; i < cases; i++) {
    const at = cells[Math.floor(random() * cells.length)];
    const from = amountOf(workbook, at);
    const to = from + (random() < 0.5 ? -0.01 : 0.01);
    const mutated = withCell(workbook, at.sheet, at.row, at.col, sameKindOfCell(workbook, at, to));
    const reported = analyseWorkbook(mutated).findings.filter((f) => f.severity !== 'info');
    for (const f of reported) problems.push(`${cellKey(at)}: ${from} → ${to}: ${f.severity} ${f.rule} at ${key(f)}`);
  }
  return problems;
}

async function yuepuhuLineItems(): Promise<WorkbookGrid> {
  const workbook = await loadFixture('yuepuhu-2020');
  // Only the 决算 sheets: the self-evaluation sheets are another recogniser's business.
  return { ...workbook, sheets: workbook.sheets.filter((s) => s.name.startsWith('决算')) };
}

describe('one wrong amount in yuepuhu-2020’s line-item tables', () => {
  let workbook: WorkbookGrid;
  beforeAll(async () => {
    workbook = await yuepuhuLineItems();
  });

  it('starts from a workbook with nothing to report', () => {
    expect(analyseWorkbook(workbook).findings).toEqual([]);
  });

  it('is reported as an error at that amount or at the cell whose relation names it, and nowhere else', () => {
    expect(runFarMutations(workbook, 20201, 300)).toEqual([]);
  });

  it('is reported at exactly that amount when it is a total', () => {
    const totals = [
      { sheet: '决算收入表', row: 3, col: 1 },
      { sheet: '决算支出表', row: 3, col: 1 },
      { sheet: '决算结余表', row: 3, col: 1 },
      { sheet: '决算结余表', row: 12, col: 1 },
    ];
    for (const at of totals) {
      const mutated = withCell(workbook, at.sheet, at.row, at.col, sameKindOfCell(workbook, at, amountOf(workbook, at) + 500));
      const errors = analyseWorkbook(mutated).findings.filter((f) => f.severity === 'error');
      expect(errors.map((e) => key(e))).toEqual([`${at.sheet}!${toA1(at.row, at.col)}`]);
    }
  });

  it('within rounding (± 0.01 on any amount) is not reported at all', () => {
    expect(runRoundingNudges(workbook, 20202, 150)).toEqual([]);
  });
});

describe('one wrong amount in synthetic line-item workbooks', () => {
  const variants = [
    { funds: 8 },
    { funds: 3, at: { row: 4, col: 2 } },
    { funds: 5, reverseBalance: true },
    { funds: 4, asText: true },
    { funds: 6, budgetColumn: true },
    { funds: 2, reverseBalance: true, at: { row: 1, col: 6 } },
  ];

  it.each(variants.map((v, i) => [i, v] as const))('variant %i is reported only within the mutated cell’s group', (i, variant) => {
    const problems: string[] = [];
    for (let seed = 0; seed < 6; seed++) {
      const workbook = syntheticLineItems({ seed: 1000 * i + seed, ...variant });
      problems.push(...runFarMutations(workbook, 7 * seed + i, 10));
    }
    expect(problems).toEqual([]);
  });

  it.each(variants.map((v, i) => [i, v] as const))('variant %i is not reported when nudged within rounding', (i, variant) => {
    const problems: string[] = [];
    for (let seed = 0; seed < 4; seed++) {
      const workbook = syntheticLineItems({ seed: 5000 + 1000 * i + seed, ...variant });
      problems.push(...runRoundingNudges(workbook, 11 * seed + i, 8));
    }
    expect(problems).toEqual([]);
  });
});
