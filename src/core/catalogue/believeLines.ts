import type Decimal from 'decimal.js';
import { Dec } from '../numeric/decimal';
import { CellMap } from '../grid/CellMap';
import type { CellRef } from '../grid/address';
import type { CellValues } from '../relations/CellValues';
import { relationStatus } from '../relations/relationStatus';
import { relationWith, type Relation } from '../relations/Relation';
import type { Finding } from '../report/types';
import { readRatesCellByCell } from './readRatesCellByCell';
import { INFERRED, relationOf } from '../discovery/candidates';
import { discoverRelations } from '../discovery/discoverRelations';
import type { ReadTable } from '../reading/readTables';
import { RELATION_CATALOGUE, HIERARCHY_RULES } from './relationCatalogue';
import type { CatalogueRelations, RelationLine } from './relationsFromFacts';

/**
 * A line is judged on this many relations at least, and taken for misread only when this many break: fewer cannot
 * tell a misread label from a mistake (a wrong 合计 and the 增减 computed from it are two breaks of one slip).
 */
const MIN_JUDGED = 3;
const MIN_VIOLATED = 3;

export interface BelievedRelations {
  relations: Relation[];
  findings: Finding[];
  /**
   * Figures repeated exactly in copies of believed lines left unwritten: how many. Correcting such a figure breaks
   * every copy, which the root-cause search must count as it counts the relations it sees.
   */
  unwrittenCopies: CellMap<number>;
}

/**
 * Errors are exceptions. A line of relations (one rule down one column, along one row, or between two tables) is
 * believed where most of its relations hold: its breaks are then errors. Where most break, the labels were misread,
 * not every cell is wrong: the numbers may show what the line really holds (relation discovery: a year typed the
 * wrong way round), a mistake of the whole line (a rate on the wrong base, a 合计 that left one line out) stays
 * reported cell by cell, and otherwise the line is said once, as a warning, and left unchecked. The same fact
 * stated in two tables that disagree on most of what they share are not the same facts (two counties); 当期结余 ≠
 * 收入 − 支出 on most funds is the reports' way with 上下级往来, a warning at each.
 */
export function believeLines(catalogue: CatalogueRelations, values: CellValues): BelievedRelations {
  // Rates are read cell by cell first (fractions, or percentage points), so a line of points is not taken for broken.
  const replaced = new Map<Relation, Relation>();
  for (const [line, relations] of catalogue.rateLines) {
    const read = readRatesCellByCell(relations, values, line.header);
    read.forEach((relation, i) => {
      if (relation !== relations[i]) replaced.set(relations[i], relation);
    });
  }
  // Each statement of a rate stated twice is read as its own line reads it: 19.00% in one table, 19.00 in the other.
  const inPoints = new CellMap<boolean>();
  for (const relations of catalogue.rateLines.values()) for (const relation of relations) inPoints.set(relation.target, (replaced.get(relation) ?? relation).factor === 100);
  for (const copy of catalogue.rateCopies) {
    const scale = (ref: CellRef) => (inPoints.get(ref) ? 100 : 1);
    const factor = scale(copy.target) / scale(copy.numerator[0].ref);
    if (factor !== 1) replaced.set(copy, relationWith(copy, { factor }));
  }
  const byLine = new Map<RelationLine, Relation[]>();
  catalogue.relations.forEach((original, i) => {
    const relation = replaced.get(original) ?? original;
    const line = catalogue.lines[i];
    const list = byLine.get(line);
    if (list) list.push(relation);
    else byLine.set(line, [relation]);
  });
  const relations: Relation[] = [];
  const findings: Finding[] = [];
  const disbelieved = new Set<RelationLine>();
  for (const [line, lineRelations] of byLine) {
    let holds = 0;
    let violated = 0;
    for (const relation of lineRelations) {
      const status = relationStatus(relation, values);
      if (status === 'holds') holds++;
      else if (status === 'violated') violated++;
    }
    holds += line.agreeingWith?.length ?? 0;
    const judged = holds + violated;
    const failing = judged >= MIN_JUDGED && violated >= MIN_VIOLATED && violated * 2 > judged;
    // A warning says its case at each cell: 当期结余 ≠ 收入 − 支出 on most funds is the reports' way with 上下级往来.
    if (lineRelations[0].severity === 'warning') {
      relations.push(...lineRelations);
      continue;
    }
    // Two paragraphs of one report speak of one body: a figure one restates differently is a slip even where it is
    // all they share; only where they disagree on more than one, and on more than they agree, were they misread.
    if (line.rule === 'sameFact' && line.from?.kind === 'report-text' && line.table.kind === 'report-text' && line.from.sheet === line.table.sheet && (violated <= 1 || holds >= violated)) {
      relations.push(...lineRelations);
      continue;
    }
    if (line.rule === 'sameFact' || (failing && acrossTables(line, lineRelations))) {
      // Two tables that share figures agree on at least as many as they disagree on, or they are not about the
      // same thing (two counties, two definitions of 收入): then nothing is said.
      if (holds >= violated && holds > 0) relations.push(...lineRelations);
      else disbelieved.add(line);
      continue;
    }
    if (!failing) {
      relations.push(...lineRelations);
      continue;
    }
    if (line.rule === 'sum' && oneLineLeftOut(line, lineRelations, values)) {
      relations.push(...lineRelations);
      continue;
    }
    const rereading = line.rule === 'sum' || line.rule === 'ofWhich' || line.rule === 'partsWithinLine' ? null : reread(line, lineRelations, values);
    if (rereading === 'mistake') {
      relations.push(...lineRelations);
      continue;
    }
    if (rereading) {
      relations.push(...rereading.relations);
      findings.push(rereading.finding);
      continue;
    }
    findings.push(unreadLine(line, lineRelations[0]));
  }
  // A line of copies only (none written) agrees throughout: believed.
  const unwrittenCopies = new CellMap<number>();
  for (const line of catalogue.sameFactLines) {
    if (disbelieved.has(line)) continue;
    for (const first of line.agreeingWith ?? []) unwrittenCopies.set(first, (unwrittenCopies.get(first) ?? 0) + 1);
  }
  return { relations, findings, unwrittenCopies };
}

