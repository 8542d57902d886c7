import {
  ACCOUNT_LINES,
  BARE_BALANCE_WORDS,
  FOOTER_WORDS,
  FUND_ABBREVIATIONS,
  FUND_GROUPS,
  FUND_NAMES,
  MEASURE_WORDS,
  NOTE_WORDS,
  OF_WHICH_WORDS,
  PLACEHOLDERS,
  QUALITATIVE_LEVELS,
  SUBTOTAL_WORDS,
  TOTAL_LABELS,
  UNIT_WORDS,
  WHOLE_FUND_WORDS,
  accountLine,
  EXECUTION_WORDS,
  FALL_WORDS,
  FLAT_WORDS,
  NOT_A_FACT_AFTER,
  NOT_A_FACT_BEFORE,
  NOT_THE_LINE_PREFIXES,
  PRIOR_WORDS,
  RISE_WORDS,
  TEXT_UNITS,
  type FundId,
} from '../../../src/core/vocabulary';

const code = (word: string) => (word === '' ? '(blank)' : `\`${word.replace(/\\/g, '\\\\')}\``);
const dimensions = (dims: object) =>
  Object.entries(dims)
    .map(([key, value]) => `${key} \`${String(value)}\``)
    .join(', ') || 'none: a title’s words, read so that its 预算 says no scenario';

/** The README's tables of recognised words, made from the vocabulary itself so the two cannot drift. */
export function vocabularyTables(): string {
  const lines = ['| measure | dimensions | words recognised (the longest word found first) |', '|---|---|---|'];
  for (const { name, dims, words } of MEASURE_WORDS) lines.push(`| ${name} | ${dimensions(dims)} | ${words.join(', ')} |`);
  lines.push('', '| account line (code name) | part of | words recognised |', '|---|---|---|');
  for (const { id, name, parent, words } of ACCOUNT_LINES) lines.push(`| ${name} (\`${id}\`) | ${parent ? accountLine(parent).name : '—'} | ${words.join(', ')} |`);
  lines.push(`| 结余 alone (the year's 收支结余 beside 收入 and 支出) | — | ${BARE_BALANCE_WORDS.join(', ')} |`);
  lines.push('', '| fund | names and short forms recognised |', '|---|---|');
  for (const [fund, name] of Object.entries(FUND_NAMES) as [FundId, string][]) lines.push(`| ${name} (\`${fund}\`) | ${[name, ...FUND_ABBREVIATIONS[fund]].join(', ')} |`);
  for (const group of FUND_GROUPS) lines.push(`| ${group.name} (\`${group.id}\`: ${group.funds.map((f) => FUND_NAMES[f]).join(' + ')}) | ${group.words.join(', ')} (naming no single fund) |`);
  lines.push(`| all funds (a 合计 among fund lines) | ${WHOLE_FUND_WORDS.join(', ')} |`);
  lines.push(
    '',
    '| line | words |',
    '|---|---|',
    `| total (a label starting or ending with 合计/总计) | ${TOTAL_LABELS.join(', ')} |`,
    `| subtotal | ${SUBTOTAL_WORDS.join(', ')} |`,
    `| part of the line above | ${OF_WHICH_WORDS.join(', ')} |`,
    `| note (never data) | ${NOTE_WORDS.map((w) => `${w}：`).join(', ')} |`,
    `| unit line, signature, date (never data) | ${FOOTER_WORDS.join(', ')} |`,
    `| "no value" | ${PLACEHOLDERS.map(code).join(' ')} |`,
    `| units after a number | ${UNIT_WORDS.join(', ')} |`,
    `| qualitative degrees (a different one is for a person to judge) | ${QUALITATIVE_LEVELS.join(', ')} |`,
  );
  lines.push(
    '',
    '| in the report’s text (src/core/vocabulary/textWords.ts) | words |',
    '|---|---|',
    `| units after a figure | ${Object.keys(TEXT_UNITS).join(', ')} |`,
    `| went up: a change or a growth rate, positive | ${RISE_WORDS.join(', ')} |`,
    `| went down: negative | ${FALL_WORDS.join(', ')} |`,
    `| did not move | ${FLAT_WORDS.join(', ')} |`,
    `| a rate of the budget (完成年度预算的 x%) | ${EXECUTION_WORDS.join(', ')} |`,
    `| last year's figure of the subject | ${PRIOR_WORDS.join(', ')} |`,
    `| before a figure that is no fact (a target, an average, a standard) | ${NOT_A_FACT_BEFORE.join(', ')} |`,
    `| after a figure that is no fact (95%以上, a date) | ${NOT_A_FACT_AFTER.join(', ')} |`,
    `| words opening another line than the one they contain | ${NOT_THE_LINE_PREFIXES.join(', ')} |`,
  );
  return lines.join('\n');
}
