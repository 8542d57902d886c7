/**
 * An xsd:boolean as any writer spells it: Excel and WPS write "1", LibreOffice "true". XSD collapses the white space
 * around it, so `sheet=" 1 "` is true too (a protection read as off would let `fill` write into a protected sheet).
 */
export function isTrue(value: string | undefined): boolean {
  const trimmed = value?.trim();
  return trimmed === '1' || trimmed === 'true';
}

/**
 * Text as SpreadsheetML escapes it: a character XML cannot hold is written `_xHHHH_` (and a literal `_x` as
 * `_x005F_x`), so the escape is undone here.
 */
export function unescapeText(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
