import { cellKey, type CellRef } from '../grid/address';
import { Dec } from '../numeric/decimal';
import type { CellValues } from '../relations/CellValues';
import type { ParsedValue } from '../values/parseCellValue';
import { plus, minus, type Relation, type Term } from '../relations/Relation';
import { factKey, type Dimensions, type Fact } from '../facts/Fact';
import type { ReadTable } from '../reading/readTables';
import type { DimensionEdge } from '../reading/readOutline';
import { accountLine, isAccountWithin, QUOTIENT_DERIVATIONS, type AccountId } from '../vocabulary';
import { RELATION_CATALOGUE, SUMMED_DERIVATIONS, type FormulaRule, type TermPattern } from './relationCatalogue';
import { factName, joinTerms, termName } from './nameFacts';

/**
 * The line of relations a relation belongs to: the same rule down one column (or along one row) of one table, or
 * between one pair of tables. A line is believed only where most of its relations hold: where most fail, the
 * labels were misread, not every cell is wrong (see believeLines.ts).
 */
export interface RelationLine {
  key: string;
  rule: Relation['rule'];
  table: ReadTable;
  /** The header of the line's column or row, for rates read in points and for messages. */
  header: string;
  /**
   * Statements of the same fact that agree exactly and were left unwritten (sameFactRelations): they hold. One entry
   * per copy, naming the first statement it repeats: correcting that figure would break each of them.
   */
  agreeingWith?: CellRef[];
  /** Of a line between two tables (sameFact): the first statement's table. */
  from?: ReadTable;
}

export interface CatalogueRelations {
  relations: Relation[];
  /** Each relation's line, by the relation's place in `relations`. */
  lines: RelationLine[];
  /** Every rate relation by its line, to be read cell by cell (fractions or percentage points). */
  rateLines: Map<RelationLine, Relation[]>;
  /** The same rate stated twice: each statement read as its own line reads it (19.00% and a bare 19.00 agree). */
  rateCopies: Set<Relation>;
  /** Every line of the same fact between two tables, with relations written or only copies counted. */
  sameFactLines: RelationLine[];
}

/** The facts of every table, indexed by key: within each table, and across the workbook. */
export class FactIndex {
  /**
   * Within each table, by fund and account line, the one fact of each other dimension: asked some fifty thousand
   * times for a province's 300 sheets, so found by maps and a short scan, with no key text made per question.
   */
  private readonly byTable = new Map<number, Map<string, Map<string, Fact[]>>>();
  private readonly byKey = new Map<string, Fact[]>();
  /** Tables that name no fund anywhere: their figures are the whole's (社会保险基金), the 合计 of a table that does. */
  private readonly ofTheWhole = new Set<number>();

  constructor(readonly tables: ReadTable[]) {
    for (const table of tables) {
      if (table.facts.length > 0 && table.facts.every((f) => !f.dims.fund)) this.ofTheWhole.add(table.id);
      const own = new Map<string, Map<string, Fact[]>>();
      for (const fact of table.facts) {
        const { fund, account } = fact.dims;
        let byAccount = own.get(fund);
        if (!byAccount) own.set(fund, (byAccount = new Map()));
        let list = byAccount.get(account);
        if (!list) byAccount.set(account, (list = []));
        const i = list.findIndex((there) => sameQuantity(there.dims, fact.dims));
        const there = i < 0 ? undefined : list[i];
        // A hidden figure never takes the place of a visible one of the same name, nor an empty cell (a heading
        // line without figures) the place of a stated one.
        if (!there) list.push(fact);
        else if ((there.hidden && !fact.hidden) || (there.empty && !fact.empty && there.hidden === fact.hidden)) list[i] = fact;
        const across = this.acrossKey(table.id, fact.dims);
        const same = this.byKey.get(across);
        if (same) same.push(fact);
        else this.byKey.set(across, [fact]);
      }
      this.byTable.set(table.id, own);
    }
  }

  /** The fact of `dims` in `table` — with its `dim` taken as `value` where one is given (a 合计's own fund's line). */
  inTable(table: number, dims: Dimensions, dim?: 'fund' | 'account', value?: string): Fact | undefined {
    const fund = dim === 'fund' ? value! : dims.fund;
    const account = dim === 'account' ? value! : dims.account;
    const list = this.byTable.get(table)?.get(fund)?.get(account);
    if (list) for (const fact of list) if (sameQuantity(fact.dims, dims)) return fact;
    return undefined;
  }

