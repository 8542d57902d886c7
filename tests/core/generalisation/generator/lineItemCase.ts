import { cellKey, type WorkbookGrid } from '../../../../src/core';
import { amountCell } from './cellForms';
import { FUND_LABELS } from './figures';
import { SheetWriter } from './fundBalanceLayout';
import { buildLineItemModel, type LineColumn, type LineItemModel } from './lineItemModel';
import { injectLineItemMistake, LINE_ITEM_MISTAKES, type LineCell, type LineItemMistake } from './lineItemMistakes';
import type { Rng } from './random';

/**
 * The line-item family of the layout generator: a 决算收入表 or 支出表 whose lines carry 其中 lines, with its
 * own realities (where the 合计 sits, numbering, how 其中 is written) and mistakes (lineItemMistakes.ts).
 */
export const LINE_ITEM_REALITIES = [
  /** The 合计 and its 其中 lines first, the funds under it (yuepuhu-2020). */
  'totalFirst',
  /** The funds first, the 合计 last: right after the last fund's 其中 block. */
  'totalAfterOfWhich',
  /** The 合计 has 其中 lines of its own (Σ of the funds' 其中 lines). */
  'totalOfWhich',
  /** `其中：` alone on its row, the parts on the rows under it. */
  'ofWhichOwnRow',
  /** Items numbered 1. / 1、 / （一） instead of 一、. */
  'numbering',
  /** Amounts typed as text with thousands separators. */
  'textNumbers',
  /** The table starts anywhere on the sheet. */
  'position',
  /** Another 决算表 (clean) beside it, left or right, a blank column or two between. */
  'sideBySide',
] as const;
export type LineItemReality = (typeof LINE_ITEM_REALITIES)[number];

export interface LineItemCase {
  realities: LineItemReality[];
  mistake: LineItemMistake | 'none' | 'roundingTraps';
  workbook: WorkbookGrid;
  errors: string[];
  tables: number;
}

const NUMBERINGS = [(i: number) => `${'一二三四五六七八'[i]}、`, (i: number) => `${i + 1}.`, (i: number) => `${i + 1}、`, (i: number) => `（${'一二三四五六七八'[i]}）`];
/** Header words, in words or (all but 增减) by year: `2019年决算数` beside `2020年决算数` is last year's. */
const COLUMN_HEADERS: Record<LineColumn, (year: number | null) => string[]> = {
  budget: (y) => (y ? [`${y}年预算数`] : ['预算数', '年初预算数']),
  prior: (y) => (y ? [`${y - 1}年决算数`] : ['上年决算数', '上年数']),
  actual: (y) => (y ? [`${y}年决算数`] : ['决算数', '本年决算数']),
  change: () => ['增减额', '增减'],
};

export function lineItemCase(rng: Rng, seed: number): LineItemCase {
  const realities = new Set(LINE_ITEM_REALITIES.filter(() => rng.chance(0.35)));
  if (realities.has('totalFirst')) realities.delete('totalAfterOfWhich');
  else realities.add('totalAfterOfWhich');
  const mode = rng.pick(['mistake', 'mistake', 'mistake', 'none', 'roundingTraps'] as const);
  const model = buildLineItemModel(rng, { totalParts: realities.has('totalOfWhich'), roundingTraps: mode === 'roundingTraps' });
  let mistake: LineItemCase['mistake'] = mode === 'mistake' ? 'none' : mode;
  let wrong: LineCell[] = [];
  if (mode === 'mistake') {
    for (const candidate of rng.shuffle(LINE_ITEM_MISTAKES)) {
      const cells = injectLineItemMistake(rng, model, candidate);
      if (cells) {
        mistake = candidate;
        wrong = cells;
        break;
      }
    }
  }
  const sheet = new SheetWriter(rng.pick(['收入', '决算表', 'Sheet1']));
  const top = realities.has('position') ? rng.int(0, 8) : 0;
  let left = realities.has('position') ? rng.int(0, 5) : 0;
  const other = realities.has('sideBySide') ? buildLineItemModel(rng, { totalParts: rng.chance(0.5), roundingTraps: mode === 'roundingTraps' }) : null;
  const otherFirst = other !== null && rng.chance(0.5);
  if (other && otherFirst) {
    writeLineItems(rng, sheet, other, realities, top, left);
    left += 1 + other.columns.length + rng.int(1, 2);
  }
  const where = writeLineItems(rng, sheet, model, realities, top, left);
  if (other && !otherFirst) writeLineItems(rng, sheet, other, realities, top, left + 1 + model.columns.length + rng.int(1, 2));
  return {
    realities: [...realities].sort(),
    mistake,
    workbook: { name: `generated-${seed}.xlsx`, sheets: [sheet.grid()] },
    errors: wrong.map((c) => cellKey({ sheet: sheet.name, row: where.get(c.line)!, col: left + 1 + model.columns.indexOf(c.column) })).sort(),
    tables: other ? 2 : 1,
  };
}

/** Write the table at (top, left); the row each model line went to. */
function writeLineItems(rng: Rng, sheet: SheetWriter, model: LineItemModel, realities: Set<LineItemReality>, top: number, left: number): Map<number, number> {
  const flowWord = model.flow === 'income' ? '收入' : '支出';
  const numbering = realities.has('numbering') ? rng.pick(NUMBERINGS.slice(1)) : NUMBERINGS[0];
  let row = top;
  sheet.put(row++, left, `${model.year}年某县社会保险基金决算${flowWord}表`);
  sheet.put(row++, left + model.columns.length, '单位：万元');
  sheet.put(row, left, rng.pick(['项目', '项 目', '项　目']));
  const year = rng.chance(0.5) ? model.year : null;
  model.columns.forEach((c, i) => sheet.put(row, left + 1 + i, rng.pick(COLUMN_HEADERS[c](year))));
  row++;
  const total = model.lines.map((l, i) => (l.kind === 'total' || (l.kind === 'part' && l.fund === null) ? i : -1)).filter((i) => i >= 0);
  const funds = model.lines.map((_, i) => i).filter((i) => !total.includes(i));
  const order = realities.has('totalFirst') ? [...total, ...funds] : [...funds, ...total];
  const where = new Map<number, number>();
  let n = 0;
  let previous: string = 'total';
  for (const index of order) {
    const line = model.lines[index];
    let label: string;
    if (line.kind === 'total') label = rng.pick([`社会保险基金${flowWord}合计`, `全县社会保险基金${flowWord}合计`, '合计', '合　计', '总计']);
    else if (line.kind === 'item') label = `${numbering(n++)}${FUND_LABELS[line.fund!][0]}基金${flowWord}`;
    else if (previous === 'part') label = line.part;
    else if (realities.has('ofWhichOwnRow')) {
      sheet.put(row++, left, '其中：');
      label = line.part;
    } else label = `其中：${line.part}`;
    previous = line.kind;
    sheet.put(row, left, label);
    where.set(index, row);
    model.columns.forEach((c, i) => sheet.put(row, left + 1 + i, amountCell(rng, line.shown.get(c)!, 2, realities.has('textNumbers') ? new Set(['textNumbers'] as const) : new Set())));
    row++;
  }
  return where;
}
