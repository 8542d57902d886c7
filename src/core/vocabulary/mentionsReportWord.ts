/**
 * Words that head, title or close a table of the report (a minimal list until the vocabulary module gathers
 * every recogniser's words): a reader that must drop rows of a huge listing keeps the rows around a cell that
 * mentions one of them, so every table the recognisers can find survives.
 */
export const REPORT_ANCHOR_WORDS: readonly string[] = [
  '合计',
  '总计',
  '小计',
  '预算',
  '决算',
  '结余',
  '收入',
  '支出',
  '险种',
  '分值',
  '得分',
  '指标',
  '自评',
  '绩效',
  '执行率',
  '完成率',
  '增长率',
  '上年',
  '本年',
];

const ANCHOR = new RegExp(REPORT_ANCHOR_WORDS.join('|'));

/** Whether a cell's text mentions a report word (a few µs; callers cache it per shared string). */
export function mentionsReportWord(text: string): boolean {
  return ANCHOR.test(text);
}