  /** The key a fact of `table` goes by across tables. */
  private acrossKey(table: number, dims: Dimensions): string {
    return factKey(!dims.fund && this.ofTheWhole.has(table) ? { ...dims, fund: 'total' } : dims);
  }

  /** Groups of facts sharing a key in more than one place. */
  *shared(): IterableIterator<Fact[]> {
    for (const list of this.byKey.values()) if (list.length > 1) yield list;
  }

  /**
   * A fact of these dimensions for an input of a relation on `from`: in its own table, else in the nearest table of
   * the same sheet, else of the workbook, of the same entity and scale (a 收入表 beside its 支出及结余表).
   */
  lookup(from: Fact, dims: Dimensions): Fact | undefined {
    const own = this.inTable(from.table, dims);
    if (own) return own;
    const origin = this.tables[from.table];
    // A paragraph of the report and a table may speak of two scopes (收入 with or without 上下级往来, a 预算
    // section's 支出): a sentence's relation takes its inputs from its own paragraph, a table's never from the
    // text. The text meets the tables and its other paragraphs only where the same fact is stated (sameFact).
    if (origin.kind === 'report-text') return undefined;
    const candidates = (this.byKey.get(this.acrossKey(from.table, dims)) ?? []).filter(
      (f) => f.table !== from.table && this.tables[f.table].kind !== 'report-text' && compatible(origin, this.tables[f.table], from.dims, f.dims),
    );
    if (candidates.length === 0) return undefined;
    const distance = (f: Fact) => {
      const t = this.tables[f.table];
      if (t.sheet !== origin.sheet) return 1e9 + Math.abs(t.id - origin.id);
      return Math.abs(t.range.top - origin.range.top) + Math.abs(t.range.left - origin.range.left);
    };
    let nearest = candidates[0];
    for (const candidate of candidates) if (distance(candidate) < distance(nearest)) nearest = candidate;
    return nearest;
  }
}

/** The same quantity apart from whose and which line (and scale): what factKey says after the fund and account. */
function sameQuantity(a: Dimensions, b: Dimensions): boolean {
  return (
    a.period === b.period &&
    a.derivation === b.derivation &&
    a.scenario === b.scenario &&
    a.budgetKind === b.budgetKind &&
    a.notMoney === b.notMoney &&
    a.unnamed === b.unnamed &&
    a.shareOf?.fund === b.shareOf?.fund &&
    a.shareOf?.account === b.shareOf?.account
  );
}

function compatible(a: ReadTable, b: ReadTable, da: Dimensions, db: Dimensions): boolean {
  if (a.entity && b.entity && a.entity !== b.entity) return false;
  return !da.scale || !db.scale || da.scale === db.scale;
}

/** Every relation the catalogue and the tables' outlines give among the facts. */
export function relationsFromFacts(tables: ReadTable[], index: FactIndex, values: CellValues, discoveredRates: Set<string> = new Set()): CatalogueRelations {
  const out: CatalogueRelations = {
    relations: [],
    lines: [],
    rateLines: new Map(),
    rateCopies: new Set(),
    sameFactLines: [],
  };
  // The current table's lines, by rule and by the member they run along (a number: no key text per relation).
  let lines = new Map<string, Map<number, RelationLine>>();
  const lineFor = (table: ReadTable, fact: Fact, rule: Relation['rule'], along: 'row' | 'col'): RelationLine => {
    // Instances of a rule vary along one axis: a column of rates (the target's column fixed) or a row of totals.
    const member = along === 'col' ? table.columns[fact.col] : table.rows[fact.row];
    let byMember = lines.get(rule);
    if (!byMember) lines.set(rule, (byMember = new Map()));
    const at = member.index * 2 + (along === 'col' ? 1 : 0);
    let line = byMember.get(at);
    if (!line)
      byMember.set(
        at,
        (line = {
          key: `${rule}|${table.id}|${along}|${member.index}`,
          rule,
          table,
          header: member.path[member.path.length - 1] ?? '',
        }),
      );
    return line;
  };
  const add = (relation: Relation, line: RelationLine) => {
    out.relations.push(relation);
    out.lines.push(line);
  };
  for (const table of tables) {
    lines = new Map();
    const formats = new FormatsOfLines(table, values);
    addHierarchy(table, index, formats, values, discoveredRates, (relation, fact, along) => add(relation, lineFor(table, fact, relation.rule, along)));
    for (const rule of RELATION_CATALOGUE) {
      for (const fact of table.facts) {
        if (!matches(rule, fact.dims)) continue;
        const relation = formulaRelation(rule, fact, index, formats, tables);
        if (!relation) continue;
        if (rule.rate) {
          const parts = ratesOfParts(table, index, fact);
          if (parts.length > 1) relation.ratesOfParts = parts;
        }
        // A column of rates down the funds, or a row of rates across them (a table with funds across).
        const along = table.kind === 'fund-balance-transposed' ? 'row' : 'col';
        const line = lineFor(table, fact, rule.rule, along);
        add(relation, line);
        if (rule.rate) out.rateLines.set(line, [...(out.rateLines.get(line) ?? []), relation]);
      }
    }
  }
  for (const [relation, line, rate] of sameFactRelations(index, tables, values, out.sameFactLines)) {
    add(relation, line);
    if (rate) out.rateCopies.add(relation);
  }
  return out;
}

