import type Decimal from 'decimal.js';
import { cellKey, qualifiedA1, sameCell, type CellRef } from '../grid/address';
import { Dec, roundHalfUp } from '../numeric/decimal';
import type { Finding, PlannedFill } from '../report/types';
import { decimalsOfFormat, formatNumberValue, formatShown, numberFormatFor } from '../values/formatValue';
import { NO_CACHED_RESULT, numberWithValue, type NumberValue } from '../values/parseCellValue';
import { formulaConsequences, formulaNote, staleFormulaFindings, UNCALCULATED_MESSAGE } from './formulaFindings';
import type { CellValues } from './CellValues';
import { evaluateRelation } from './evaluateRelation';
import { relationStatus } from './relationStatus';
import { findRootCauses, type RootCause, type Unblamable } from './findRootCauses';
import { eachRelationCell, isBound, relationCells, type Relation } from './Relation';
import { isFormula } from '../grid/types';
import { CellMap } from '../grid/CellMap';

export interface RelationCheck {
  findings: Finding[];
  fills: PlannedFill[];
}

/** Judge every relation: root causes as errors, their consequences as info, warnings as they fall, fills for empty targets. */
export function checkRelations(relations: Relation[], values: CellValues, unblamable: Unblamable = () => false, unwrittenCopies?: CellMap<number>): RelationCheck {
  const findings: Finding[] = [...badInputFindings(relations, values)];
  const { causes, unexplained } = findRootCauses(relations, values, unblamable, unwrittenCopies);

  for (const cause of causes) {
    if (cause.follows) {
      findings.push(followingFinding(cause, values));
      continue;
    }
    findings.push({
      at: cause.cell,
      severity: 'error',
      rule: cause.relation.rule,
      stated: formatNumberValue(cause.stated),
      expected: formatShown(cause.expected, cause.stated.decimals, cause.stated.percent),
      message:
        withFormulaNote(cause.relation.description, cause.cell, values) +
        (sameCell(cause.relation.target, cause.cell) ? sumGapHint(cause.relation, cause.stated.value, values) + partsRateHint(cause.relation, cause.stated, values) : ''),
      related: otherCells(cause.relation, cause.cell),
    });
    for (const consequence of cause.repairs) {
      if (consequence === cause.relation || sameCell(consequence.target, cause.cell)) continue;
      findings.push(consequenceFinding(consequence, cause.cell, values));
    }
  }
  for (const { relation, expected, stated } of unexplained) findings.push(violationFinding(relation, stated, expected, 'error', values));

  const causeAt = new Map(causes.map((c) => [cellKey(c.cell), c]));
  for (const relation of relations.filter((r) => r.severity === 'warning')) {
    if (relationStatus(relation, values) !== 'violated') continue;
    const evaluation = evaluateRelation(relation, values);
    if (evaluation.status !== 'violated') continue;
    // A fund's 当期结余 ≠ 收入 − 支出 only because its 收入 is the error found above is that error's consequence.
    const cause = explainingCause(relation, causeAt, values);
    if (cause) {
      findings.push(consequenceFinding(relation, cause, values));
      continue;
    }
    const expected = roundHalfUp(evaluation.point, evaluation.stated.decimals);
    findings.push(violationFinding(relation, evaluation.stated, expected, 'warning', values));
  }
  const reported = new Set(findings.filter((f) => f.severity === 'error').map((f) => cellKey(f.at)));
  findings.push(...staleFormulaFindings(relations, values, reported));
  return { findings: formulaConsequences(findings, values), fills: [...planRelationFills(relations, values), ...conflictFills(causes, unexplained, values)] };
}

/** A figure right only with a wrong one (a 增长率 computed from the wrong 合计): it changes with that correction. */
function followingFinding(cause: RootCause, values: CellValues): Finding {
  const expected = formatShown(cause.expected, cause.stated.decimals, cause.stated.percent);
  return {
    at: cause.cell,
    severity: 'info',
    rule: cause.relation.rule,
    stated: formatNumberValue(cause.stated),
    expected,
    message: `${withFormulaNote(cause.relation.description, cause.cell, values)}：与 ${cellKey(cause.follows!)} 的错误数字一致，更正该单元格后本单元格应随之改为 ${expected}`,
    related: [cause.follows!],
    causedBy: cause.follows,
  };
}

function consequenceFinding(consequence: Relation, causeCell: CellRef, values: CellValues): Finding {
  const stated = values.get(consequence.target);
  return {
    at: consequence.target,
    severity: 'info',
    rule: consequence.rule,
    stated: stated.kind === 'number' ? formatNumberValue(stated) : null,
    expected: null,
    message: `${consequence.description}：由 ${cellKey(causeCell)} 的错误引起，更正该单元格后即一致`,
    related: [causeCell],
    causedBy: causeCell,
  };
}

