import type Decimal from 'decimal.js';
import { cellKey, type CellRef } from '../../grid/address';
import type { CellValues } from '../../relations/CellValues';
import type { Finding } from '../../report/types';
import { identifyFund, type FundId } from '../../vocabulary';
import { formatNumberValue } from '../../values/formatValue';
import type { EvaluatedTable } from '../evaluateTable';
import { finalAccountsMessage } from '../messages';

/** Below this relative difference two amounts look like the same figure mistyped rather than different scopes. */
const TYPO_RELATIVE_DIFFERENCE = 0.005;

/**
 * The 自评表's 全年执行数 against its fund's expenditure in the workbook's 决算 table. Many units report only the
 * 待遇支出 part as 全年执行数, so only a difference small enough to be a typo is worth a warning
 * (yuepuhu: 13129.54 vs 13159.54, one digit apart).
 */
export function checkAgainstFinalAccounts(table: EvaluatedTable, values: CellValues, expenditureByFund: Map<FundId, CellRef>): Finding[] {
  const block = table.layout.funds;
  const fund = table.layout.projectName ? identifyFund(table.layout.projectName) : null;
  if (!block || !fund) return [];
  const accountsRef = expenditureByFund.get(fund);
  if (!accountsRef) return [];
  const stated = values.get(block.actual);
  const accounts = values.get(accountsRef);
  if (stated.kind !== 'number' || accounts.kind !== 'number' || stated.value.eq(accounts.value)) return [];
  const decimals = Math.max(stated.decimals, accounts.decimals);
  if (!looksLikeTypo(stated.value, accounts.value, decimals)) return [];
  const statedText = formatNumberValue(stated);
  const accountsText = formatNumberValue(accounts);
  return [
    {
      at: block.actual,
      severity: 'warning',
      rule: 'selfEvaluationVsFinalAccounts',
      stated: statedText,
      expected: accountsText,
      message: finalAccountsMessage(statedText, accountsText, cellKey(accountsRef)),
      related: [accountsRef],
    },
  ];
}

/** One digit changed, two neighbouring digits swapped, or a relative difference under half a percent. */
export function looksLikeTypo(a: Decimal, b: Decimal, decimals: number): boolean {
  const base = largerMagnitude(a, b);
  if (!base.isZero() && a.minus(b).abs().div(base).lte(TYPO_RELATIVE_DIFFERENCE)) return true;
  const x = a.toFixed(decimals);
  const y = b.toFixed(decimals);
  if (x.length !== y.length) return false;
  const differing = [...x].map((ch, i) => (ch === y[i] ? -1 : i)).filter((i) => i >= 0);
  if (differing.length === 1) return true;
  return differing.length === 2 && differing[1] === differing[0] + 1 && x[differing[0]] === y[differing[1]] && x[differing[1]] === y[differing[0]];
}

function largerMagnitude(a: Decimal, b: Decimal): Decimal {
  return a.abs().gt(b.abs()) ? a.abs() : b.abs();
}
