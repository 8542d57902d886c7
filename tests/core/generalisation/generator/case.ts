import { analyseWorkbook, cellKey, type WorkbookGrid } from '../../../../src/core';
import { buildModel, COLUMN_SETS, type FundBalanceModel } from './fundBalanceModel';
import { FUND_BALANCE_MISTAKES, injectFundBalanceMistake, type FundBalanceMistake, type ModelCell } from './fundBalanceMistakes';
import { SheetWriter, writeFundBalance } from './fundBalanceLayout';
import { NOT_YET_SUPPORTED, REALITIES, type Reality } from './realities';
import { Rng } from './random';
import { SELF_EVALUATION_MISTAKES, selfEvaluationCase, type SelfEvaluationMistake, type SelfEvaluationReality } from './selfEvaluationCase';
import { lineItemCase, type LineItemReality } from './lineItemCase';
import type { LineItemMistake } from './lineItemMistakes';

/** One generated workbook and what FundCheck must say about it. */
export interface GeneratedCase {
  seed: number;
  family: 'fundBalance' | 'lineItems' | 'selfEvaluation';
  realities: (Reality | LineItemReality | SelfEvaluationReality)[];
  mistake: FundBalanceMistake | LineItemMistake | SelfEvaluationMistake | 'none' | 'roundingTraps';
  workbook: WorkbookGrid;
  /** `Sheet!A1` of every cell that must be reported as an error: the injected cell or its root-cause group. */
  errors: string[];
  /** `Sheet!A1` of each empty 得分 and the exact score it must be filled with. */
  scores: [string, string][];
  /** How many tables must be recognised at least. */
  tables: number;
}

/** Realities that cannot be combined: the later one is dropped. */
const EXCLUSIVE: [Reality, Reality][] = [
  ['amountsInYuan', 'amountsInYi'],
  ['unknownHeaders', 'absentHeaders'],
  ['transposed', 'splitIncomeExpenditure'],
  ['transposed', 'spacerColumn'],
  ['transposed', 'blankRowUnderHeader'],
  ['transposed', 'absentHeaders'],
  ['transposed', 'unknownHeaders'],
];
/** Realities that only mean something beside one of others. */
const NEEDS: [Reality, Reality[]][] = [
  ['splitBalanceFirst', ['splitIncomeExpenditure']],
  ['sideBySide', ['stackedTables', 'splitIncomeExpenditure']],
];
/** Header-word realities mean nothing when there are no header words. */
const NEEDS_WORDS: Reality[] = ['ofWhichRow', 'headerSynonyms', 'headerSpaces', 'headerLineBreaks', 'headerUnits', 'yearHeaders', 'fundAbbreviations', 'totalLabels'];

export interface CaseOptions {
  /** Realities that must be in the case. */
  force?: Reality[];
  /** Allow the NOT_YET_SUPPORTED realities in random draws. */
  unsupported?: boolean;
  /** Draw no other reality than the forced ones. */
  only?: boolean;
}