/** The same rate of the lines a 合计 (or 小计) sums, in its table: to tell a rate averaged over them. */
function ratesOfParts(table: ReadTable, index: FactIndex, fact: Fact): CellRef[] {
  const out: CellRef[] = [];
  for (const edge of table.edges) {
    if (edge.kind !== 'sum' || fact.dims[edge.dim] !== edge.parent) continue;
    const part = index.inTable(table.id, fact.dims, edge.dim, edge.child);
    if (part) out.push(part.at);
  }
  return out;
}

function matches(rule: FormulaRule, dims: Dimensions): boolean {
  if (rule.target.derivation && dims.derivation !== rule.target.derivation) return false;
  if (rule.target.account && dims.account !== rule.target.account) return false;
  return !dims.notMoney || rule.rule === 'change' || rule.rule === 'growthRate';
}

const BUDGET_KINDS: Dimensions['budgetKind'][] = ['adjusted', '', 'initial'];

function termDims(target: Dimensions, pattern: TermPattern): Dimensions[] {
  if (pattern.ofWhole && !target.shareOf) return [];
  const whole = pattern.ofWhole ? target.shareOf : undefined;
  // Built field by field, never spread and deleted from: every input's dimensions keep one shape.
  const scenario = pattern.scenario ?? target.scenario;
  const dims: Dimensions = {
    fund: whole ? whole.fund : target.fund,
    account: whole ? whole.account : (pattern.account ?? target.account),
    scenario,
    budgetKind: scenario === 'budget' ? target.budgetKind : '',
    period: target.period + (pattern.periodOffset ?? 0),
    derivation: pattern.derivation ?? target.derivation,
    scale: pattern.derivation === 'amount' && QUOTIENT_DERIVATIONS.has(target.derivation) ? 0 : target.scale,
    notMoney: target.notMoney,
    unnamed: target.unnamed,
  };
  if (scenario === 'budget' && target.scenario !== 'budget') return BUDGET_KINDS.map((budgetKind) => ({ ...dims, budgetKind }));
  return [dims];
}

function formulaRelation(rule: FormulaRule, fact: Fact, index: FactIndex, formats: FormatsOfLines, tables: ReadTable[]): Relation | null {
  for (const form of rule.forms) {
    const numerator = inputsOf(form.numerator, fact, index);
    if (!numerator) continue;
    const denominator = form.denominator ? inputsOf(form.denominator, fact, index) : [];
    if (!denominator) continue;
    // Amounts in two units (a sentence in 亿元, a budget in 万元) are not combined unconverted: no relation.
    if (!oneScale([fact, ...numerator, ...denominator], tables)) continue;
    const term = (p: TermPattern, input: Fact): Term => (p.sign === 1 ? plus(input.at) : minus(input.at));
    const proven =
      rule.errorWhere === 'finalAccounts' &&
      tables[fact.table].finalAccounts &&
      numerator.every((f) => tables[f.table].finalAccounts) &&
      denominator.every((f) => tables[f.table].finalAccounts);
    const relation: Relation = {
      rule: rule.rule,
      severity: proven ? 'error' : rule.severity,
      target: fact.at,
      numerator: numerator.map((input, i) => term(form.numerator[i], input)),
      // Named only when a message needs it: most relations hold and are never named.
      get description() {
        return formulaDescription(fact, form, numerator, denominator, proven ? '' : (rule.note ?? ''));
      },
      fillFormat: formats.of(fact) ?? (rule.rate ? '0.00%' : undefined),
    };
    if (rule.times) relation.factor = rule.times;
    if (denominator.length) relation.denominator = denominator.map((input, i) => term(form.denominator![i], input));
    return relation;
  }
  return null;
}

