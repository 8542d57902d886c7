import type { WorkbookGrid } from '../../../../src/core';
import { Dec } from '../../../../src/core/numeric/decimal';
import { Rng } from '../generator/random';
import { assignmentName } from './assignments';
import { buildFacts } from './buildFacts';
import { COMPOSITIONS, drawComposition, type Composition } from './composition';
import { leafFunds, type FactSet, type Scale } from './factModel';
import { FACT_EXCLUSIVE, FACT_REALITIES, type FactReality } from './factRealities';
import { NOTES, SHEET_NAMES, sheetNameOf } from './factWords';
import { formulaText, planFormulas, recalculate } from './formulas';
import { FACT_MISTAKES, applyChanges, mistakeCandidates, type FactMistake } from './mistakes';
import { workbookRelations } from './relations';
import { renderTable, type WrittenTable } from './renderTable';
import { applyRoundingTraps } from './roundingTraps';
import { SheetBuilder } from './sheetBuilder';
import { emit, type StatedCell } from './statedCells';
import type { TableSpec, Wants } from './tableSpec';
import { catalogueOf, verdictOf, type Catalogue } from './verdict';

/**
 * One generated case: step 1 draws the seeded fact set (buildFacts), step 2 its layout — an assignment of
 * dimensions to rows, columns and title for each table, how the facts are split over tables and sheets, and
 * the realities of hand-made workbooks — then one mistake from the catalogue, rounding traps only, or nothing.
 * The case states what the core must say, as the shared fixtures' truth files do: `errors` as groups of cells.
 */
export interface FactCase {
  seed: number;
  composition: Composition;
  placement: 'single' | 'stacked' | 'sideBySide' | 'otherSheet';
  /** Each table's assignment, e.g. `fund | measure>series`. */
  assignments: string[];
  realities: FactReality[];
  mistake: FactMistake | 'none' | 'roundingTraps';
  /** The wrong figure typed as a bare number over a formatted cell. */
  bare: boolean;
  workbook: WorkbookGrid;
  /** Groups of `Sheet!A1`: each must be reported as an error by one of its cells; nothing else may be. */
  errors: string[][];
  /** Cells the mistake changed. */
  injected: string[];
  /** Cells of figures on hidden rows or columns (never in a group). */
  hidden: string[];
  /** Cells holding formulas. */
  formulas: string[];
  /** Rebuilt from the seed for the picture: the written tables and the facts. */
  detail: { facts: FactSet; tables: WrittenTable[] };
}

const MODES = ['mistake', 'mistake', 'mistake', 'none', 'roundingTraps'] as const;

export function generateFactCase(seed: number): FactCase {
  const rng = new Rng(seed * 7919 + 17);
  const mode = rng.pick(MODES);
  const wanted: FactMistake = rng.pick(FACT_MISTAKES);
  const realities = drawRealities(rng, mode === 'mistake' ? wanted : null);
  const facts = buildFacts(rng, {
    subtotals: realities.has('subtotals'),
    ofWhichRow: realities.has('ofWhichRow'),
    maternitySeparate: realities.has('maternitySeparate'),
    notApplicable: realities.has('notApplicable'),
  });
  const wants: Wants = {
    rates: mode === 'mistake' && (wanted === 'rateWrongBase' || wanted === 'totalRateAveraged' || wanted === 'signFlip'),
    balances: mode === 'mistake' && wanted === 'closingNotCarried',
  };
  const order: FactMistake[] = mode === 'mistake' ? [wanted, ...rng.shuffle(FACT_MISTAKES.filter((m) => m !== wanted))] : [];
  let last: Attempt | null = null;
  for (let attempt = 0; attempt < 12; attempt++) {
    const built = layout(rng, facts, realities, wants, mode, wanted, attempt);
    if (!built) continue;
    last = built;
    if (mode !== 'mistake') return finish(seed, built, mode, [], [], false);
    // The wanted mistake first, on fresh layouts; other mistakes only once the layouts are exhausted.
    const kinds = attempt < 8 ? [wanted] : order;
    let catalogue: Catalogue | null = null;
    for (const kind of kinds) {
      for (const changes of mistakeCandidates(rng, facts, built.tables, kind)) {
        const trial = cloneCells(built.cells);
        applyChanges(trial, changes);
        recalculate([...trial.values()]);
        // The cells the mistake changed: a formula that only follows them (right given its inputs) is not one
        // of them, so a group of such formulas alone, which the core reports as a consequence, is not drawn.
        const injected = changes.filter((c) => c.formula || !c.value.eq(built.cells.get(c.key)!.value)).map((c) => c.key);
        catalogue ??= catalogueOf(workbookRelations(facts, built.tables));
        const verdict = verdictOf(catalogue, trial, injected);
        if (!verdict) continue;
        return finish(seed, { ...built, cells: trial }, kind, verdict, injected, changes.some((c) => c.bare));
      }
    }
  }
  if (!last) throw new Error(`seed ${seed}: no layout could be drawn`);
  return finish(seed, last, 'none', [], [], false);
}

