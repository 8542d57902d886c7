/**
 * The realities of hand-made county workbooks the fact generator draws (the old generator's, ../generator/
 * realities.ts, plus hidden rows and columns, formulas, dimensions in the sheet name, merged headers,
 * subtotals and 生育 as its own fund). Each case draws a subset; a reality is kept in the case's list only
 * where it meant something in the tables drawn (a negative form needs a negative figure, a hidden column a
 * column of figures, …), so the coverage test counts realities that were really written.
 */
export const FACT_REALITIES = [
  // The fact set.
  /** 养老保险小计 and 医疗保险小计 lines: the 合计 counts the subtotals. */
  'subtotals',
  /** A `其中：生育保险` line under 职工基本医疗保险（含生育）. */
  'ofWhichRow',
  /** 生育保险 as a fund of its own. */
  'maternitySeparate',
  /** One fund has no budget: its 预算数 and 完成预算 are `—`, `-`, `－` or blank. */
  'notApplicable',
  // Order and words.
  'fundOrder',
  'totalFirst',
  /** A 小计 before its group (a heading line with figures) instead of after it. */
  'subtotalsFirst',
  'fundAbbreviations',
  'totalLabels',
  'headerSynonyms',
  'headerSpaces',
  'headerLineBreaks',
  /** Units in the headers (`完成数（万元）`, `增长率(%)`) instead of a unit line. */
  'headerUnits',
  /** The unit in the title (`…情况表（单位：亿元）`) instead of a unit line. */
  'unitInTitle',
  /** `2020年完成数` / `2019年` instead of 本年 / 上年 words. */
  'yearHeaders',
  // Where things are.
  'position',
  /** The title dimensions (fund, flow, scenario, year) in the sheet name, no title row. */
  'dimsInSheetName',
  'notesAndFooters',
  'spacerColumn',
  'blankRowUnderHeader',
  /** Outer header cells merged over their inner ones, a two-column row label merged down its block. */
  'mergedHeaders',
  /** A row of figures that are part of the facts, hidden. */
  'hiddenRows',
  /** A column of figures that are part of the facts, hidden. */
  'hiddenColumns',
  /** Totals as SUM(…) and derived cells as =C5-D5, =E5/D5 … with their cached values. */
  'formulas',
  /** Two tables of a case on one sheet side by side (else one under the other). */
  'sideBySide',
  /** The second table of a case on a sheet of its own. */
  'otherSheet',
  // Values.
  'amountsInYuan',
  'amountsInYi',
  'negativeForms',
  'percentForms',
  'textNumbers',
] as const;
export type FactReality = (typeof FACT_REALITIES)[number];

/** Realities that cannot be combined: the later one is dropped. */
export const FACT_EXCLUSIVE: [FactReality, FactReality][] = [
  ['amountsInYuan', 'amountsInYi'],
  ['ofWhichRow', 'maternitySeparate'],
  ['headerUnits', 'unitInTitle'],
  ['sideBySide', 'otherSheet'],
  // Excel's SUM leaves text out: formulas over figures typed as text would say something else.
  ['formulas', 'textNumbers'],
];
