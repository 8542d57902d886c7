import type { SheetView } from '../../grid/SheetView';
import { isNoteOrFooter, labelWord, lineFlowOf, measureRoleOf, namesTable, type Flow, type MeasureRole } from '../../vocabulary';
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
      if (isNoteOrFooter(text)) continue;
      candidates.push(text);
    }
    if (candidates.some((t) => namesTable(t))) break;
  }
  return candidates.find((t) => namesTable(t)) ?? candidates[0];
}

/** 收入表, 支出表 or 结余表: from the title when it says, else from what most lines name. */
export function flowOfTable(title: string | undefined, sections: LineItem[]): Flow | null {
  const fromTitle = title ? lineFlowOf(title) : null;
  if (fromTitle) return fromTitle;
  const lines = sections.flatMap((s) => [s, ...s.children]);
  const counts = new Map<Flow, number>();
  for (const line of lines) {
    const flow = lineFlowOf(labelWord(line.label));
    if (flow) counts.set(flow, (counts.get(flow) ?? 0) + 1);
  }
  for (const [flow, count] of counts) if (count * 2 > lines.length) return flow;
  return null;
}

/** In a 结余表, whether a section lists 本年收支结余 (netBalance) or 年末累计结余 (closingBalance). */
export function balanceRoleOf(section: LineItem, title: string | undefined, sectionCount: number): MeasureRole | null {
  const fromLabels = [section, ...section.children].map((line) => measureRoleOf(labelWord(line.label)));
  const role = fromLabels.find((r) => r === 'netBalance' || r === 'closingBalance' || r === 'openingBalance');
  if (role) return role;
  return sectionCount === 1 && title ? measureRoleOf(title) : null;
}