interface Attempt {
  facts: FactSet;
  tables: WrittenTable[];
  sheets: SheetBuilder[];
  cells: Map<string, StatedCell>;
  composition: Composition;
  placement: FactCase['placement'];
  used: Set<FactReality>;
}

function drawRealities(rng: Rng, mistake: FactMistake | null): Set<FactReality> {
  const realities = new Set<FactReality>(FACT_REALITIES.filter(() => rng.chance(0.22)));
  if (mistake === 'subtotalLeavesOutChild' || mistake === 'totalCountsSubtotalAndChildren') realities.add('subtotals');
  if (mistake === 'totalCountsOfWhich' && rng.chance(0.7)) {
    realities.add('ofWhichRow');
    realities.delete('maternitySeparate');
  }
  // A 累计结余 is a formula more often than not where formulas are: the mistake needs one typed.
  if (mistake === 'closingNotCarried' && rng.chance(0.7)) realities.delete('formulas');
  for (const [a, b] of FACT_EXCLUSIVE) if (realities.has(a) && realities.has(b)) realities.delete(b);
  return realities;
}

function drawComposition_(rng: Rng, mistake: FactMistake | null): Composition {
  if (mistake === 'duplicateDisagrees') return rng.pick(['summaryDetail', 'scaleCopy'] as const);
  return rng.pick([...COMPOSITIONS, 'single', 'single']);
}

/** Step 2: the tables, their placement, realities, formulas and hidden rows and columns; null when unusable. */
function layout(rng: Rng, facts: FactSet, realities: Set<FactReality>, wants: Wants, mode: (typeof MODES)[number], mistake: FactMistake, attempt: number): Attempt | null {
  const composition = drawComposition_(rng, mode === 'mistake' && attempt < 8 ? mistake : null);
  const scale: Scale = realities.has('amountsInYuan') ? '元' : realities.has('amountsInYi') ? '亿元' : '万元';
  const seedDecimals = facts.source.startsWith('yuepuhu') ? 2 : 0;
  const decimals = scale === '元' ? 2 : scale === '亿元' ? rng.pick([4, 4, 2]) : mode === 'roundingTraps' ? 2 : rng.pick([seedDecimals, seedDecimals, 2]);
  const specs = drawComposition({ rng, facts, ordering: { fundOrder: realities.has('fundOrder'), totalFirst: realities.has('totalFirst'), subtotalsFirst: realities.has('subtotalsFirst') }, wants, scale, decimals }, composition);
  if (!specs) return null;
  if (mode === 'roundingTraps') {
    if (!applyRoundingTraps(rng, facts, specs[0])) return null;
    for (const spec of specs) spec.rateDecimals = 4;
  }
  const used = new Set<FactReality>();
  const placement: FactCase['placement'] = specs.length === 1 ? 'single' : realities.has('otherSheet') ? 'otherSheet' : realities.has('sideBySide') ? 'sideBySide' : 'stacked';
  const ownSheet = placement === 'single' || placement === 'otherSheet';
  const sheets: SheetBuilder[] = [];
  const tables: WrittenTable[] = [];
  const top = realities.has('position') ? rng.int(0, 6) : 0;
  const left = realities.has('position') ? rng.int(0, 4) : 0;
  if (top || left) used.add('position');
  const names = new Set<string>();
  specs.forEach((spec, i) => {
    const titleRow = !(realities.has('dimsInSheetName') && ownSheet && hasTitleDims(spec));
    let sheet = sheets[sheets.length - 1];
    if (!sheet || placement === 'otherSheet') {
      let name = titleRow ? (i === 0 ? rng.pick(SHEET_NAMES) : rng.pick(['表2', 'Sheet2', '附表2', '明细'])) : sheetNameOf(rng, facts, spec, i);
      while (names.has(name)) name += '2';
      names.add(name);
      sheet = new SheetBuilder(name);
      sheets.push(sheet);
    }
    if (!titleRow) used.add('dimsInSheetName');
    const previous = tables[tables.length - 1];
    const at = !previous || placement === 'otherSheet' ? { top, left } : placement === 'sideBySide' ? { top: previous.top, left: previous.right + 1 + rng.int(1, 2) } : { top: previous.bottom + rng.int(1, 3), left: previous.left };
    if (placement === 'sideBySide' && previous) used.add('sideBySide');
    if (placement === 'otherSheet' && previous) used.add('otherSheet');
    tables.push(renderTable({ rng, facts, realities, used, titleRow, numeric: realities.has('formulas') }, sheet, spec, i, at.top, at.left));
  });
  if (realities.has('notesAndFooters')) {
    for (const sheet of sheets) {
      const bottom = Math.max(...tables.filter((t) => t.sheet === sheet).map((t) => t.bottom));
      const left0 = Math.min(...tables.filter((t) => t.sheet === sheet).map((t) => t.left));
      sheet.put(bottom, left0, rng.pick(NOTES));
      sheet.put(bottom + 1, left0, '填表人：张明');
      sheet.put(bottom + 1, left0 + 3, '审核人：李华');
    }
    used.add('notesAndFooters');
  }
  hideRowsAndColumns(rng, realities, used, tables);
  if (realities.has('formulas')) for (const table of tables) if (planFormulas(rng, facts, table)) used.add('formulas');
  const funds = new Set(tables.flatMap((t) => t.cells.map((c) => c.fact.split('|')[0])));
  for (const r of ['subtotals', 'ofWhichRow', 'maternitySeparate', 'fundOrder', 'totalFirst', 'subtotalsFirst', 'fundAbbreviations', 'totalLabels', 'headerSynonyms', 'headerSpaces', 'headerLineBreaks', 'yearHeaders', 'amountsInYuan', 'amountsInYi'] as const) {
    if (realities.has(r) && meaningful(r, facts, tables, funds)) used.add(r);
  }
  const cells = new Map(tables.flatMap((t) => t.cells).map((c) => [c.key, c]));
  return { facts, tables, sheets, cells, composition, placement, used };
}

