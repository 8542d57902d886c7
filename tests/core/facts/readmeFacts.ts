import { DIMENSIONS } from '../../../src/core/facts/dimensionCatalogue';
import { HIERARCHY_RULES, RELATION_CATALOGUE } from '../../../src/core/catalogue/relationCatalogue';

/** The README's tables of the fact model and the relation catalogue, made from the core's data so the two cannot drift. */
export function factModelTables(): string {
  const lines = ['| dimension (code name) | values | read from |', '|---|---|---|'];
  for (const d of DIMENSIONS) lines.push(`| ${d.name} (\`${d.code}\`) | ${d.values} | ${d.readFrom} |`);
  lines.push('', '| rule | relation | applies to | severity |', '|---|---|---|---|');
  for (const [rule, { meaning, appliesTo }] of Object.entries(HIERARCHY_RULES)) lines.push(`| \`${rule}\` | ${meaning} | ${appliesTo} | error |`);
  for (const rule of RELATION_CATALOGUE) {
    const target = Object.entries(rule.target)
      .map(([key, value]) => `${key} \`${value}\``)
      .join(', ');
    const severity = rule.severity === 'error' ? 'error' : rule.errorWhere === 'finalAccounts' ? 'warning; error where every figure is a 决算 table’s' : rule.severity;
    lines.push(`| \`${rule.rule}\` | ${rule.meaning}${rule.forms.length > 1 ? `（${rule.forms.length} forms, the first whose inputs are stated）` : ''} | every fact with ${target} | ${severity} |`);
  }
  return lines.join('\n');
}
