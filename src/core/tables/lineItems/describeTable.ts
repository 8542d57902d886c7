import type { SheetView } from '../../grid/SheetView';
import { normaliseLabel } from '../funds';
import { roleOf, type Flow, type MeasureRole } from '../vocabulary';
import type { LineItem } from './LineItemTable';

/** How far above the header a title may sit (附件 line, title, 单位 line). */
const TITLE_SEARCH_ROWS = 5;

/** The table's title: the nearest text above its header (not above `floor`), preferring one that names a table (…表). */
export function findTitle(view: SheetView, top: number, left: number, right: number, floor = view.top): string | undefined {
  const candidates: string[] = [];
  for (let row = top - 1; row >= Math.max(floor, top - TITLE_SEARCH_ROWS); row--) {
    // Merged titles keep their text in the top-left cell, which may lie left of the label column.
    for (const col of view.columnsIn(row, Math.max(view.left, left - 2), right)) {
      const text = view.text(row, col);
      if (text.length < 4 || typeof view.cell(row, col).value !== 'string') continue;
      if (/^(单位|附件|附表)/.test(text)) continue;
      candidates.push(text);
    }
    if (candidates.some((t) => /表/.test(t))) break;
  }
  return candidates.find((t) => /表/.test(t)) ?? candidates[0];
}

/** Which flow a text names: 结余 before 收入/支出, since 收支结余 mentions both. */
export function flowOfText(text: string): Flow | null {
  const t = text.replace(/\s+/g, '');
  if (/结余|结存/.test(t)) return 'balance';
  const income = /收入/.test(t);
  const expenditure = /支出/.test(t);
  if (income && !expenditure) return 'income';
  if (expenditure && !income) return 'expenditure';
  return null;
}

/** 收入表, 支出表 or 结余表: from the title when it says, else from what most lines name. */
export function flowOfTable(title: string | undefined, sections: LineItem[]): Flow | null {
  const fromTitle = title ? flowOfText(title) : null;
  if (fromTitle) return fromTitle;
  const lines = sections.flatMap((s) => [s, ...s.children]);
  const counts = new Map<Flow, number>();
  for (const line of lines) {
    const flow = flowOfText(normaliseLabel(line.label));
    if (flow) counts.set(flow, (counts.get(flow) ?? 0) + 1);
  }
  for (const [flow, count] of counts) if (count * 2 > lines.length) return flow;
  return null;
}

/** In a 结余表, whether a section lists 本年收支结余 (netBalance) or 年末累计结余 (closingBalance). */
export function balanceRoleOf(section: LineItem, title: string | undefined, sectionCount: number): MeasureRole | null {
  const fromLabels = [section, ...section.children].map((line) => roleOf(normaliseLabel(line.label)));
  const role = fromLabels.find((r) => r === 'netBalance' || r === 'closingBalance' || r === 'openingBalance');
  if (role) return role;
  return sectionCount === 1 && title ? roleOf(title) : null;
}