const hasTitleDims = (spec: TableSpec) => spec.fixed.fund !== undefined && spec.fixed.fund !== 'total' ? true : spec.fixed.measure !== undefined || spec.fixed.series !== undefined;

/** Whether a structural or wording reality shows in the tables written. */
function meaningful(r: FactReality, facts: FactSet, tables: WrittenTable[], funds: Set<string>): boolean {
  switch (r) {
    case 'subtotals':
      return funds.has('pensionSubtotal') || funds.has('medicalSubtotal');
    case 'ofWhichRow':
      return funds.has('maternityOfWhich');
    case 'maternitySeparate':
      return funds.has('maternity');
    case 'fundOrder':
    case 'fundAbbreviations':
      return leafFunds(facts).filter((f) => funds.has(f)).length >= 2;
    case 'totalFirst':
    case 'totalLabels':
      return funds.has('total') && tables.some((t) => !t.spec.fixed.fund);
    case 'subtotalsFirst':
      return funds.has('pensionSubtotal') || funds.has('medicalSubtotal');
    case 'yearHeaders':
      return tables.some((t) => !t.spec.fixed.series);
    default:
      return true;
  }
}

/** A row and a column of figures hidden, in a table alone on its rows (or columns). */
function hideRowsAndColumns(rng: Rng, realities: Set<FactReality>, used: Set<FactReality>, tables: WrittenTable[]): void {
  const alone = (t: WrittenTable, dim: 'row' | 'col') => tables.filter((o) => o.sheet === t.sheet && o !== t).every((o) => (dim === 'row' ? o.bottom <= t.top || o.top >= t.bottom : o.right < t.left || o.left > t.right));
  for (const dim of ['row', 'col'] as const) {
    if (!realities.has(dim === 'row' ? 'hiddenRows' : 'hiddenColumns')) continue;
    const table = rng.pick(tables);
    if (!alone(table, dim)) continue;
    const lines = [...new Set(table.cells.map((c) => c[dim]))];
    if (lines.length < 3) continue;
    const line = rng.pick(lines);
    for (const cell of table.cells) if (cell[dim] === line) cell.hidden = true;
    if (dim === 'row') table.sheet.hiddenRows.add(line);
    else table.sheet.hiddenColumns.add(line);
    used.add(dim === 'row' ? 'hiddenRows' : 'hiddenColumns');
  }
}

function cloneCells(cells: Map<string, StatedCell>): Map<string, StatedCell> {
  return new Map([...cells].map(([k, c]) => [k, { ...c, value: new Dec(c.value) }]));
}

function finish(seed: number, built: Attempt, mistake: FactCase['mistake'], errors: string[][], injected: string[], bare: boolean): FactCase {
  for (const cell of built.cells.values()) {
    const sheet = built.sheets.find((s) => s.name === cell.sheet)!;
    sheet.put(cell.row, cell.col, emit(cell, cell.formula ? formulaText(cell.formula) : undefined));
  }
  const tables = built.tables.map((t) => ({ ...t, cells: t.cells.map((c) => built.cells.get(c.key)!) }));
  return {
    seed,
    composition: built.composition,
    placement: built.placement,
    assignments: built.tables.map((t) => assignmentName(t.spec.assignment)),
    realities: [...built.used].sort(),
    mistake,
    bare,
    workbook: { name: `facts-${seed}.xlsx`, sheets: built.sheets.map((s) => s.grid()) },
    errors,
    injected: injected.sort(),
    hidden: [...built.cells.values()].filter((c) => c.hidden).map((c) => c.key),
    formulas: [...built.cells.values()].filter((c) => c.formula).map((c) => c.key),
    detail: { facts: built.facts, tables },
  };
}