/** The line's inputs lie in other tables (上年结余 against last year's table): where most fail, they are not its. */
function acrossTables(line: RelationLine, relations: Relation[]): boolean {
  const { sheet, range } = line.table;
  const inside = (ref: Relation['target']) => ref.sheet === sheet && ref.row >= range.top && ref.row <= range.bottom && ref.col >= range.left && ref.col <= range.right;
  return relations.every((r) => [...r.numerator, ...(r.denominator ?? [])].some((t) => !inside(t.ref)));
}

/**
 * A 合计 that left one line out (or counted one twice, or counted a 其中 line) misses by that line's figure in most
 * of its columns: the 合计 is wrong, cell by cell, and each message names the line. The line is looked for among
 * the table's figures beside the 合计 (its parts, and the other lines of the same column or row).
 */
function oneLineLeftOut(line: RelationLine, relations: Relation[], values: CellValues): boolean {
  const explained = new Map<number, number>();
  let broken = 0;
  for (const relation of relations) {
    if (relationStatus(relation, values) !== 'violated') continue;
    broken++;
    const target = values.get(relation.target);
    if (target.kind !== 'number') continue;
    let total = new Dec(0);
    for (const term of relation.numerator) {
      const part = values.get(term.ref);
      if (part.kind === 'number') total = total.plus(term.sign === 1 ? part.value : part.value.neg());
    }
    const gap = total.minus(target.value);
    // What rounding can account for: half a unit of the last decimal shown, for the total and each line.
    const unit = new Dec(10).pow(-Math.max(0, target.decimals)).div(2).mul(relation.numerator.length + 1);
    // A gap within a couple of those matches some figure by chance (0.09 亿元 and a 0.12 beside it).
    if (gap.abs().lt(unit.mul(2))) continue;
    // The parts lie down the 合计's column (a 合计 row) or along its row (a 合计 column).
    const down = relation.numerator.every((t) => t.ref.col === relation.target.col);
    // The gap is that line's figure in the 合计's own column, or, for a figure derived from the 合计's (its 增减),
    // the line's figure in another column.
    // The line whose figure the gap matches most closely (within rounding): the one most gaps match is left out.
    const explains = (sameLineOnly: boolean) => {
      let closest: { line: number; off: Decimal } | null = null;
      for (const fact of line.table.facts) {
        const same = down ? fact.at.col === relation.target.col : fact.at.row === relation.target.row;
        if ((sameLineOnly && !same) || (fact.at.row === relation.target.row && fact.at.col === relation.target.col)) continue;
        const part = values.get(fact.at);
        if (part.kind !== 'number' || part.value.isZero()) continue;
        const off = Dec.min(gap.minus(part.value).abs(), gap.plus(part.value).abs());
        if (off.lte(unit) && (!closest || off.lt(closest.off))) closest = { line: down ? fact.at.row : fact.at.col, off };
      }
      return closest?.line ?? null;
    };
    const where = explains(true) ?? explains(false);
    if (where !== null) explained.set(where, (explained.get(where) ?? 0) + 1);
  }
  return [...explained.values()].some((n) => n * 2 > broken);
}