/** The root cause among a broken relation's cells whose correction (with the others found) makes it hold. */
function explainingCause(relation: Relation, causeAt: Map<string, RootCause>, values: CellValues): CellRef | null {
  const involved = [...new Set(relationCells(relation).flatMap((ref) => causeAt.get(cellKey(ref)) ?? []))];
  if (involved.length === 0) return null;
  for (const cause of involved) values.setTrial(cause.cell, numberWithValue(cause.stated, cause.expected));
  const holds = relationStatus(relation, values) === 'holds';
  for (const cause of involved) values.setTrial(cause.cell, null);
  return holds ? involved[0].cell : null;
}

/**
 * Derived cells (a 合计, a rate) that hold a wrong value: `fill --overwrite` may replace them with the computed
 * one. A wrong input (a fund's 完成数) is never overwritten from the cells derived from it.
 */
function conflictFills(
  causes: ReturnType<typeof findRootCauses>['causes'],
  unexplained: ReturnType<typeof findRootCauses>['unexplained'],
  values: CellValues,
): PlannedFill[] {
  const derived = [
    ...causes.filter((c) => sameCell(c.relation.target, c.cell)).map((c) => ({ relation: c.relation, expected: c.expected, stated: c.stated })),
    ...unexplained.filter((u) => !isBound(u.relation)),
  ];
  return derived
    .filter(({ relation }) => !relation.noFill && !isFormula(values.raw(relation.target)))
    .map(({ relation, expected, stated }) => ({
      at: relation.target,
      value: expected.toFixed(Math.max(0, stated.decimals)),
      numberFormat: stated.fromText ? numberFormatFor(stated.percent ? stated.decimals - 2 : stated.decimals, stated.percent) : values.raw(relation.target)?.numberFormat ?? relation.fillFormat ?? '0.00',
      reason: relation.description,
      conflict: true,
      previous: rawPrevious(values.raw(relation.target)?.value),
    }));
}

function rawPrevious(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return (value as { error: string }).error;
  return value as string | number | boolean;
}

function violationFinding(
  relation: Relation,
  stated: NumberValue,
  expected: Decimal,
  severity: 'error' | 'warning',
  values: CellValues,
): Finding {
  return {
    at: relation.target,
    severity,
    rule: relation.rule,
    stated: formatNumberValue(stated),
    expected: isBound(relation)
      ? `${relation.comparison === 'atMost' ? '≤' : '≥'} ${formatShown(expected, stated.decimals, stated.percent)}`
      : formatShown(expected, stated.decimals, stated.percent),
    message: withFormulaNote(relation.description, relation.target, values) + sumGapHint(relation, stated.value, values) + partsRateHint(relation, stated, values),
    related: otherCells(relation, relation.target),
  };
}

/**
 * A 合计 that left one item out (or counted it twice) misses by exactly that item's value: say which, since that
 * is what the person has to look for. Only for plain sums; empty string when no single item explains the gap.
 */
function sumGapHint(relation: Relation, stated: Decimal, values: CellValues): string {
  if (relation.rule !== 'sum' || relation.denominator || isBound(relation) || relation.numerator.some((t) => t.sign !== 1)) return '';
  const parts = relation.numerator.map((t) => ({ ref: t.ref, value: values.get(t.ref) }));
  let total = new Dec(0);
  for (const part of parts) if (part.value.kind === 'number') total = total.plus(part.value.value);
  const gap = total.minus(stated);
  if (gap.isZero()) return '';
  for (const part of parts) {
    if (part.value.kind !== 'number' || part.value.value.isZero()) continue;
    // One unit in the item's last shown place: the gap is itself a sum of rounded figures.
    const unit = unitAt(part.value.decimals);
    const where = qualifiedA1(part.ref, relation.target.sheet);
    if (gap.minus(part.value.value).abs().lte(unit)) return `；差额正好等于 ${where} 的数值，合计可能漏加了该项`;
    if (gap.plus(part.value.value).abs().lte(unit)) return `；差额正好等于 ${where} 的数值，合计可能重复计入了该项`;
  }
  return '';
}

/** A 合计's rate stated as the average or the sum of its lines' rates (within the shown rounding): say how it goes. */
function partsRateHint(relation: Relation, stated: NumberValue, values: CellValues): string {
  if (!relation.ratesOfParts || relation.ratesOfParts.length < 2) return '';
  let sum = new Dec(0);
  for (const ref of relation.ratesOfParts) {
    const part = values.get(ref);
    if (part.kind !== 'number') return '';
    sum = sum.plus(part.value);
  }
  const mean = sum.div(relation.ratesOfParts.length);
  const half = unitAt(stated.decimals).div(2);
  if (mean.minus(stated.value).abs().lte(half)) return '；合计的比率应按合计金额计算，不应由各项比率平均得出';
  if (sum.minus(stated.value).abs().lte(half)) return '；合计的比率应按合计金额计算，不应由各项比率相加得出';
  return '';
}

