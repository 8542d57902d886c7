import { CellMap } from '../grid/CellMap';
import { Dec } from '../numeric/decimal';
import type { Fact } from '../facts/Fact';
import { factName } from '../catalogue/nameFacts';
import type { ReadTable } from '../reading/readTables';
import type { CellValues } from '../relations/CellValues';
import type { Finding } from '../report/types';

/**
 * What kind of slip a figure of the text that disagrees with the same fact elsewhere (sameFact) most likely is,
 * added to its message: the same digits in another unit (23541.75 元 for 万元), or exactly another fund's or another
 * year's figure of the same measure and its own not at all (a paragraph about one fund quoting another's). Only
 * said where the numbers show it exactly; the finding stands either way.
 */
export function withSlipHints(findings: Finding[], tables: ReadTable[], values: CellValues): Finding[] {
  if (!findings.some((f) => f.text && (f.rule === 'sameFact' || f.rule === 'growthRate' || f.rule === 'executionRate'))) return findings;
  const factAt = new CellMap<Fact>();
  for (const table of tables) for (const fact of table.facts) factAt.set(fact.at, fact);
  return findings.map((finding) => {
    if (finding.text && finding.rule === 'growthRate' && finding.severity === 'error') {
      const fact = factAt.get(finding.at);
      const hint = fact && impossibleBase(fact, tables, values);
      if (hint) return { ...finding, message: `${finding.message}：${hint}` };
    }
    // A rate one unit short of the rounded one in its last digit: a truncation, which the figures cannot prove wrong.
    if (
      finding.text &&
      (finding.rule === 'growthRate' || finding.rule === 'executionRate') &&
      finding.severity === 'error' &&
      truncated(finding.stated, finding.expected)
    ) {
      return { ...finding, severity: 'warning', message: `${finding.message}：末位少 1，像是截断而非四舍五入` };
    }
    if (!finding.text || finding.rule !== 'sameFact' || finding.severity === 'info') return finding;
    const fact = factAt.get(finding.at);
    const other = finding.related.map((r) => factAt.get(r)).find((f): f is Fact => !!f);
    if (!fact || !other) return finding;
    const hint = unitHint(fact, other, tables, values) ?? subjectHint(fact, tables, values);
    return hint ? { ...finding, message: `${finding.message}：${hint}` } : finding;
  });
}

function scaleOf(fact: Fact, tables: ReadTable[]): number {
  return fact.dims.scale || tables[fact.table].scale;
}

/** The same digits in two units: the unit was written wrong. */
function unitHint(fact: Fact, other: Fact, tables: ReadTable[], values: CellValues): string | null {
  const a = values.get(fact.at);
  const b = values.get(other.at);
  const from = scaleOf(fact, tables);
  const to = scaleOf(other, tables);
  if (a.kind !== 'number' || b.kind !== 'number' || !from || !to || from === to || !a.value.eq(b.value)) return null;
  return '两处数字相同而单位不同，单位可能写错';
}

/** Exactly another fund's (or another year's) figure of the same measure: the wrong subject was quoted. */
function subjectHint(fact: Fact, tables: ReadTable[], values: CellValues): string | null {
  const stated = values.get(fact.at);
  if (stated.kind !== 'number') return null;
  const scale = scaleOf(fact, tables);
  const d = fact.dims;
  for (const table of tables) {
    for (const candidate of table.facts) {
      const c = candidate.dims;
      if (candidate === fact || c.derivation !== d.derivation || c.account !== d.account || c.scenario !== d.scenario || c.notMoney !== d.notMoney) continue;
      const otherFund = c.fund !== d.fund && c.period === d.period;
      const otherYear = c.period !== d.period && c.fund === d.fund;
      if (!otherFund && !otherYear) continue;
      const value = values.get(candidate.at);
      const factor = scale && scaleOf(candidate, tables) ? scaleOf(candidate, tables) / scale : 1;
      if (value.kind !== 'number' || !value.value.times(factor).eq(stated.value)) continue;
      return `与${factName(c)}的数字完全相同，可能写错了${otherFund ? '险种' : '年度'}`;
    }
  }
  return null;
}

/** A rise larger than the figure it rose to: 上年 = 本年 − 增减 would be negative, so one of the two is wrong. */
function impossibleBase(rate: Fact, tables: ReadTable[], values: CellValues): string | null {
  const of = (derivation: Fact['dims']['derivation']) =>
    tables[rate.table].facts.find(
      (f) =>
        f.dims.derivation === derivation &&
        f.dims.fund === rate.dims.fund &&
        f.dims.account === rate.dims.account &&
        f.dims.period === rate.dims.period &&
        f.dims.scenario === rate.dims.scenario,
    );
  const amount = of('amount');
  const change = of('change');
  if (!amount || !change) return null;
  const a = values.get(amount.at);
  const c = values.get(change.at);
  if (a.kind !== 'number' || c.kind !== 'number' || a.value.lte(0) || a.value.minus(c.value).gt(0)) return null;
  return '增减额不小于本年数，上年数不可能为零或为负：增减额或本年数有误';
}

/** `stated` is `expected` truncated: the same decimals, one unit less in magnitude (29.83% for 29.84%). */
function truncated(stated: string | null, expected: string | null): boolean {
  const parse = (text: string | null) => {
    const m = text === null ? null : /^(-?)(\d+)(?:\.(\d+))?(%?)$/.exec(text.trim());
    return m ? { negative: m[1] === '-', units: new Dec(`${m[2]}${m[3] ?? ''}`), decimals: (m[3] ?? '').length, percent: m[4] } : null;
  };
  const a = parse(stated);
  const b = parse(expected);
  if (!a || !b || a.decimals !== b.decimals || a.percent !== b.percent || a.negative !== b.negative) return false;
  return b.units.minus(a.units).eq(1);
}
