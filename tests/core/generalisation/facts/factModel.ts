import type Decimal from 'decimal.js';

/**
 * The fact layer the generator draws from, as XBRL would model a report: every figure is a fact with a line
 * item (a fund, a grouping subtotal, the 合计; an account line with its parent), a measure, a series (period ×
 * scenario × derivation) and, where it is written, a scale. Values are exact decimals in 万元 (amounts) or
 * fractions (rates); a layout decides where each fact is written and how it is rounded.
 */
export type FundId =
  | 'enterprisePension'
  | 'publicSectorPension'
  | 'residentPension'
  | 'employeeMedical'
  | 'residentMedical'
  | 'workInjury'
  | 'unemployment'
  | 'maternity';

/** A node of the fund hierarchy: a fund, a grouping subtotal, the 合计, or a 其中 line under a fund. */
export type FundNodeId = FundId | 'pensionSubtotal' | 'medicalSubtotal' | 'total' | 'maternityOfWhich';

export interface FundNode {
  id: FundNodeId;
  kind: 'fund' | 'subtotal' | 'total' | 'ofWhich';
  /** The node whose sum this one is an addend of (for an ofWhich line: the line it is part of). */
  parent: FundNodeId | null;
}

export type Flow = 'income' | 'expenditure';
export type Measure = Flow | 'net' | 'opening' | 'closing';
export const FLOWS: readonly Flow[] = ['income', 'expenditure'];
export const BALANCES: readonly Measure[] = ['opening', 'net', 'closing'];

/** Account lines: the breakdown of 收入 and 支出 ('all' is the flow itself). */
export type AccountId =
  | 'all'
  | 'premium'
  | 'subsidy'
  | 'interest'
  | 'investment'
  | 'transferIn'
  | 'grantFromAbove'
  | 'remittedFromBelow'
  | 'otherIncome'
  | 'benefits'
  | 'basicPension'
  | 'funeral'
  | 'unemploymentBenefit'
  | 'transferOut'
  | 'grantToBelow'
  | 'remittedToAbove'
  | 'otherExpenditure';

export interface AccountNode {
  id: AccountId;
  flow: Flow;
  parent: AccountId | null;
  /** A 其中 line that is part of its parent without the siblings making it up (基本养老金支出 under 待遇支出). */
  partial: boolean;
}

/** The complete breakdown of each flow (the lines add up to it), then the partial 其中 lines under 待遇支出. */
export const ACCOUNT_TREE: AccountNode[] = [
  { id: 'all', flow: 'income', parent: null, partial: false },
  ...(['premium', 'subsidy', 'interest', 'investment', 'transferIn', 'grantFromAbove', 'remittedFromBelow', 'otherIncome'] as const).map(
    (id): AccountNode => ({ id, flow: 'income', parent: 'all', partial: false }),
  ),
  { id: 'all', flow: 'expenditure', parent: null, partial: false },
  ...(['benefits', 'transferOut', 'grantToBelow', 'remittedToAbove', 'otherExpenditure'] as const).map(
    (id): AccountNode => ({ id, flow: 'expenditure', parent: 'all', partial: false }),
  ),
  ...(['basicPension', 'funeral', 'unemploymentBenefit'] as const).map((id): AccountNode => ({ id, flow: 'expenditure', parent: 'benefits', partial: true })),
];

export function accountNode(flow: Flow, id: AccountId): AccountNode {
  const node = ACCOUNT_TREE.find((a) => a.flow === flow && a.id === id);
  if (!node) throw new Error(`no account ${flow}/${id}`);
  return node;
}

/** The complete children of an account line (its breakdown), [] for a line without one. */
export function accountChildren(flow: Flow, id: AccountId): AccountId[] {
  return ACCOUNT_TREE.filter((a) => a.flow === flow && a.parent === id && !a.partial).map((a) => a.id);
}

export function partialChildren(flow: Flow, id: AccountId): AccountId[] {
  return ACCOUNT_TREE.filter((a) => a.flow === flow && a.parent === id && a.partial).map((a) => a.id);
}