/** Whether the amounts among `facts` are stated in one unit (a rate has none; a table's unit counts where a fact says none). */
function oneScale(facts: Fact[], tables: ReadTable[]): boolean {
  let scale = 0;
  for (const f of facts) {
    if (QUOTIENT_DERIVATIONS.has(f.dims.derivation)) continue;
    const own = f.dims.scale || tables[f.table].scale;
    if (!own) continue;
    if (scale && own !== scale) return false;
    scale = own;
  }
  return true;
}

/** `2020年 合计 支出增长率 ≠ (…) ÷ …`: the relation's facts named as a person would. */
function formulaDescription(fact: Fact, form: FormulaRule['forms'][number], numerator: Fact[], denominator: Fact[], note: string): string {
  const names = numerator.map((input, i) => {
    const sign = form.numerator[i].sign;
    return `${i > 0 ? (sign === 1 ? ' + ' : ' − ') : sign === 1 ? '' : '−'}${termName(input.dims, fact.dims)}`;
  });
  // Signed as the form says: 上年 left unsaid is 本年 − 增减额.
  const belowNames = denominator.map((input, i) => {
    const sign = form.denominator![i].sign;
    return `${i > 0 ? (sign === 1 ? ' + ' : ' − ') : sign === 1 ? '' : '−'}${termName(input.dims, fact.dims)}`;
  });
  const below = denominator.length > 1 ? `(${belowNames.join('')})` : belowNames.join('');
  const formula = denominator.length ? `${numerator.length > 1 ? `(${names.join('')})` : names.join('')} ÷ ${below}` : names.join('');
  return `${factName(fact.dims)} ≠ ${formula}${note}`;
}

/** Each pattern's fact for a relation on `fact`, or null when one is missing. */
function inputsOf(patterns: readonly TermPattern[], fact: Fact, index: FactIndex): Fact[] | null {
  const out: Fact[] = [];
  for (const pattern of patterns) {
    const found = inputOf(pattern, fact, index);
    if (!found) return null;
    out.push(found);
  }
  return out;
}

/** An input in the target's own table first (whichever budget it states), only then in another table. */
function inputOf(pattern: TermPattern, fact: Fact, index: FactIndex): Fact | undefined {
  const candidates = termDims(fact.dims, pattern);
  for (const dims of candidates) {
    const found = index.inTable(fact.table, dims);
    if (found && !sameCellRef(found.at, fact.at)) return found;
  }
  for (const dims of candidates) {
    const found = index.lookup(fact, dims);
    if (found && !sameCellRef(found.at, fact.at)) return found;
  }
  return undefined;
}