type Rereading = { relations: Relation[]; finding: Finding } | 'mistake' | null;

/**
 * What the numbers say a failing column holds: a standard measure of the table's own columns (本年 ÷ 预算, 本年 − 上年
 * with the years the other way round) replaces the line with an info finding; a quotient of derived figures
 * (增减 ÷ 本年 under 增长率) is a mistake of the whole column, reported cell by cell; nothing found, null.
 */
function reread(line: RelationLine, relations: Relation[], values: CellValues): Rereading {
  const table = line.table;
  const col = relations[0].target.col;
  if (!relations.every((r) => r.target.col === col && r.target.sheet === table.sheet)) return null;
  const block = blockOf(table);
  if (!block.cols.includes(col) || block.rows.length < MIN_JUDGED) return null;
  const view = values.view(table.sheet);
  const name = (c: number) => {
    const member = table.columns.find((m) => m.index === c);
    const header = member?.path[member.path.length - 1] ?? view?.text(table.range.top, c) ?? '';
    return header ? `“${header.replace(/\s+/g, '')}”` : `${c}`;
  };
  const discovery = discoverRelations(block, values, name, { columnsOnly: true, wanted: new Set([col]) });
  const derived = new Set(discovery.columns.map((c) => c.candidate.target));
  const aimed = discovery.ranked.filter((c) => block.cols[c.candidate.target] === col);
  const found = aimed.find((c) => !derived.has(c.candidate.a) && !derived.has(c.candidate.b));
  // 增减 ÷ 本年 under 增长率: a rate of the table's own figures on the wrong base.
  const rateOnWrongBase = (line.rule === 'growthRate' || line.rule === 'executionRate') && aimed.some((c) => c.candidate.shape === 'ratio' || c.candidate.shape === 'growth');
  if (!found) return rateOnWrongBase ? 'mistake' : null;
  const rows = relations.map((r) => r.target.row);
  const replacement = rows.map((row) => relationOf(found.candidate, row, table.sheet, block.cols, name));
  const meaning = RELATION_CATALOGUE.find((r) => r.rule === line.rule)?.meaning ?? relations[0].description;
  return {
    relations: replacement,
    finding: {
      at: relations[0].target,
      severity: 'info',
      rule: 'inferredRelation',
      stated: null,
      expected: null,
      message: `此列按表头应满足“${meaning}”，但多数行不成立；数值表明本列满足“${replacement[0].description.replace('≠', '=').replace(INFERRED, '')}”，已按后者核对${INFERRED}`,
      related: [],
    },
  };
}

/** The rows with figures and the columns with figures of a table, as discovery takes them. */
function blockOf(table: ReadTable): { sheet: string; rows: number[]; cols: number[] } {
  return {
    sheet: table.sheet,
    rows: table.rows.filter((m) => m.hasData && !m.hidden).map((m) => m.index),
    cols: table.columns.filter((m) => m.hasData && !m.hidden).map((m) => m.index),
  };
}

/** Said once for a line that could not be read: never an error per cell. */
function unreadLine(line: RelationLine, first: Relation): Finding {
  const meaning = RELATION_CATALOGUE.find((r) => r.rule === line.rule)?.meaning ?? (line.rule in HIERARCHY_RULES ? HIERARCHY_RULES[line.rule as keyof typeof HIERARCHY_RULES].meaning : first.description);
  const what = line.header ? `“${line.header.replace(/\s+/g, '')}”` : '此处';
  return {
    at: first.target,
    severity: 'warning',
    rule: 'unreadLine',
    stated: null,
    expected: null,
    message: `${what}的数字多数不满足“${meaning}”，可能表头或表格结构未能正确识别；本行（列）未逐格核对，请人工核实`,
    related: [],
  };
}
