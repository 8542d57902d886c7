import type { SheetView } from '../../grid/SheetView';
import { identifyFund, includesFund, isNotAFundLine, isOfWhichLabel, isShortTotalLabel, itemNumbering, labelWord, mayNameFund, namesFlow, type FundId } from '../../vocabulary';

/** A run of fund names down a column or across a row: the funds axis of a candidate table. */
export interface FundAxis {
  orientation: 'funds-down' | 'funds-across';
  /** The column (funds down) or row (funds across) holding the names. */
  line: number;
  entries: { index: number; label: string; fund: FundId | 'total'; ofWhich: boolean }[];
}

/** The longest fund label a balance table uses; longer texts are indicators or sentences that mention a fund. */
const MAX_FUND_LABEL = 18;
/** Rows (or columns) allowed between two fund names of one table. */
const MAX_GAP = 2;

/** A label's part in a funds axis: a fund (perhaps a 其中 part), the 合计, or nothing. `word` is normalised. */
function classify(word: string): { fund: FundId | 'total'; ofWhich: boolean } | null {
  // The cheap test first: most cells of a sheet name no fund and no total.
  if (!word || !mayNameFund(word)) return null;
  if (isShortTotalLabel(word)) return { fund: 'total', ofWhich: false };
  if (labelWord(word).replace(/\([^)]*\)/g, '').length > MAX_FUND_LABEL || isNotAFundLine(word)) return null;
  const fund = identifyFund(word);
  return fund ? { fund, ofWhich: isOfWhichLabel(word) } : null;
}

export function findFundAxes(view: SheetView): FundAxis[] {
  const axes: FundAxis[] = [];
  const byCol = new Map<number, FundAxis['entries']>();
  const byRow = new Map<number, FundAxis['entries']>();
  for (const row of view.rows()) {
    for (const col of view.columnsIn(row)) {
      const word = view.word(row, col);
      const kind = classify(word);
      if (!kind) continue;
      const label = view.text(row, col);
      // Numbered labels naming a flow (一、企业职工…收入) are line items; a numbered fund name (1、工伤保险) may head either.
      if (itemNumbering(word) && namesFlow(word)) continue;
      push(byCol, col, { index: row, label, ...kind });
      push(byRow, row, { index: col, label, ...kind });
    }
  }
  for (const [col, entries] of byCol) for (const run of runs(entries)) axes.push({ orientation: 'funds-down', line: col, entries: run });
  for (const [row, entries] of byRow) for (const run of runs(entries)) axes.push({ orientation: 'funds-across', line: row, entries: run });
  return axes;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

/** Split sorted entries into runs with small gaps; keep runs naming at least two funds (or a fund and a 合计). */
function runs(entries: FundAxis['entries']): FundAxis['entries'][] {
  const sorted = [...entries].sort((a, b) => a.index - b.index);
  const out: FundAxis['entries'][] = [];
  let current: FundAxis['entries'] = [];
  for (const entry of sorted) {
    // A gap, or a fund named a second time, starts the next table (two tables stacked with one header row between).
    const repeated = current.some((e) => e.fund === entry.fund && !entry.ofWhich);
    if (current.length && (entry.index - current[current.length - 1].index > MAX_GAP + 1 || repeated)) {
      out.push(current);
      current = [];
    }
    current.push(entry);
  }
  if (current.length) out.push(current);
  out.forEach(markIncludedParts);
  return out.filter((run) => {
    const funds = new Set(run.filter((e) => e.fund !== 'total').map((e) => e.fund));
    return funds.size >= 2 || (funds.size >= 1 && run.some((e) => e.fund === 'total'));
  });
}

/** A 生育保险 line in a table whose 职工医疗保险 says `(含生育)` is already counted there: a part, not an addend. */
function markIncludedParts(run: FundAxis['entries']): void {
  const medicalIncludesMaternity = run.some((e) => e.fund === 'employeeMedical' && includesFund(e.label, 'maternity'));
  if (!medicalIncludesMaternity) return;
  for (const entry of run) if (entry.fund === 'maternity') entry.ofWhich = true;
}

