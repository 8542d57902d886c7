import { analyseWorkbook, cellKey } from '../../../../src/core';
import { describeFactCase } from './describe';
import { generateFactCase, type FactCase } from './factCase';
import { picture } from './picture';

/**
 * What the core must say about a case: among findings of severity `error`, at least one cell of each group and
 * no cell outside the groups; in a clean case (no mistake, or rounding traps) no error and no warning.
 */
export interface CaseOutcome {
  case: FactCase;
  problems: string[];
  /** Cells the core reported as errors. */
  reported: string[];
}

export function checkFactCase(c: FactCase): CaseOutcome {
  const analysis = analyseWorkbook(c.workbook);
  const errors = analysis.findings.filter((f) => f.severity === 'error');
  const reported = [...new Set(errors.map((f) => cellKey(f.at)))].sort();
  const problems: string[] = [];
  for (const group of c.errors) if (!group.some((k) => reported.includes(k))) problems.push(`missed [${group.join(' ')}]`);
  const allowed = new Set(c.errors.flat());
  const extra = errors.filter((f) => !allowed.has(cellKey(f.at)));
  if (extra.length) problems.push(`false errors: ${extra.map((f) => `${cellKey(f.at)} ${f.rule} stated ${f.stated} expected ${f.expected}`).join('; ')}`);
  if (c.mistake === 'none' || c.mistake === 'roundingTraps') {
    const warnings = analysis.findings.filter((f) => f.severity === 'warning');
    if (warnings.length) problems.push(`warnings in a clean case: ${warnings.map((f) => `${cellKey(f.at)} ${f.rule} ${f.stated}`).join('; ')}`);
  }
  return { case: c, problems, reported };
}

/** The case rebuilt from its seed, checked, and printed with its picture when the core is wrong. */
export function explainSeed(seed: number): string {
  const outcome = checkFactCase(generateFactCase(seed));
  return failureText(outcome);
}

export function failureText(outcome: CaseOutcome): string {
  const c = outcome.case;
  return [describeFactCase(c), ...outcome.problems.map((p) => `  ✗ ${p}`), picture(c, outcome.reported)].join('\n');
}
