import {
  FLOW_WORDS,
  FOOTER_WORDS,
  FUND_ABBREVIATIONS,
  FUND_NAMES,
  MEASURE_ROLE_WORDS,
  NOTE_WORDS,
  OF_WHICH_WORDS,
  PLACEHOLDERS,
  QUALITATIVE_LEVELS,
  SUBTOTAL_WORDS,
  TOTAL_LABELS,
  UNIT_WORDS,
  type FundId,
  type MeasureRole,
} from '../../../src/core/vocabulary';

const code = (word: string) => (word === '' ? '(blank)' : `\`${word.replace(/\\/g, '\\\\')}\``);

/** The README's tables of recognised words, made from the vocabulary itself so the two cannot drift. */
export function vocabularyTables(): string {
  const byRole = new Map<MeasureRole, { name: string; words: string[] }>();
  for (const { role, name, words } of MEASURE_ROLE_WORDS) {
    const entry = byRole.get(role) ?? { name, words: [] };
    entry.words.push(...words);
    byRole.set(role, entry);
  }
  const lines = ['| role (code name) | header words recognised (contained anywhere in the header) |', '|---|---|'];
  for (const [role, { name, words }] of byRole) lines.push(`| ${name} (\`${role}\`) | ${words.join(', ')} |`);
  for (const { flow, name, words } of FLOW_WORDS) lines.push(`| ${name} group (\`${flow}\`) | ${words.join(', ')} |`);
  lines.push('', '| fund | names and short forms recognised |', '|---|---|');
  for (const [fund, name] of Object.entries(FUND_NAMES) as [FundId, string][]) lines.push(`| ${name} (\`${fund}\`) | ${[name, ...FUND_ABBREVIATIONS[fund]].join(', ')} |`);
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
  return lines.join('\n');
}