/** A series is a period, a scenario and a derivation: 预算 (本年, budget), 本年 (actual), 上年, 增减, 增长率, 完成预算. */
export type Series = 'budget' | 'actual' | 'prior' | 'change' | 'growth' | 'exec';
export const AMOUNT_SERIES: readonly Series[] = ['budget', 'actual', 'prior', 'change'];
export const RATE_SERIES: readonly Series[] = ['growth', 'exec'];
export const isRateSeries = (s: Series) => s === 'growth' || s === 'exec';

export const SERIES_PARTS: Record<Series, { period: 'current' | 'prior'; scenario: 'budget' | 'actual'; derivation: 'amount' | 'change' | 'growth' | 'exec' }> = {
  budget: { period: 'current', scenario: 'budget', derivation: 'amount' },
  actual: { period: 'current', scenario: 'actual', derivation: 'amount' },
  prior: { period: 'prior', scenario: 'actual', derivation: 'amount' },
  change: { period: 'current', scenario: 'actual', derivation: 'change' },
  growth: { period: 'current', scenario: 'actual', derivation: 'growth' },
  exec: { period: 'current', scenario: 'actual', derivation: 'exec' },
};

/** The series each measure has: flows all of them, 当期结余 its amounts and change, 上年/累计结余 the year's figure. */
export function seriesOfMeasure(measure: Measure): readonly Series[] {
  if (measure === 'income' || measure === 'expenditure') return ['budget', 'actual', 'prior', 'change', 'growth', 'exec'];
  if (measure === 'net') return ['actual', 'prior', 'change'];
  return ['actual'];
}

export interface Coord {
  fund: FundNodeId;
  measure: Measure;
  account: AccountId;
  series: Series;
}

export const factId = (c: Coord): string => `${c.fund}|${c.measure}|${c.account}|${c.series}`;

export function parseFactId(id: string): Coord {
  const [fund, measure, account, series] = id.split('|');
  return { fund: fund as FundNodeId, measure: measure as Measure, account: account as AccountId, series: series as Series };
}

/** Scales a table may state its amounts in, as the factor from the table's unit to 万元. */
export type Scale = '元' | '万元' | '亿元';
export const SCALE_FACTOR: Record<Scale, string> = { 元: '0.0001', 万元: '1', 亿元: '10000' };

/** Facts by id (factValues.ts derives them from the inputs); undefined where a fact does not exist. */
export interface FactLookup {
  get(id: string): Decimal | undefined;
  has(id: string): boolean;
  /** Forget every derived value (the inputs changed). */
  clear(): void;
}

/** The fact set of one case: its funds and their tree, the lines each fund has, every fact's exact value. */
export interface FactSet {
  source: string;
  place: string;
  year: number;
  /** Every node of the fund tree: leaves in report order, then subtotals, the 合计, 其中 lines. */
  funds: FundNode[];
  /** The account lines each fund has (non-zero); the 合计 and subtotals have the union of their funds'. */
  lines: Map<FundNodeId, Record<Flow, AccountId[]>>;
  /**
   * The inputs: each fund's (and 其中 line's) account lines and 上年结余 for 预算/本年/上年. Everything else is
   * derived from them by deriveFacts (buildFacts.ts), exactly.
   */
  base: Map<string, Decimal>;
  /** Every fact's exact value: the inputs, the sums over both hierarchies, and the derived series and measures. */
  values: FactLookup;
  /** A fund that has no budget (its 预算数 and 完成预算 are not applicable), or null. */
  withoutBudget: FundId | null;
}

export const fundNode = (facts: FactSet, id: FundNodeId): FundNode => {
  const node = facts.funds.find((f) => f.id === id);
  if (!node) throw new Error(`no fund node ${id}`);
  return node;
};

/** The addends of a fund node (its children that are not 其中 lines). */
export function fundChildren(facts: FactSet, id: FundNodeId): FundNodeId[] {
  return facts.funds.filter((f) => f.parent === id && f.kind !== 'ofWhich').map((f) => f.id);
}

export function fundOfWhich(facts: FactSet, id: FundNodeId): FundNodeId[] {
  return facts.funds.filter((f) => f.parent === id && f.kind === 'ofWhich').map((f) => f.id);
}

export function leafFunds(facts: FactSet): FundId[] {
  return facts.funds.filter((f) => f.kind === 'fund').map((f) => f.id as FundId);
}

export function valueOf(facts: FactSet, c: Coord): Decimal | undefined {
  return facts.values.get(factId(c));
}
