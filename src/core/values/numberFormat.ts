/** What an Excel number format says about how a number is shown: decimals and whether it is a percentage. */
export interface ShownFormat {
  /** Decimals shown; null for General (decided by the value itself). */
  decimals: number | null;
  percent: boolean;
  /** Literal text the format appends, e.g. `分` in `0.00"分"`. */
  suffix: string;
}

export function describeNumberFormat(format: string | undefined): ShownFormat {
  if (!format || /^general$/i.test(format.trim()) || format.trim() === '@') {
    return { decimals: null, percent: false, suffix: '' };
  }
  const firstSection = splitSections(format)[0];
  const suffix = [...firstSection.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('');
  // Drop quoted literals, escapes, colours/conditions and padding so only the digit pattern is left.
  const pattern = firstSection
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
  const percent = pattern.includes('%');
  const point = /[0#?]\.([0#?]*)/.exec(pattern) ?? /^\.([0#?]+)/.exec(pattern);
  const decimals = point ? point[1].length : /[0#?]/.test(pattern) ? 0 : null;
  return { decimals, percent, suffix };
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}