function sameCellRef(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

/**
 * The table's outline as sums and bounds over its facts: for each fact of a line that sums others (a 合计, a 小计,
 * a grouping, a numbered line over its items), the same fact of each of those lines; for each 其中 line, its
 * figure is at most its line's, and its parts together too. Whatever axis the lines are on.
 */
function addHierarchy(
  table: ReadTable,
  index: FactIndex,
  formats: FormatsOfLines,
  values: CellValues,
  discoveredRates: Set<string>,
  add: (relation: Relation, fact: Fact, along: 'row' | 'col') => void,
): void {
  // The table's edges by dimension and parent line, sums and parts apart: asked once per fact, no key made.
  const byParent = {
    fund: new Map<string, { sum: DimensionEdge[]; part: DimensionEdge[] }>(),
    account: new Map<string, { sum: DimensionEdge[]; part: DimensionEdge[] }>(),
  };
  for (const edge of table.edges) {
    let lines = byParent[edge.dim].get(edge.parent);
    if (!lines) byParent[edge.dim].set(edge.parent, (lines = { sum: [], part: [] }));
    lines[edge.kind].push(edge);
  }
  // Read only where some figure's measure is unknown (a column no word names may hold rates).
  let rateLike: Set<number> | null = null;
  const rateLikeColumn = (col: number) => (rateLike ??= rateLikeColumns(table, values, discoveredRates)).has(col);
  // Which accounts each line of the table breaks out: a 合计's 社会保险待遇支出 is the sum of its funds' only where
  // each fund states that line, not a part of it (基本养老金支出) in its place.
  const accountsOf = new Map<string, Set<string>>();
  for (const fact of table.facts) {
    const set = accountsOf.get(fact.dims.fund);
    if (set) set.add(fact.dims.account);
    else accountsOf.set(fact.dims.fund, new Set([fact.dims.account]));
  }
  const statesInstead = (fund: string, account: string) => [...(accountsOf.get(fund) ?? [])].some((other) => other !== account && within(other, account));
  for (const fact of table.facts) {
    if (!SUMMED_DERIVATIONS.includes(fact.dims.derivation)) continue;
    if (fact.dims.derivation === 'unknown' && rateLikeColumn(fact.col)) continue;
    for (const dim of ITEM_DIMENSIONS) {
      const parentValue = fact.dims[dim];
      if (!parentValue) continue;
      const lines = byParent[dim].get(parentValue);
      if (!lines) continue;
      // The axis the line's members lie on: a 合计 row sums rows (one instance per column: the line is the row).
      const along = axisOf(table, fact, dim);
      const sums = lines.sum.length ? lines.sum : null;
      if (sums) {
        let complete = true;
        const parts = sums.flatMap((edge) => {
          const child = index.inTable(table.id, fact.dims, dim, edge.child);
          if (!child && dim === 'fund' && statesInstead(edge.child, fact.dims.account)) complete = false;
          return child ? [child] : [];
        });
        if (parts.length > 0 && complete) {
          add(
            {
              rule: 'sum',
              severity: 'error',
              target: fact.at,
              numerator: parts.map((p) => plus(p.at)),
              emptyAsZero: true,
              get description() {
                return `${factName(fact.dims)} ≠ ${joinTerms(
                  parts.map((p) => termName(p.dims, fact.dims)),
                  ' + ',
                )}`;
              },
              fillFormat: formats.of(fact),
            },
            fact,
            along,
          );
        }
      }
      const partEdges = lines.part.length ? lines.part : null;
      if (partEdges && fact.dims.derivation === 'amount' && isFlow(fact.dims.account)) addParts(table, index, fact, dim, partEdges, along, add);
    }
  }
}

const ITEM_DIMENSIONS = ['fund', 'account'] as const;

/** The axis along which a dimension's lines lie in the table: rows when its rows say it. */
function axisOf(table: ReadTable, fact: Fact, dim: 'fund' | 'account'): 'row' | 'col' {
  const rowSays = table.rows[fact.row][dim] === fact.dims[dim];
  return rowSays ? 'row' : 'col';
}

/** A flow's figures cannot be negative: a part is at most its line. Balances and changes can. */
function isFlow(account: string): boolean {
  if (!account || account.startsWith('line:') || account.startsWith('total:'))
    return account.startsWith('line:') || account.startsWith('total:') || account === '';
  return accountLine(account as AccountId)?.flow ?? false;
}

function addParts(
  table: ReadTable,
  index: FactIndex,
  fact: Fact,
  dim: 'fund' | 'account',
  edges: DimensionEdge[],
  along: 'row' | 'col',
  add: (relation: Relation, fact: Fact, along: 'row' | 'col') => void,
): void {
  const parts: Fact[] = [];
  for (const edge of edges) {
    const part = index.inTable(table.id, fact.dims, dim, edge.child);
    if (!part) continue;
    parts.push(part);
    add(
      {
        rule: 'ofWhich',
        severity: 'error',
        target: part.at,
        numerator: [plus(fact.at)],
        comparison: 'atMost',
        description: `“其中”项 ${factName(part.dims)} 大于其所属项目 ${factName(fact.dims)}`,
      },
      part,
      along,
    );
  }
  // Parts the domain tells apart (保险费收入, 利息收入) cannot add up to more than their line; one listed with its
  // own part (待遇支出 and 基本养老金) would count twice, so only the outermost are added.
  const disjoint = parts.filter((p) => !parts.some((q) => q !== p && within(p.dims[dim], q.dims[dim])));
  if (dim !== 'account' || disjoint.length < 2 || disjoint.some((p) => p.dims.account.startsWith('line:'))) return;
  add(
    {
      rule: 'partsWithinLine',
      severity: 'error',
      target: fact.at,
      numerator: disjoint.map((p) => plus(p.at)),
      comparison: 'atLeast',
      emptyAsZero: true,
      description: `${factName(fact.dims)} 小于其“其中”各项之和（${joinTerms(
        disjoint.map((p) => termName(p.dims, fact.dims)),
        ' + ',
      )}）`,
      noFill: true,
    },
    fact,
    along,
  );
}

function within(value: string, ancestor: string): boolean {
  if (value === ancestor || value.startsWith('line:') || ancestor.startsWith('line:')) return false;
  return isAccountWithin(value as AccountId, ancestor as AccountId);
}

/**
 * Columns of rates, never summed even where their header names no measure: a header that says % or a rate, most
 * figures shown with `%`, or a rate the numbers show (discovery).
 */
function rateLikeColumns(table: ReadTable, values: CellValues, discoveredRates: Set<string>): Set<number> {
  const out = new Set<number>();
  const percents = new Map<number, [number, number]>();
  for (const fact of table.facts) {
    const parsed = values.get(fact.at);
    if (parsed.kind !== 'number') continue;
    const [p, n] = percents.get(fact.col) ?? [0, 0];
    percents.set(fact.col, [p + (parsed.percent ? 1 : 0), n + 1]);
  }
  table.columns.forEach((column, c) => {
    const [p, n] = percents.get(c) ?? [0, 0];
    if (
      column.label.percent ||
      (column.label.derivation !== undefined && QUOTIENT_DERIVATIONS.has(column.label.derivation)) ||
      p * 2 > n ||
      discoveredRates.has(`${table.id}:${column.index}`)
    )
      out.add(c);
  });
  return out;
}

/** The number format a line's figures use, so a filled cell looks like its neighbours. */
class FormatsOfLines {
  private readonly byColumn = new Map<number, string | undefined>();
  constructor(
    private readonly table: ReadTable,
    private readonly values: CellValues,
  ) {}

  of(fact: Fact): string | undefined {
    if (this.byColumn.has(fact.col)) return this.byColumn.get(fact.col);
    let format: string | undefined;
    for (const other of this.table.facts) {
      if (other.col !== fact.col) continue;
      const raw = this.values.raw(other.at);
      if (typeof raw?.value === 'number' && raw.numberFormat && !/general/i.test(raw.numberFormat)) {
        format = raw.numberFormat;
        break;
      }
    }
    this.byColumn.set(fact.col, format);
    return format;
  }
}

/**
 * The same fact stated in two tables (a summary and its detail, two sheets, a 万元 copy and a 亿元 copy): each
 * later statement is checked against the first, converted to its scale. Hidden figures take no part. Two
 * tables that leave the fund (or the account) unsaid are taken to say the same one; where they do not, most of
 * their figures disagree and believeLines leaves the pair unchecked.
 */
/** Copies of a fact typed exactly as its first statement that are written as relations; the rest are counted. */
const MAX_EQUAL_COPIES = 3;

function sameFactRelations(index: FactIndex, tables: ReadTable[], values: CellValues, allLines: RelationLine[]): [Relation, RelationLine, boolean][] {
  const out: [Relation, RelationLine, boolean][] = [];
  // A line per pair of tables (the first statement's, the other's).
  const lines = new Map<number, Map<number, RelationLine>>();
  for (const group of index.shared()) {
    const visible = group.filter((f) => !f.hidden && !f.empty && f.dims.derivation !== 'unknown' && (f.dims.fund || f.dims.account));
    if (visible.length < 2) continue;
    // The report's text is compared within itself from its own first statement, and that statement with the
    // tables' first: two paragraphs keep every fact they share on one line (believed as a whole, see believeLines).
    const inText = visible.filter((f) => tables[f.table].kind === 'report-text');
    const inTables = visible.filter((f) => tables[f.table].kind !== 'report-text');
    if (inTables.length) compareWithFirst(inText.length ? [...inTables, inText[0]] : inTables);
    if (inText.length > 1) compareWithFirst(inText);
  }
  return out;

  function compareWithFirst(visible: Fact[]): void {
    const first = visible[0];
    const a = tables[first.table];
    // The statements share their name (one key): said once per group.
    const name = factName(first.dims);
    const firstCell = cellKey(first.at);
    const firstValue = values.get(first.at);
    let equalCopies = 0;
    for (let i = 1; i < visible.length; i++) {
      const other = visible[i];
      if (other.table === first.table) continue;
      const b = tables[other.table];
      if (a.entity && b.entity && a.entity !== b.entity) continue;
      // A rate has no unit; an amount converts from the first statement's unit to the other's.
      const rate = QUOTIENT_DERIVATIONS.has(first.dims.derivation);
      const from = rate ? 0 : first.dims.scale || a.scale;
      const to = rate ? 0 : other.dims.scale || b.scale;
      if (!from !== !to) continue;
      const factor = from && to && from !== to ? from / to : 1;
      let byOther = lines.get(a.id);
      if (!byOther) lines.set(a.id, (byOther = new Map()));
      let line = byOther.get(b.id);
      if (!line) {
        byOther.set(
          b.id,
          (line = {
            key: `sameFact|${a.id}|${b.id}`,
            rule: 'sameFact',
            table: b,
            from: a,
            header: '',
          }),
        );
        allLines.push(line);
      }
      // The same number typed twice holds, whatever its rounding: said so at once. Past a few such copies the
      // others add no check (they hold) and little evidence, so they are only counted for the line's belief: a
      // fact stated in many copies of one table costs as much as in a few (the search's work stays with the breaks).
      const equal = factor === 1 && firstValue.kind === 'number' && typedAlike(values, first.at, other.at, firstValue);
      if (equal && ++equalCopies > MAX_EQUAL_COPIES) {
        (line.agreeingWith ??= []).push(first.at);
        continue;
      }
      const relation: Relation = {
        rule: 'sameFact',
        severity: 'error',
        target: other.at,
        numerator: [plus(first.at)],
        description: `同一数字在两处不一致：${firstCell} 与 ${cellKey(other.at)}（${name}${factor !== 1 ? '，已换算单位' : ''}）`,
        noFill: true,
      };
      if (factor !== 1) relation.factor = factor;
      if (a.kind === 'report-text' && b.kind === 'report-text') {
        relation.typedTwice = true;
        // A rate written twice one unit apart in its last digit (29.84% and 29.83%): one may be truncated rather than
        // rounded, which the figures cannot prove wrong — a warning, never an error.
        if (rate && oneLastDigitApart(firstValue, values.get(other.at))) {
          relation.severity = 'warning';
          relation.description += '：两处末位相差 1，可能一处四舍五入、一处截断，请统一';
        }
      }
      if (equal) values.statedStatuses.set(relation, 'holds');
      out.push([relation, line, rate]);
    }
  }
}

/** Two statements of a rate to the same decimals whose last digits differ by one. */
function oneLastDigitApart(a: ParsedValue, b: ParsedValue): boolean {
  if (a.kind !== 'number' || b.kind !== 'number' || a.decimals !== b.decimals || a.percent !== b.percent) return false;
  const unit = new Dec(10).pow(-a.decimals);
  return a.value.minus(b.value).abs().eq(unit);
}

/**
 * Whether the figure at `other` is the number at `first` typed alike: the same cell contents (no need to parse a
 * copy's text again), or the same number and percent form once parsed.
 */
function typedAlike(values: CellValues, first: CellRef, other: CellRef, firstValue: ParsedValue & { kind: 'number' }): boolean {
  const a = values.raw(first);
  const b = values.raw(other);
  if (a && b && typeof a.value === 'number' && a.value === b.value && a.numberFormat === b.numberFormat && a.text === b.text && !a.formula === !b.formula)
    return true;
  const otherValue = values.get(other);
  return otherValue.kind === 'number' && firstValue.float === otherValue.float && firstValue.percent === otherValue.percent;
}
