import { toA1, type CellRef } from '../grid/address';
import type { ReviewReason } from '../scoring/judgeIndicator';
import type { PartName } from '../scoring/targets/IndicatorReading';
import type { IndicatorFact } from './IndicatorFact';
import type { ScoringPolicy } from '../scoring/ScoringPolicy';
import { PRESET_CHOICES } from '../scoring/presets';

/** The Chinese texts of the 自评表 checks, in one place: a missing key fails to compile. */
export const MESSAGES = {
  fillRate: '执行率 = 全年执行数 ÷ 全年预算数',
  fillFundsScore: '资金得分 = 分值 × min(执行率, 1)',
  fillIndicatorScore: '按评分规则计算的得分',
  fillTotal: '总分 = 各项得分之和',
} as const;

export const REVIEW_MESSAGES: Record<ReviewReason, string> = {
  qualitative: '定性指标：实际完成值与指标值表述不同，需人工评定',
  deadline: '时效指标：实际完成时限与指标值不能直接比较，需人工评定',
  actualNotComparable: '实际完成值不是可比较的数值，需人工评定',
  unitMismatch: '实际完成值与指标值的单位不一致，需人工评定',
  actualIsBound: '实际完成值只给出范围（如“≥…”），无法判断是否达标，需人工评定',
  countMismatch: '指标值与实际完成值所列数值个数不一致，需人工评定',
  notProportional: '未达标，但指标值含 0 或负数，无法按比例计分，需人工评定',
  missingValue: '指标值或实际完成值为空，需人工评定',
  partsDisagree: '指标值的各部分说法不一致，需人工评定',
  partUnread: '指标的比较符号、方向、性质或单位无法识别，需人工评定',
  nothingAgainstTarget: '实际完成值为“无/未发生”（即 0），而指标值不是上限，需人工评定',
  ratioNotComparable: '实际完成值是两个数之比（如“45/50”），而指标值不是百分比，需人工评定',
};

/** The parts of a target or an actual as a message names them. */
const PART_NAMES: Record<'target' | 'actual', Record<PartName, string>> = {
  target: { value: '年度指标值', comparison: '比较符号', unit: '计量单位', direction: '指标方向', nature: '指标性质' },
  actual: { value: '实际完成值', comparison: '比较符号', unit: '计量单位', direction: '指标方向', nature: '指标性质' },
};

/**
 * Why the parts of an indicator cannot be read together, naming the cells: `指标方向“反向”（F9）与年度指标值
 * “≥95%”（E9）不一致`. null when nothing disagrees or goes unread.
 */
export function partsMessage(fact: IndicatorFact): string | null {
  const where = (cell: CellRef | undefined) => (cell ? `（${toA1(cell.row, cell.col)}）` : '');
  for (const side of ['target', 'actual'] as const) {
    const { unread, disagreement: d } = fact[side];
    if (unread) return `${PART_NAMES[side][unread.part]}“${unread.text.trim()}”无法识别，需人工评定`;
    if (d) {
      const said = `${PART_NAMES[side][d.part]}“${d.text}”${where(d.source)}`;
      return `${said}与${PART_NAMES[side][d.against.part]}“${d.against.text}”${where(d.against.source)}不一致，需人工评定`;
    }
  }
  return null;
}

/** The review text with the 财预〔2020〕10号 bands a person chooses from; for parts that disagree, which ones. */
export function reviewMessage(reason: ReviewReason, policy: ScoringPolicy, fact?: IndicatorFact): string {
  const bands = policy.qualitativeBands.map(([label, from, to]) => `${label} ${from * 100}–${to * 100}%`).join('、');
  const why = (reason === 'partsDisagree' || reason === 'partUnread') && fact ? partsMessage(fact) : null;
  return `${why ?? REVIEW_MESSAGES[reason]}（按分值比例：${bands}）`;
}

export function scoreDiffersMessage(policy: ScoringPolicy, expected: string): string {
  // A preset by the label a person picks it by (默认（财预〔2020〕10号）), never by its code name (default).
  const name = PRESET_CHOICES.find((choice) => choice.name === policy.name)?.label ?? policy.name;
  return `所填得分与评分规则“${name}”计算的 ${expected} 不一致（本单位的评分办法可能不同，请核对）`;
}

export function weightsNot100Message(total: string, expected: number): string {
  return `各项分值合计 ${total}，不等于 ${expected}`;
}

export const MISSING_DEVIATION_NOTE = '得分低于分值，但“偏差原因分析及改进措施”为空';

export function claimsGoalMetMessage(count: number): string {
  return `实际完成情况称已达到预期目标，但有 ${count} 项绩效指标未完成`;
}

export function finalAccountsMessage(stated: string, accounts: string, where: string): string {
  return `自评表全年执行数 ${stated} 与决算表 ${where} 的支出 ${accounts} 相差很小，疑为录入错误，请核对`;
}