export function generateCase(seed: number, options: CaseOptions = {}): GeneratedCase {
  const rng = new Rng(seed);
  const force = new Set(options.force ?? []);
  const family = force.size === 0 ? rng.float() : 1;
  if (family < 0.2) return selfEvaluation(rng, seed);
  if (family < 0.4) return { seed, family: 'lineItems', ...lineItemCase(rng, seed), scores: [] };
  const drawable = REALITIES.filter((r) => force.has(r) || options.unsupported || !NOT_YET_SUPPORTED.includes(r));
  const realities = new Set<Reality>(drawable.filter((r) => force.has(r) || (!options.only && rng.chance(0.25))));
  for (const [a, b] of EXCLUSIVE) if (realities.has(a) && realities.has(b)) realities.delete(force.has(b) ? a : b);
  if (realities.has('unknownHeaders') || realities.has('absentHeaders')) for (const r of NEEDS_WORDS) realities.delete(r);
  for (const [reality, needs] of NEEDS) if (!needs.some((r) => realities.has(r))) realities.delete(reality);

  const mode = rng.pick(['mistake', 'mistake', 'mistake', 'none', 'roundingTraps'] as const);
  const unit = realities.has('amountsInYuan') ? '元' : realities.has('amountsInYi') ? '亿元' : '万元';
  const keys = rng.pick(COLUMN_SETS);
  const trapKind = mode === 'roundingTraps' ? rng.pick(['sums', 'ratio'] as const) : null;
  const models: FundBalanceModel[] = [];
  const count = realities.has('stackedTables') ? 2 : 1;
  for (let i = 0; i < count; i++) {
    models.push(
      buildModel(rng, {
        keys: i === 0 ? keys : rng.pick(COLUMN_SETS),
        unit,
        roundingTraps: trapKind === 'sums',
        ratioTrap: trapKind === 'ratio' && i === 0 && keys.includes('iGrowth'),
        notApplicable: realities.has('notApplicable'),
        ofWhichRow: realities.has('ofWhichRow'),
      }),
    );
  }
  let mistake: GeneratedCase['mistake'] = mode === 'mistake' ? 'none' : mode;
  let wrong: { table: number; cells: ModelCell[] } | null = null;
  if (mode === 'mistake') {
    const table = rng.int(0, count - 1);
    // A table with a 其中 row offers the mistake only it can have: give it a fair share of those cases.
    const shuffled = rng.shuffle(FUND_BALANCE_MISTAKES);
    const ordered = realities.has('ofWhichRow') && rng.chance(0.4) ? ['totalCountsOfWhich' as const, ...shuffled] : shuffled;
    for (const candidate of ordered) {
      const cells = injectFundBalanceMistake(rng, models[table], candidate);
      if (cells) {
        mistake = candidate;
        wrong = { table, cells };
        break;
      }
    }
  }
  const sheet = new SheetWriter(rng.pick(['表1', '收支情况', 'Sheet1']));
  const top = realities.has('position') ? rng.int(0, 8) : 0;
  let row = top;
  let left = realities.has('position') ? rng.int(0, 5) : 0;
  models.forEach((model, i) => {
    const extent = writeFundBalance(rng, sheet, i, model, realities, row, left);
    // Another county's table under this one, or beside it after a blank column or two.
    if (realities.has('sideBySide')) left = extent.right + 1 + rng.int(1, 2);
    else row = extent.bottom + rng.int(1, 3);
  });
  const parts = realities.has('splitIncomeExpenditure') ? 2 : 1;
  return {
    seed,
    family: 'fundBalance',
    realities: [...realities].sort(),
    mistake,
    workbook: { name: `generated-${seed}.xlsx`, sheets: [sheet.grid()] },
    errors: wrong ? wrong.cells.map((cell) => cellKey(sheet.ref(wrong!.table, cell))).sort() : [],
    scores: [],
    tables: count * parts,
  };
}

function selfEvaluation(rng: Rng, seed: number): GeneratedCase {
  const mistake = rng.pick([...SELF_EVALUATION_MISTAKES, 'none', 'none'] as const);
  const built = selfEvaluationCase(rng, mistake);
  const key = (a1: string) => `${built.sheet.name}!${a1}`;
  return {
    seed,
    family: 'selfEvaluation',
    realities: built.realities,
    mistake,
    workbook: { name: `generated-${seed}.xlsx`, sheets: [built.sheet] },
    errors: built.errors.map(key).sort(),
    scores: built.scores.map(([a1, score]) => [key(a1), score]),
    tables: 1,
  };
}

/** What is wrong with FundCheck's answer on the case; empty when it is right. */
export function checkCase(c: GeneratedCase): string[] {
  const analysis = analyseWorkbook(c.workbook);
  const problems: string[] = [];
  if (analysis.tables.length < c.tables) problems.push(`recognised ${analysis.tables.length} tables, expected ${c.tables}`);
  const errors = analysis.findings.filter((f) => f.severity === 'error').map((f) => cellKey(f.at)).sort();
  if (errors.join() !== c.errors.join()) {
    const detail = analysis.findings.filter((f) => f.severity === 'error').map((f) => `${cellKey(f.at)} ${f.rule} stated ${f.stated} expected ${f.expected}`);
    problems.push(`errors [${errors.join(', ')}], expected [${c.errors.join(', ')}]: ${detail.join('; ')}`);
  }
  // A value misread (text where a number is meant) or a relation misread shows as a warning.
  const warnings = analysis.findings.filter((f) => f.severity === 'warning').map((f) => `${cellKey(f.at)} ${f.rule} ${f.stated}`);
  if (c.family !== 'selfEvaluation' && warnings.length) problems.push(`warnings: ${warnings.join('; ')}`);
  const fills = new Map(analysis.fills.map((f) => [cellKey(f.at), f.value]));
  for (const [cell, score] of c.scores) if (fills.get(cell) !== score) problems.push(`得分 ${cell} filled ${fills.get(cell)}, expected ${score}`);
  return problems;
}

/** One line a failing test prints: enough to rebuild the case. */
export function describeCase(c: GeneratedCase): string {
  return `seed ${c.seed}: ${c.family}, mistake ${c.mistake}, realities [${c.realities.join(', ')}]`;
}
