import type Decimal from 'decimal.js';
import { cellKey, type CellRef } from '../grid/address';
import { roundHalfUp } from '../numeric/decimal';
import type { CellValues } from './CellValues';
import { eachRelationCell, type Relation } from './Relation';
import type { Finding } from '../report/types';
import { formatNumberValue, formatShown } from '../values/formatValue';
import { parseNumberText } from '../values/parseCellValue';
import { evaluateFormula, storedNumber } from '../formulas/evaluateFormula';
import { formulaState } from '../formulas/formulaState';
import { parseFormula } from '../formulas/parseFormula';

/** What FundCheck says about formula cells: a stale cached result, a wrong formula, a formula never calculated. */

export const STALE_NOTE = '（该单元格为公式，缓存的计算结果与其输入不一致，请重新计算）';
export const WRONG_FORMULA_NOTE = '（该单元格的公式按其输入计算无误，但公式本身有误：重新计算也不会改正，请检查公式）';
export const FORMULA_NOTE = '（该单元格为公式，请检查公式及其输入）';
export const UNCALCULATED_MESSAGE = '公式无计算结果，请在 Excel 中重新计算并保存；相关核对已跳过';

/**
 * The formula's result from its inputs when the cell shows another value (rounded as the cell shows it); null when
 * the cached result is as shown, or the formula cannot be recomputed.
 */
export function staleResult(ref: CellRef, values: CellValues): Decimal | null {
  const state = formulaState(ref, values);
  const shown = values.original(ref);
  if (state.state !== 'stale' || shown.kind !== 'number') return null;
  return roundHalfUp(state.computed, shown.decimals).eq(shown.value) ? null : state.computed;
}

/** The note a relation finding at a formula cell carries: recalculate, or the formula itself is wrong. */
export function formulaNote(ref: CellRef, values: CellValues): string {
  const state = formulaState(ref, values).state;
  if (state === 'notFormula') return '';
  if (staleResult(ref, values)) return STALE_NOTE;
  return state === 'consistent' || state === 'stale' ? WRONG_FORMULA_NOTE : FORMULA_NOTE;
}

/**
 * An error at each formula among the relations' cells whose shown result disagrees with its own inputs, unless
 * already reported. A workbook without formulas (typed figures, or values pasted over) has none to look for.
 */
export function staleFormulaFindings(relations: Relation[], values: CellValues, reported: Set<string>): Finding[] {
  const findings: Finding[] = [];
  if (!values.hasFormulas()) return findings;
  const seen = new Set<string>();
  const visit = (ref: CellRef) => {
    // Only a formula can be stale: other cells are passed over before any key is made.
    if (values.raw(ref)?.formula === undefined) return;
    const key = cellKey(ref);
    if (seen.has(key) || reported.has(key)) return;
    seen.add(key);
    const computed = staleResult(ref, values);
    const shown = values.original(ref);
    if (!computed || shown.kind !== 'number') return;
    findings.push({
      at: ref,
      severity: 'error',
      rule: 'staleFormula',
      stated: formatNumberValue(shown),
      expected: formatShown(computed, shown.decimals, shown.percent),
      message: `公式“=${values.raw(ref)?.formula}”的缓存结果与其输入不一致，请重新计算（Excel：公式 → 开始计算，或按 F9）`,
      related: [],
    });
  };
  for (const relation of relations) eachRelationCell(relation, visit);
  return findings;
}

/**
 * An error at a formula that is right given its inputs, where an input is itself a root-cause error (a 增加 of
 * `=B7-C7` under a wrong 合计 B7): once that input is corrected the formula gives the value expected, so the
 * finding is that error's consequence, not a second mistake.
 */
export function formulaConsequences(findings: Finding[], values: CellValues): Finding[] {
  // The value each error cell should hold, read back from the finding's expected text (`269099`, `-5.64%`).
  const byKey = new Map<string, Decimal>();
  for (const f of findings) {
    const expected = f.severity === 'error' && f.expected !== null ? parseNumberText(f.expected) : null;
    if (expected?.kind === 'number') byKey.set(cellKey(f.at), expected.value);
  }
  return findings.map((finding) => {
    if (finding.severity !== 'error' || formulaState(finding.at, values).state !== 'consistent') return finding;
    const expr = parseFormula(values.raw(finding.at)?.formula ?? '', finding.at.sheet);
    const shown = values.original(finding.at);
    if (!expr || shown.kind !== 'number') return finding;
    let cause: CellRef | null = null;
    const corrected = evaluateFormula(expr, values, (ref) => {
      const wrong = byKey.get(cellKey(ref));
      if (!wrong || cellKey(ref) === cellKey(finding.at)) return storedNumber(values, ref);
      cause = ref;
      return wrong;
    });
    if (!cause || !corrected || formatShown(corrected, shown.decimals, shown.percent) !== finding.expected) return finding;
    return {
      ...finding,
      severity: 'info',
      message: `${finding.message.split('（')[0]}：由 ${cellKey(cause)} 的错误引起（本单元格的公式引用了它），更正该单元格后即一致`,
      related: [cause],
      causedBy: cause,
    };
  });
}