const UNITS: Decimal[] = [];

/** 10⁻ᵈ, made once per number of decimals (a power in decimal.js is costly, and every 合计 finding asks). */
function unitAt(decimals: number): Decimal {
  return decimals >= 0 && decimals < 64 ? (UNITS[decimals] ??= new Dec(10).pow(-decimals)) : new Dec(10).pow(-decimals);
}

/**
 * Empty derived cells whose inputs are all present. Filled values feed later relations (a 合计 filled first lets
 * its 增长率 be filled too), so this runs until nothing new can be filled.
 */
function planRelationFills(relations: Relation[], values: CellValues): PlannedFill[] {
  const fills = new Map<string, PlannedFill>();
  const errorRelations = relations.filter((r) => r.severity === 'error' && !isBound(r) && !r.noFill);
  // A sum that counts an empty part as 0 waits while that part is still to be filled from its own relation.
  const fillable = new CellMap<true>();
  for (const relation of errorRelations) if (relationStatus(relation, values) === 'fillable') fillable.set(relation.target, true);
  const waitsForPart = (relation: Relation) =>
    relation.emptyAsZero === true && relation.numerator.some((t) => fillable.has(t.ref) && !fills.has(cellKey(t.ref)) && values.get(t.ref).kind === 'empty');
  for (let pass = 0; pass < 4; pass++) {
    let added = false;
    for (const relation of errorRelations) {
      if (relationStatus(relation, values) !== 'fillable' || waitsForPart(relation)) continue;
      const key = cellKey(relation.target);
      if (fills.has(key)) continue;
      const evaluation = evaluateRelation(relation, values);
      if (evaluation.status !== 'fillable') continue;
      const format = relation.fillFormat ?? inputFormat(relation, values) ?? formatFromInputs(relation, values);
      const { decimals, percent } = decimalsOfFormat(format);
      const value = roundHalfUp(evaluation.point, decimals);
      fills.set(key, {
        at: relation.target,
        value: value.toFixed(decimals),
        numberFormat: format,
        reason: relation.description.split('≠')[0].trim() + ' = ' + (relation.description.split('≠')[1] ?? '').trim(),
        previous: null,
      });
      values.setTrial(relation.target, { kind: 'number', value, decimals, percent, unit: '', fromText: false, float: value.toNumber() });
      added = true;
    }
    if (!added) break;
  }
  for (const fill of fills.values()) values.setTrial(fill.at, null);
  return [...fills.values()];
}

function inputFormat(relation: Relation, values: CellValues): string | undefined {
  for (const term of relation.numerator) {
    const format = values.raw(term.ref)?.numberFormat;
    if (format && !/general/i.test(format)) return format;
  }
  return undefined;
}

/** No format to copy: a ratio is shown as a percentage, an amount with as many decimals as its inputs show. */
function formatFromInputs(relation: Relation, values: CellValues): string {
  if (relation.denominator && !relation.factor) return '0.00%';
  let decimals = 0;
  for (const term of relation.numerator) {
    const parsed = values.get(term.ref);
    if (parsed.kind === 'number' && !parsed.percent) decimals = Math.max(decimals, parsed.decimals);
  }
  return numberFormatFor(Math.min(decimals, 6), false);
}

/** Text or an Excel error where a relation needs a number. */
function badInputFindings(relations: Relation[], values: CellValues): Finding[] {
  // Only the few cells that are neither a number nor empty are remembered, to report each once.
  const seen = new CellMap<true>();
  const findings: Finding[] = [];
  const visit = (ref: CellRef) => {
    const parsed = values.get(ref);
    if (parsed.kind === 'number' || parsed.kind === 'empty' || seen.has(ref)) return;
    seen.set(ref, true);
    if (parsed.kind === 'error' && parsed.code === NO_CACHED_RESULT) {
      findings.push({ at: ref, severity: 'error', rule: 'uncalculatedFormula', stated: null, expected: null, message: UNCALCULATED_MESSAGE, related: [] });
    } else if (parsed.kind === 'error') {
      findings.push({
        at: ref,
        severity: 'error',
        rule: 'excelError',
        stated: parsed.code,
        expected: null,
        message: `单元格显示 Excel 错误值 ${parsed.code}，相关核对无法进行`,
        related: [],
      });
    } else if (parsed.kind === 'text') {
      findings.push({
        at: ref,
        severity: 'warning',
        rule: 'notANumber',
        stated: parsed.text,
        expected: null,
        message: '此处应为数字，但单元格内容是文字，相关核对已跳过',
        related: [],
      });
    }
  };
  for (const relation of relations) eachRelationCell(relation, visit);
  return findings;
}

function withFormulaNote(description: string, ref: CellRef, values: CellValues): string {
  return description + formulaNote(ref, values);
}

function otherCells(relation: Relation, except: CellRef): CellRef[] {
  return relationCells(relation).filter((ref) => !sameCell(ref, except));
}
